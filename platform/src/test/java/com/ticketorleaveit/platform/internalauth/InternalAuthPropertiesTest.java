package com.ticketorleaveit.platform.internalauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class InternalAuthPropertiesTest {

    private static final Duration TOLERANCE = Duration.ofSeconds(30);
    private static final DataSize MAX_BODY = DataSize.ofMegabytes(1);

    @Test
    void refusesASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> new InternalAuthProperties("0123456789abcdef0123456789abcde", TOLERANCE, MAX_BODY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TICKETING_INTERNAL_AUTH_SECRET")
                .hasMessageContaining("shorter than 32 bytes");
    }

    @Test
    void takesA32ByteSecret() {
        var properties = new InternalAuthProperties("0123456789abcdef0123456789abcdef", TOLERANCE, MAX_BODY);

        assertThat(properties.hasSecret()).isTrue();
        assertThat(properties.signature()).isNotNull();
    }

    @Test
    void cannotSignWithoutASecret() {
        for (String missing : new String[] {null, ""}) {
            var properties = new InternalAuthProperties(missing, TOLERANCE, MAX_BODY);

            assertThat(properties.hasSecret()).isFalse();
            assertThatThrownBy(properties::signature)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TICKETING_INTERNAL_AUTH_SECRET")
                    .hasMessageContaining("must be set");
        }
    }
}
