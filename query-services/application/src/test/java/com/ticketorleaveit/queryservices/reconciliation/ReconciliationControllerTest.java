package com.ticketorleaveit.queryservices.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.ticketorleaveit.platform.web.CallerArgumentResolver;
import com.ticketorleaveit.platform.web.ProblemHandler;
import com.ticketorleaveit.queryservices.reconciliation.ReconciliationReport.Discrepancies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ReconciliationControllerTest {

    private static final ReconciliationReport NOTHING_WRONG = new ReconciliationReport(
            Map.of("CONFIRMED", 1L), List.of(), new Discrepancies(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0, Map.of());

    private final Reconciliation reconciliation = mock(Reconciliation.class);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ReconciliationController(reconciliation))
            .setControllerAdvice(new ProblemHandler())
            .setCustomArgumentResolvers(new CallerArgumentResolver())
            .build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesACustomerWithAForbiddenProblemAndReadsNothing() throws Exception {
        signInAs("CUSTOMER");

        mvc.perform(get("/api/v1/admin/reconciliation"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(reconciliation);
    }

    @Test
    void refusesACallerWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/admin/reconciliation")).andExpect(status().isUnauthorized());
        verifyNoInteractions(reconciliation);
    }

    @Test
    void reconcilesForAnAdminOneEventLeavingTheSettleWindowAlone() throws Exception {
        signInAs("ADMIN");
        UUID event = UUID.randomUUID();
        when(reconciliation.report(eq(Optional.of(event)), any())).thenReturn(NOTHING_WRONG);
        Instant before = Instant.now();

        mvc.perform(get("/api/v1/admin/reconciliation")
                        .param("eventId", event.toString())
                        .param("settleSeconds", "300"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.ordersByStatus.CONFIRMED").value(1));

        var settledBefore = ArgumentCaptor.forClass(Instant.class);
        verify(reconciliation).report(eq(Optional.of(event)), settledBefore.capture());
        assertThat(settledBefore.getValue())
                .isBetween(before.minus(Duration.ofSeconds(300)), Instant.now().minus(Duration.ofSeconds(300)));
    }

    @Test
    void waitsAMinuteForWhatIsInFlightUnlessToldOtherwise() throws Exception {
        signInAs("ADMIN");
        when(reconciliation.report(any(), any())).thenReturn(NOTHING_WRONG);
        Instant before = Instant.now();

        mvc.perform(get("/api/v1/admin/reconciliation")).andExpect(status().isOk());

        var settledBefore = ArgumentCaptor.forClass(Instant.class);
        verify(reconciliation).report(eq(Optional.empty()), settledBefore.capture());
        assertThat(settledBefore.getValue())
                .isBetween(before.minus(Duration.ofSeconds(60)), Instant.now().minus(Duration.ofSeconds(60)));
    }

    private static void signInAs(String role) {
        Jwt token = Jwt.withTokenValue("token")
                .header("alg", "none")
                .subject(UUID.randomUUID().toString())
                .claim("email", "someone@example.org")
                .claim("roles", List.of(role))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }
}
