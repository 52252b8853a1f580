package com.ticketorleaveit.events.query.catalog;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class EventCatalogProjectionTest {

    private static final String SET_REMAINING = "update events_tiers set remaining = ? where tier_id = ?";

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final EventCatalogProjection projection = new EventCatalogProjection(jdbc);
    private final UUID tier = UUID.randomUUID();
    private final UUID event = UUID.randomUUID();

    @Test
    void showsTheSeatsOfACancelledOrderAsAvailableAgain() {
        projection.on(new SeatsReturned(tier, event, OrderId.random(), 2, 42));

        verify(jdbc).update(eq(SET_REMAINING), eq(42), eq(tier));
    }

    @Test
    void showsReleasedSeatsAsAvailableAgain() {
        projection.on(new SeatsReleased(tier, event, OrderId.random(), 3, 17));

        verify(jdbc).update(eq(SET_REMAINING), eq(17), eq(tier));
    }

    @Test
    void showsATierWhoseSalesAreCancelledAsNoLongerOnSale() {
        projection.on(new TierSalesCancelled(tier, event));

        verify(jdbc).update(eq("update events_tiers set on_sale = false where tier_id = ?"), eq(tier));
    }
}
