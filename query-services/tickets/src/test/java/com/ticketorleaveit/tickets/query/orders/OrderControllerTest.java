package com.ticketorleaveit.tickets.query.orders;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.platform.web.ProblemHandler;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** The order endpoints over HTTP, with the problem answers every deployable gives; the reads themselves are stubbed. */
class OrderControllerTest {

    private static final Caller CUSTOMER = new Caller(UUID.randomUUID(), "bob@example.test", Set.of("CUSTOMER"));
    private static final Caller ADMIN = new Caller(UUID.randomUUID(), "admin@example.test", Set.of("ADMIN"));

    private final Orders orders = mock(Orders.class);
    private final OrderWaiter waiter = new OrderWaiter(Duration.ofHours(1), Duration.ofHours(1), () -> true);

    @AfterEach
    void stop() {
        waiter.destroy();
    }

    private MockMvc signedInAs(Caller caller) {
        return MockMvcBuilders.standaloneSetup(new OrderController(orders, waiter))
                .setControllerAdvice(new ProblemHandler())
                // JSON as query-services writes it: Spring Boot's dates as text, and no null fields
                .setMessageConverters(new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
                        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .serializationInclusion(JsonInclude.Include.NON_NULL)
                        .build()))
                .setCustomArgumentResolvers(new SignedIn(caller))
                .build();
    }

    @Test
    void listsTheCallersOrdersAsAPageWithEachTicketsValidity() throws Exception {
        OrderView refunded = aRefundedOrder();
        when(orders.ofCustomer(CUSTOMER.userId(), Optional.empty(), 0, 20)).thenReturn(List.of(refunded));
        when(orders.countOfCustomer(CUSTOMER.userId(), Optional.empty())).thenReturn(21L);

        signedInAs(CUSTOMER)
                .perform(get("/api/v1/orders"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.items[0].id").value(refunded.id().toString()))
                .andExpect(jsonPath("$.items[0].status").value("REFUNDED"))
                .andExpect(jsonPath("$.items[0].placedAt").value("2030-01-01T10:00:00Z"))
                .andExpect(jsonPath("$.items[0].cancelledAt").value("2030-01-02T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].cancellationReason").value("CUSTOMER_REQUEST"))
                .andExpect(jsonPath("$.items[0].refundedAt").value("2030-01-02T09:00:05Z"))
                .andExpect(jsonPath("$.items[0].refundedAmountMinor").value(9000))
                .andExpect(jsonPath("$.items[0].tickets[0].code").value("CODEONE"))
                .andExpect(jsonPath("$.items[0].tickets[0].valid").value(false));
    }

    @Test
    void listsAnAdminsOwnOrdersOnlyNotEveryones() throws Exception {
        signedInAs(ADMIN).perform(get("/api/v1/orders")).andExpect(status().isOk());

        verify(orders).ofCustomer(ADMIN.userId(), Optional.empty(), 0, 20);
        verify(orders).countOfCustomer(ADMIN.userId(), Optional.empty());
    }

    @Test
    void filtersByAStatusGivenInAnyCaseAndPagesAsAsked() throws Exception {
        signedInAs(CUSTOMER)
                .perform(get("/api/v1/orders")
                        .param("status", "cancelled")
                        .param("page", "2")
                        .param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(5));

        verify(orders).ofCustomer(CUSTOMER.userId(), Optional.of(OrderStatus.CANCELLED), 2, 5);
        verify(orders).countOfCustomer(CUSTOMER.userId(), Optional.of(OrderStatus.CANCELLED));
    }

    @Test
    void refusesAnUnknownStatusWithAProblem() throws Exception {
        signedInAs(CUSTOMER)
                .perform(get("/api/v1/orders").param("status", "SHIPPED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));

        verifyNoInteractions(orders);
    }

    @ParameterizedTest(name = "page={0} size={1}")
    @CsvSource({"-1, 20", "0, 0", "0, 101"})
    void refusesAPageOrSizeOutOfBoundsWithAProblem(int page, int size) throws Exception {
        signedInAs(CUSTOMER)
                .perform(get("/api/v1/orders")
                        .param("page", String.valueOf(page))
                        .param("size", String.valueOf(size)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        verifyNoInteractions(orders);
    }

    @Test
    void acceptsAHundredOrdersAPage() throws Exception {
        signedInAs(CUSTOMER).perform(get("/api/v1/orders").param("size", "100")).andExpect(status().isOk());

        verify(orders).ofCustomer(any(), any(), anyInt(), anyInt());
    }

    @Test
    void answersASingleOrderWithTheFieldsClientsAlreadyReadAndTheNewOnes() throws Exception {
        OrderView refunded = aRefundedOrder();
        when(orders.find(refunded.id())).thenReturn(Optional.of(new Orders.OwnedOrder(CUSTOMER.userId(), refunded)));
        MockMvc mvc = signedInAs(CUSTOMER);

        MvcResult started = mvc.perform(get("/api/v1/orders/" + refunded.id()))
                .andExpect(request().asyncStarted())
                .andReturn();

        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(refunded.id().toString()))
                .andExpect(jsonPath("$.status").value("REFUNDED"))
                .andExpect(jsonPath("$.eventId").value(refunded.eventId().toString()))
                .andExpect(jsonPath("$.tierId").value(refunded.tierId().toString()))
                .andExpect(jsonPath("$.quantity").value(1))
                .andExpect(jsonPath("$.amountMinor").value(9000))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.tickets[0].code").value("CODEONE"))
                .andExpect(jsonPath("$.tickets[0].valid").value(false))
                .andExpect(jsonPath("$.refundedAt").value("2030-01-02T09:00:05Z"))
                .andExpect(jsonPath("$.failureReason").doesNotExist());
    }

    @Test
    void answersAnOrderCancelledWithItsEventWithThatReasonAndNoRefundYet() throws Exception {
        OrderView cancelled = anOrderCancelledWithItsEvent();
        when(orders.find(cancelled.id())).thenReturn(Optional.of(new Orders.OwnedOrder(CUSTOMER.userId(), cancelled)));
        MockMvc mvc = signedInAs(CUSTOMER);

        MvcResult started = mvc.perform(get("/api/v1/orders/" + cancelled.id()))
                .andExpect(request().asyncStarted())
                .andReturn();

        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelledAt").value("2030-01-02T09:00:00Z"))
                .andExpect(jsonPath("$.cancellationReason").value("EVENT_CANCELLED"))
                .andExpect(jsonPath("$.refundedAt").doesNotExist());
    }

    @Test
    void answersAnOrderRejectedBecauseItsEventIsCancelledWithThatReason() throws Exception {
        OrderView rejected = anOrderRejectedBecauseItsEventIsCancelled();
        when(orders.find(rejected.id())).thenReturn(Optional.of(new Orders.OwnedOrder(CUSTOMER.userId(), rejected)));
        MockMvc mvc = signedInAs(CUSTOMER);

        MvcResult started = mvc.perform(get("/api/v1/orders/" + rejected.id()))
                .andExpect(request().asyncStarted())
                .andReturn();

        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.failureReason").value("EVENT_CANCELLED"))
                .andExpect(jsonPath("$.cancellationReason").doesNotExist());
    }

    @Test
    void answersSomeoneElsesOrderAsNotFound() throws Exception {
        OrderView refunded = aRefundedOrder();
        when(orders.find(refunded.id())).thenReturn(Optional.of(new Orders.OwnedOrder(CUSTOMER.userId(), refunded)));
        MockMvc mvc = signedInAs(new Caller(UUID.randomUUID(), "eve@example.test", Set.of("CUSTOMER")));

        MvcResult started = mvc.perform(get("/api/v1/orders/" + refunded.id()))
                .andExpect(request().asyncStarted())
                .andReturn();

        mvc.perform(asyncDispatch(started))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
    }

    private static OrderView aRefundedOrder() {
        return new OrderView(
                UUID.randomUUID(),
                OrderStatus.REFUNDED,
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                9000L,
                "EUR",
                List.of(new OrderView.Ticket("CODEONE", false)),
                null,
                Instant.parse("2030-01-01T10:00:00Z"),
                Instant.parse("2030-01-02T09:00:00Z"),
                CancellationReason.CUSTOMER_REQUEST,
                Instant.parse("2030-01-02T09:00:05Z"),
                9000L);
    }

    private static OrderView anOrderCancelledWithItsEvent() {
        return new OrderView(
                UUID.randomUUID(),
                OrderStatus.CANCELLED,
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                9000L,
                "EUR",
                List.of(new OrderView.Ticket("CODEONE", false)),
                null,
                Instant.parse("2030-01-01T10:00:00Z"),
                Instant.parse("2030-01-02T09:00:00Z"),
                CancellationReason.EVENT_CANCELLED,
                null,
                null);
    }

    private static OrderView anOrderRejectedBecauseItsEventIsCancelled() {
        return new OrderView(
                UUID.randomUUID(),
                OrderStatus.REJECTED,
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                null,
                null,
                List.of(),
                "EVENT_CANCELLED",
                Instant.parse("2030-01-01T10:00:00Z"),
                null,
                null,
                null,
                null);
    }

    /** Stands in for the token: every request is the given caller's. */
    private record SignedIn(Caller caller) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(Caller.class);
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer mavContainer,
                NativeWebRequest webRequest,
                WebDataBinderFactory binderFactory) {
            return caller;
        }
    }
}
