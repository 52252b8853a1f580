package com.ticketorleaveit.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.local.JvmOptions.Profile;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void throughputProfileKeepsC2AndUsesTheParallelCollectorWithAFixedHeap() {
        assertThat(JvmOptions.of(Profile.THROUGHPUT, "command-services"))
                .contains("-XX:+UseParallelGC", "-Xms768m", "-Xmx768m", "-XX:+ExitOnOutOfMemoryError")
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void quickStartProfileStopsAtC1WithTheSerialCollector() {
        assertThat(JvmOptions.of(Profile.QUICK_START, "gateway"))
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
    }

    @Test
    void aReplicaGetsItsDeployablesHeap() {
        assertThat(JvmOptions.of(Profile.THROUGHPUT, "command-services-2"))
                .isEqualTo(JvmOptions.of(Profile.THROUGHPUT, "command-services"));
    }

    @Test
    void refusesAnUnknownDeployable() {
        assertThatThrownBy(() -> JvmOptions.of(Profile.THROUGHPUT, "command-servicesX"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesProfileNamesAsWrittenInTheEnvironment() {
        assertThat(Profile.parse("quick-start")).isEqualTo(Profile.QUICK_START);
        assertThat(Profile.parse(" THROUGHPUT ")).isEqualTo(Profile.THROUGHPUT);
        assertThat(Profile.QUICK_START.displayName()).isEqualTo("quick-start");
        assertThatThrownBy(() -> Profile.parse("fast")).hasMessageContaining("quick-start or throughput");
    }
}
