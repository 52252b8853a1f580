package com.ticketorleaveit.payments.query.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.platform.web.CallerArgumentResolver;
import com.ticketorleaveit.platform.web.ProblemHandler;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class PaymentControllerTest {

    private static final UUID PAYER = UUID.randomUUID();
    private static final PaymentView PAYMENT = new PaymentView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            PAYER,
            5000,
            "EUR",
            PaymentStatus.APPROVED,
            null,
            "sim_1",
            Instant.parse("2030-01-01T10:00:00Z"),
            Instant.parse("2030-01-01T09:59:59Z"),
            null);
    private static final PaymentView REFUNDED_PAYMENT = new PaymentView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            PAYER,
            7000,
            "EUR",
            PaymentStatus.REFUNDED,
            null,
            "sim_2",
            Instant.parse("2030-01-02T10:05:00Z"),
            Instant.parse("2030-01-02T09:00:00Z"),
            new PaymentView.Refund(
                    PaymentView.Refund.Status.REFUNDED,
                    "order cancelled",
                    2,
                    "provider error",
                    Instant.parse("2030-01-02T10:00:00Z"),
                    7000L,
                    "simref_1",
                    Instant.parse("2030-01-02T10:05:00Z")));

    private final PaymentProjection projection = mock(PaymentProjection.class);
    private final PaymentController controller = new PaymentController(projection);

    private static Caller aCustomer(UUID userId) {
        return new Caller(userId, "someone@example.org", Set.of("CUSTOMER"));
    }

    @Test
    void showsThePayerTheirPayment() {
        when(projection.byId(PAYMENT.id())).thenReturn(Optional.of(PAYMENT));

        assertThat(controller.byId(PAYMENT.id(), aCustomer(PAYER))).isEqualTo(PAYMENT);
    }

    @Test
    void findsThePaymentOfAnOrderForThePayer() {
        when(projection.byOrder(PAYMENT.orderId())).thenReturn(Optional.of(PAYMENT));

        assertThat(controller.byOrder(PAYMENT.orderId(), aCustomer(PAYER))).isEqualTo(PAYMENT);
    }

    @Test
    void answersSomeoneElsesPaymentAsNotFound() {
        when(projection.byId(PAYMENT.id())).thenReturn(Optional.of(PAYMENT));

        assertThatThrownBy(() -> controller.byId(PAYMENT.id(), aCustomer(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void showsAnAdminAnyPayment() {
        when(projection.byOrder(PAYMENT.orderId())).thenReturn(Optional.of(PAYMENT));
        var admin = new Caller(UUID.randomUUID(), "admin@example.org", Set.of("ADMIN"));

        assertThat(controller.byOrder(PAYMENT.orderId(), admin)).isEqualTo(PAYMENT);
    }

    @Test
    void answersAnUnknownPaymentAsNotFound() {
        when(projection.byId(PAYMENT.id())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> controller.byId(PAYMENT.id(), aCustomer(PAYER)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("PAYMENT_NOT_FOUND"));
    }

    @Test
    void listsThePaymentsOfTheCallerWithTheirTotal() {
        when(projection.byCustomer(PAYER, 1, 2)).thenReturn(List.of(REFUNDED_PAYMENT, PAYMENT));
        when(projection.countByCustomer(PAYER)).thenReturn(4L);

        assertThat(controller.mine(1, 2, aCustomer(PAYER)))
                .isEqualTo(new PaymentController.PaymentPage(List.of(REFUNDED_PAYMENT, PAYMENT), 1, 2, 4));
    }

    @Test
    void listsAnAdminsOwnPaymentsOnly() {
        var admin = new Caller(UUID.randomUUID(), "admin@example.org", Set.of("ADMIN"));
        when(projection.byCustomer(eq(admin.userId()), anyInt(), anyInt())).thenReturn(List.of());

        assertThat(controller.mine(0, 20, admin).items()).isEmpty();
        verify(projection).byCustomer(admin.userId(), 0, 20);
        verify(projection).countByCustomer(admin.userId());
    }

    /** The endpoints as clients call them: parameters, paging bounds and the JSON they answer. */
    @Nested
    class OverHttp {

        private MockMvc mvc;

        @BeforeEach
        void signInAsThePayer() {
            Jwt token = Jwt.withTokenValue("token")
                    .header("alg", "none")
                    .subject(PAYER.toString())
                    .claim("email", "someone@example.org")
                    .claim("roles", List.of("CUSTOMER"))
                    .build();
            SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
            // as the deployable writes JSON: instants as ISO text, null fields left out
            var json = new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
                    .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build());
            mvc = MockMvcBuilders.standaloneSetup(controller)
                    .setControllerAdvice(new ProblemHandler())
                    .setCustomArgumentResolvers(new CallerArgumentResolver())
                    .setMessageConverters(json)
                    .build();
        }

        @AfterEach
        void signOut() {
            SecurityContextHolder.clearContext();
        }

        @Test
        void listsTheCallersPaymentsAsAPage() throws Exception {
            when(projection.byCustomer(PAYER, 0, 20)).thenReturn(List.of(REFUNDED_PAYMENT, PAYMENT));
            when(projection.countByCustomer(PAYER)).thenReturn(2L);

            mvc.perform(get("/api/v1/payments"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(20))
                    .andExpect(jsonPath("$.total").value(2))
                    .andExpect(jsonPath("$.items[0].id")
                            .value(REFUNDED_PAYMENT.id().toString()))
                    .andExpect(jsonPath("$.items[0].refund.status").value("REFUNDED"))
                    .andExpect(jsonPath("$.items[0].refund.amountMinor").value(7000))
                    .andExpect(jsonPath("$.items[0].refund.reference").value("simref_1"))
                    .andExpect(jsonPath("$.items[0].refund.attempts").value(2))
                    .andExpect(jsonPath("$.items[0].refund.refundedAt").value("2030-01-02T10:05:00Z"))
                    .andExpect(jsonPath("$.items[1].refund").doesNotExist());
        }

        @Test
        void keepsEveryFieldAPaymentHadBeforeRefunds() throws Exception {
            when(projection.byId(PAYMENT.id())).thenReturn(Optional.of(PAYMENT));

            mvc.perform(get("/api/v1/payments/{id}", PAYMENT.id()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(PAYMENT.id().toString()))
                    .andExpect(jsonPath("$.orderId").value(PAYMENT.orderId().toString()))
                    .andExpect(jsonPath("$.customerId").value(PAYER.toString()))
                    .andExpect(jsonPath("$.amountMinor").value(5000))
                    .andExpect(jsonPath("$.currency").value("EUR"))
                    .andExpect(jsonPath("$.status").value("APPROVED"))
                    .andExpect(jsonPath("$.providerReference").value("sim_1"))
                    .andExpect(jsonPath("$.updatedAt").value("2030-01-01T10:00:00Z"))
                    .andExpect(jsonPath("$.requestedAt").value("2030-01-01T09:59:59Z"));
        }

        @Test
        void stillFindsThePaymentOfAnOrder() throws Exception {
            when(projection.byOrder(PAYMENT.orderId())).thenReturn(Optional.of(PAYMENT));

            mvc.perform(get("/api/v1/payments")
                            .param("orderId", PAYMENT.orderId().toString()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(PAYMENT.id().toString()));
        }

        @Test
        void refusesAnEmptyOrderId() throws Exception {
            mvc.perform(get("/api/v1/payments").param("orderId", ""))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        }

        @Test
        void refusesANegativePage() throws Exception {
            mvc.perform(get("/api/v1/payments").param("page", "-1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("page")));
        }

        @Test
        void refusesAPageSizeOutOfBounds() throws Exception {
            mvc.perform(get("/api/v1/payments").param("size", "0"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/payments").param("size", "101"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }
}
