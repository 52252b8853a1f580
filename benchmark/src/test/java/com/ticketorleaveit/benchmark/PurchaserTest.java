package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;

class PurchaserTest {

    @RepeatedTest(20)
    void aBusyPlacementIsAskedAgainAfterLongerAndLongerPausesWithJitter() {
        assertThat(Purchaser.placementPause(1)).isBetween(250L, 500L);
        assertThat(Purchaser.placementPause(2)).isBetween(500L, 1_000L);
        assertThat(Purchaser.placementPause(4)).isBetween(2_000L, 4_000L);
        assertThat(Purchaser.placementPause(5)).isBetween(4_000L, 8_000L);
        assertThat(Purchaser.placementPause(40)).isBetween(4_000L, 8_000L);
    }
}
