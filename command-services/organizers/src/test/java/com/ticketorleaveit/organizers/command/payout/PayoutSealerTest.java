package com.ticketorleaveit.organizers.command.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.SealedPayout;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PayoutSealerTest {

    private static final String SECRET = "a payout secret of at least thirty-two bytes";
    private final PayoutSealer sealer = new PayoutSealer(new PayoutProperties(SECRET));
    private final OrganizerId organizer = OrganizerId.random();
    private final PayoutDetails details = new PayoutDetails(new Iban("DE89370400440532013000"), "Hopper Live GmbH");

    @Test
    void keepsOnlyTheLastFourCharactersReadable() {
        SealedPayout sealed = sealer.seal(organizer, details);

        assertThat(sealed.accountLast4()).isEqualTo("3000");
        assertThat(sealed.sealed()).startsWith("v1:").doesNotContain("DE89370400440532013000");
        String decoded =
                new String(Base64.getDecoder().decode(sealed.sealed().substring(3)), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("370400440532013000").doesNotContain("Hopper Live");
    }

    @Test
    void opensWhatItSealedForTheSameOrganizer() {
        assertThat(sealer.open(organizer, sealer.seal(organizer, details))).isEqualTo(details);
    }

    @Test
    void sealsTheSameDetailsDifferentlyEachTime() {
        assertThat(sealer.seal(organizer, details).sealed())
                .isNotEqualTo(sealer.seal(organizer, details).sealed());
    }

    @Test
    void doesNotOpenDetailsCopiedToAnotherOrganizer() {
        SealedPayout sealed = sealer.seal(organizer, details);

        assertThatThrownBy(() -> sealer.open(OrganizerId.random(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void doesNotOpenWithAnotherSecret() {
        SealedPayout sealed = sealer.seal(organizer, details);
        PayoutSealer other =
                new PayoutSealer(new PayoutProperties("another payout secret of thirty-two bytes or more"));

        assertThatThrownBy(() -> other.open(organizer, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToStartWithAShortSecret() {
        assertThatThrownBy(() -> new PayoutProperties("short")).hasMessageContaining("TICKETING_PAYOUT_SECRET");
    }
}
