package com.ticketorleaveit.tickets.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.tickets.api.RejectionReason;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SoldOutTiersTest {

    private static final UUID TIER = UUID.randomUUID();

    private final SoldOutTiers tiers = new SoldOutTiers();

    @Test
    void answersSoldOutForMoreSeatsThanRemained() {
        tiers.saw(TIER, true, 4, 1);

        assertThat(tiers.soldOut(TIER, 2)).contains(RejectionReason.SOLD_OUT);
        assertThat(tiers.soldOut(TIER, 1)).isEmpty();
    }

    @Test
    void leavesEveryOtherAnswerToTheTier() {
        tiers.saw(TIER, false, 4, 0);
        assertThat(tiers.soldOut(TIER, 1)).as("not on sale").isEmpty();

        tiers.saw(TIER, true, 4, 0);
        assertThat(tiers.soldOut(TIER, 5)).as("over the per-order limit").isEmpty();
        assertThat(tiers.soldOut(UUID.randomUUID(), 1)).as("never seen").isEmpty();
    }
}
