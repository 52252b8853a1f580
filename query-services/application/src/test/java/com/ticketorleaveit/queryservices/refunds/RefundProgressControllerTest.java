package com.ticketorleaveit.queryservices.refunds;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.ticketorleaveit.platform.web.CallerArgumentResolver;
import com.ticketorleaveit.platform.web.ProblemHandler;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The refund progress endpoint over HTTP, with the problem answers every deployable gives; the reads are stubbed. */
class RefundProgressControllerTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID ORGANIZER = UUID.randomUUID();

    private final EventRefunds refunds = mock(EventRefunds.class);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefundProgressController(refunds))
            .setControllerAdvice(new ProblemHandler())
            .setCustomArgumentResolvers(new CallerArgumentResolver())
            .build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void answersTheOrganizerHowManyOrdersAreDueARefundAndHowManyAreRefunded() throws Exception {
        when(refunds.organizerOf(EVENT)).thenReturn(Optional.of(ORGANIZER));
        when(refunds.progress(EVENT)).thenReturn(RefundProgress.of(EVENT, 5, 2));
        signInAs(ORGANIZER, "ORGANIZER");

        mvc.perform(get("/api/v1/events/{event}/refunds", EVENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventId").value(EVENT.toString()))
                .andExpect(jsonPath("$.orders").value(5))
                .andExpect(jsonPath("$.refunded").value(2))
                .andExpect(jsonPath("$.pending").value(3));
    }

    @Test
    void answersAnAdminForAnyEvent() throws Exception {
        when(refunds.organizerOf(EVENT)).thenReturn(Optional.of(ORGANIZER));
        when(refunds.progress(EVENT)).thenReturn(RefundProgress.of(EVENT, 0, 0));
        signInAs(UUID.randomUUID(), "ADMIN");

        mvc.perform(get("/api/v1/events/{event}/refunds", EVENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pending").value(0));
    }

    @Test
    void answersAnotherOrganizerAsIfTheEventDidNotExistAndCountsNothing() throws Exception {
        when(refunds.organizerOf(EVENT)).thenReturn(Optional.of(ORGANIZER));
        signInAs(UUID.randomUUID(), "ORGANIZER");

        mvc.perform(get("/api/v1/events/{event}/refunds", EVENT))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("EVENT_NOT_FOUND"));
        verify(refunds, never()).progress(any());
    }

    @Test
    void answersAnUnknownEventAsNotFound() throws Exception {
        when(refunds.organizerOf(EVENT)).thenReturn(Optional.empty());
        signInAs(UUID.randomUUID(), "ADMIN");

        mvc.perform(get("/api/v1/events/{event}/refunds", EVENT))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("EVENT_NOT_FOUND"));
        verify(refunds, never()).progress(any());
    }

    @Test
    void refusesACallerWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/events/{event}/refunds", EVENT)).andExpect(status().isUnauthorized());
        verifyNoInteractions(refunds);
    }

    private static void signInAs(UUID user, String role) {
        Jwt token = Jwt.withTokenValue("token")
                .header("alg", "none")
                .subject(user.toString())
                .claim("email", "someone@example.org")
                .claim("roles", List.of(role))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }
}
