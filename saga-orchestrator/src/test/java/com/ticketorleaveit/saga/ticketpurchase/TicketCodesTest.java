package com.ticketorleaveit.saga.ticketpurchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    @Test
    void encodesBytesAsUnpaddedBase32() {
        // RFC 4648 test vector "foobar" → MZXW6YTBOI======
        assertThat(TicketCodes.base32("foobar".getBytes())).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void issuesAs128BitCodesAsAskedFor() {
        var codes = TicketCodes.issue(3);

        assertThat(codes).hasSize(3).allMatch(code -> code.matches("[A-Z2-7]{26}"));
    }

    @Test
    void neverRepeatsACode() {
        var codes = TicketCodes.issue(10_000);

        assertThat(new HashSet<>(codes)).hasSize(10_000);
    }
}
