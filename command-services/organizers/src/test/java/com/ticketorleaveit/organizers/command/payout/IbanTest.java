package com.ticketorleaveit.organizers.command.payout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @Test
    void readsAnIbanWrittenWithSpacesInLowerCase() {
        assertThat(Iban.parse("de89 3704 0044 0532 0130 00"))
                .contains(new Iban("DE89370400440532013000"))
                .get()
                .extracting(Iban::last4)
                .isEqualTo("3000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE88370400440532013000", "DE89", "1234567890123456", "DE89-3704-0044-0532-0130-00", ""})
    void refusesWhatIsNoIbanOrHasWrongCheckDigits(String written) {
        assertThat(Iban.parse(written)).isEmpty();
    }

    @Test
    void showsOnlyItsLastFourCharactersWhenPrinted() {
        assertThat(new Iban("GB82WEST12345698765432").toString()).isEqualTo("Iban[**** 5432]");
    }
}
