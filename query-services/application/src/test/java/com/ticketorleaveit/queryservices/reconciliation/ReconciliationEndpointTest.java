package com.ticketorleaveit.queryservices.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.queryservices.reconciliation.ReconciliationReport.Discrepancies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;

class ReconciliationEndpointTest {

    private static final ReconciliationReport ONE_PAID_ORDER_WITHOUT_TICKETS = new ReconciliationReport(
            Map.of("EXPIRED", 1L),
            List.of(),
            new Discrepancies(0, 1, 0, 0, 0, 0, 0, 0, 0, 0),
            1,
            Map.of("paidOrdersWithoutTickets", List.of(UUID.randomUUID().toString())));

    private final Reconciliation reconciliation = mock(Reconciliation.class);
    private final ReconciliationEndpoint endpoint = new ReconciliationEndpoint(reconciliation);

    @Test
    void answersTheReportOfOneEventLeavingTheSettleWindowAlone() {
        UUID event = UUID.randomUUID();
        when(reconciliation.report(eq(Optional.of(event)), any())).thenReturn(ONE_PAID_ORDER_WITHOUT_TICKETS);
        Instant before = Instant.now();

        var report = endpoint.report(event, 300);

        assertThat(report).isEqualTo(ONE_PAID_ORDER_WITHOUT_TICKETS);
        assertThat(settledBefore(Optional.of(event)))
                .isBetween(before.minus(Duration.ofSeconds(300)), Instant.now().minus(Duration.ofSeconds(300)));
    }

    @Test
    void reconcilesEverythingAndWaitsAMinuteForWhatIsInFlightUnlessToldOtherwise() {
        when(reconciliation.report(any(), any())).thenReturn(ONE_PAID_ORDER_WITHOUT_TICKETS);
        Instant before = Instant.now();

        endpoint.report(null, null);

        assertThat(settledBefore(Optional.empty()))
                .isBetween(before.minus(Duration.ofSeconds(60)), Instant.now().minus(Duration.ofSeconds(60)));
    }

    @Test
    void refusesASettleWindowBelowZeroOrAboveADayAndReadsNothing() {
        assertThatThrownBy(() -> endpoint.report(null, -1)).isInstanceOf(InvalidEndpointRequestException.class);
        assertThatThrownBy(() -> endpoint.report(null, 86_401)).isInstanceOf(InvalidEndpointRequestException.class);
        verifyNoInteractions(reconciliation);
    }

    private Instant settledBefore(Optional<UUID> eventId) {
        var settledBefore = ArgumentCaptor.forClass(Instant.class);
        verify(reconciliation).report(eq(eventId), settledBefore.capture());
        return settledBefore.getValue();
    }
}
