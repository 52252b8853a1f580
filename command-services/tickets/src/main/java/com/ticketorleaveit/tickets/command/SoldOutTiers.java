package com.ticketorleaveit.tickets.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ticketorleaveit.tickets.api.RejectionReason;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What this node saw of each tier a moment ago, so that once a tier is sold out its buyers are turned away without
 * queueing for its seats: thousands of orders arriving after the last seat went would otherwise each wait for the tier
 * behind all the others, and the steps of the orders that got seats (their confirmations) would wait behind them.
 *
 * <p>Only "sold out" is answered from here; everything else goes to the tier itself. A view is at most
 * {@link #FRESH_FOR} old, and seats given back meanwhile (a failed payment) are sold again from the tier once the view
 * has expired or is refreshed by any order that reaches the tier: a buyer turned away in that moment would have lost
 * the same race a moment earlier. Nothing here can sell a seat, so nothing here can oversell.
 */
@Component
class SoldOutTiers {

    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private record View(boolean onSale, int perOrderLimit, int remaining) {}

    private final Cache<UUID, View> views = Caffeine.newBuilder()
            .expireAfterWrite(FRESH_FOR)
            .maximumSize(10_000)
            .build();

    /** What the tier looked like just after a change this node committed. */
    void saw(UUID tierId, boolean onSale, int perOrderLimit, int remaining) {
        views.put(tierId, new View(onSale, perOrderLimit, remaining));
    }

    /** {@link RejectionReason#SOLD_OUT} when the tier was seen sold out for this quantity a moment ago. */
    Optional<RejectionReason> soldOut(UUID tierId, int quantity) {
        View view = views.getIfPresent(tierId);
        if (view == null || !view.onSale() || quantity > view.perOrderLimit() || quantity <= view.remaining()) {
            return Optional.empty();
        }
        return Optional.of(RejectionReason.SOLD_OUT);
    }
}
