package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsTheFormsWrittenOnTheCommandLine() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("15s")).isEqualTo(Duration.ofSeconds(15));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("PT20S")).isEqualTo(Duration.ofSeconds(20));
        assertThat(Durations.parse("7")).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void refusesWhatIsNotADuration() {
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Durations.parse("5 days")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("PTx")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsInTheShortestFormItReadsBack() {
        assertThat(Durations.format(Duration.ofSeconds(15))).isEqualTo("15s");
        assertThat(Durations.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(Durations.format(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        for (String text : new String[] {"15s", "2m", "250ms", "1.5s", "90s"}) {
            assertThat(Durations.parse(Durations.format(Durations.parse(text)))).isEqualTo(Durations.parse(text));
        }
    }
}
