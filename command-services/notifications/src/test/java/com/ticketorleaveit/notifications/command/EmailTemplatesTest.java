package com.ticketorleaveit.notifications.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailTemplatesTest {

    private static final UUID ORDER = UUID.randomUUID();

    @Test
    void anAccountsOwnerIsToldSomeoneRegisteredWithTheirAddressAndThatNothingChanged() {
        var email = EmailTemplates.render(NotificationKind.ACCOUNT_EXISTS, UUID.randomUUID(), Map.of());

        assertThat(email.subject()).isEqualTo("Someone tried to register with your email address");
        assertThat(email.body()).contains("No second account was made").contains("sign in");
        assertThat(email.attachments()).isEmpty();
    }

    @Test
    void confirmationListsEveryTicketCodeWithQuantityAndAmount() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_CONFIRMED,
                ORDER,
                Map.of(
                        NotificationParameters.TICKET_CODES, "CODEONE,CODETWO",
                        NotificationParameters.QUANTITY, "2",
                        NotificationParameters.AMOUNT_MINOR, "5000",
                        NotificationParameters.CURRENCY, "EUR"));

        assertThat(email.subject()).isEqualTo("Your tickets are confirmed");
        assertThat(email.body())
                .contains(ORDER.toString())
                .contains("  CODEONE\n  CODETWO")
                .contains("2 ticket(s)")
                .contains("50.00 EUR");
    }

    @Test
    void confirmationCarriesEachTicketsQrCodeAsAPngNamedAfterItsCode() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_CONFIRMED,
                ORDER,
                Map.of(
                        NotificationParameters.TICKET_CODES, "CODEONE,CODETWO",
                        NotificationParameters.QR_PAYLOADS, "T1.one.sig,T1.two.sig",
                        NotificationParameters.QUANTITY, "2",
                        NotificationParameters.AMOUNT_MINOR, "5000",
                        NotificationParameters.CURRENCY, "EUR"));

        assertThat(email.attachments())
                .extracting(EmailTemplates.Attachment::filename)
                .containsExactly("ticket-CODEONE.png", "ticket-CODETWO.png");
        assertThat(email.attachments()).allSatisfy(attachment -> {
            assertThat(attachment.contentType()).isEqualTo("image/png");
            assertThat(attachment.content()).startsWith(0x89, 'P', 'N', 'G');
        });
        assertThat(email.body()).contains("QR code is attached");
    }

    @Test
    void aConfirmationWithoutQrPayloadsListsItsCodesAlone() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_CONFIRMED, ORDER, Map.of(NotificationParameters.TICKET_CODES, "CODEONE"));

        assertThat(email.attachments()).isEmpty();
        assertThat(email.body()).contains("  CODEONE").contains("Show a code at the entrance");
    }

    @Test
    void refundSaysTheOrderIsCancelledHowMuchWentBackAndThatTheTicketsAreVoid() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_REFUNDED,
                ORDER,
                Map.of(
                        NotificationParameters.AMOUNT_MINOR, "9000",
                        NotificationParameters.CURRENCY, "EUR",
                        NotificationParameters.REASON, "CUSTOMER_REQUEST"));

        assertThat(email.subject()).isEqualTo("Your order is cancelled and refunded");
        assertThat(email.body())
                .contains(ORDER + " is cancelled as you asked")
                .contains("refunded 90.00 EUR")
                .contains("tickets are no longer valid");
    }

    @Test
    void eventCancellationSaysTheOrderIsCancelledAndTheRefundUnderWay() {
        var email = EmailTemplates.render(
                NotificationKind.EVENT_CANCELLED,
                ORDER,
                Map.of(NotificationParameters.AMOUNT_MINOR, "9000", NotificationParameters.CURRENCY, "EUR"));

        assertThat(email.subject()).isEqualTo("Your event is cancelled");
        assertThat(email.body())
                .contains("cancelled the event of your order " + ORDER)
                .contains("tickets are no longer valid")
                .contains("refunding 90.00 EUR");
    }

    @Test
    void reminderSaysWhichEventStartsWhenAndWhereInItsOwnTimeZone() {
        var email = EmailTemplates.render(
                NotificationKind.EVENT_REMINDER,
                ORDER,
                Map.of(
                        NotificationParameters.EVENT_NAME, "Jazz Night",
                        NotificationParameters.STARTS_AT, "2027-06-01T20:00:00+02:00",
                        NotificationParameters.VENUE, "Blue Room, Springfield"));

        assertThat(email.subject()).isEqualTo("Reminder: Jazz Night is coming up");
        assertThat(email.body())
                .contains("Jazz Night starts Tuesday 1 June 2027 at 20:00 (+02:00), at Blue Room, Springfield.")
                .contains("preferences");
    }

    @Test
    void vendorDeactivationTellsTheOrganizerWhichVendorOfWhichEventAndThatTheBookingStays() {
        var email = EmailTemplates.render(
                NotificationKind.VENDOR_DEACTIVATED,
                ORDER,
                Map.of(
                        NotificationParameters.VENDOR_NAME, "The Night Owls",
                        NotificationParameters.EVENT_NAME, "Jazz Night",
                        NotificationParameters.STARTS_AT, "2027-06-01T20:00:00+02:00"));

        assertThat(email.subject()).isEqualTo("Jazz Night: The Night Owls is no longer active");
        assertThat(email.body())
                .contains("The Night Owls, booked for Jazz Night (Tuesday 1 June 2027 at 20:00 (+02:00))")
                .contains("The booking stays on your event");
    }

    @Test
    void confirmationFormatsAmountsInTheCurrencysMinorUnits() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_CONFIRMED,
                ORDER,
                Map.of(
                        NotificationParameters.TICKET_CODES, "CODEONE",
                        NotificationParameters.QUANTITY, "1",
                        NotificationParameters.AMOUNT_MINOR, "4500",
                        NotificationParameters.CURRENCY, "JPY"));

        assertThat(email.body()).contains("4500 JPY");
    }

    @Test
    void rejectionExplainsTheReason() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_REJECTED, ORDER, Map.of(NotificationParameters.REASON, "SOLD_OUT"));

        assertThat(email.subject()).isEqualTo("Your order could not be placed");
        assertThat(email.body()).contains("sold out").contains("not been charged");
    }

    @Test
    void paymentFailureGivesTheProvidersReason() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_PAYMENT_FAILED, ORDER, Map.of(NotificationParameters.REASON, "card declined"));

        assertThat(email.subject()).isEqualTo("Your payment did not go through");
        assertThat(email.body()).contains("card declined").contains("released");
    }

    @Test
    void expiryTellsTheSeatsWereReleased() {
        var email = EmailTemplates.render(NotificationKind.ORDER_EXPIRED, ORDER, Map.of());

        assertThat(email.subject()).isEqualTo("Your order has expired");
        assertThat(email.body()).contains(ORDER.toString()).contains("released").contains("refund it in full");
    }

    @Test
    void aLatePaymentRefundSaysWhy() {
        var email = EmailTemplates.render(
                NotificationKind.ORDER_REFUNDED,
                ORDER,
                Map.of(
                        NotificationParameters.AMOUNT_MINOR, "4500",
                        NotificationParameters.CURRENCY, "EUR",
                        NotificationParameters.REASON, "LATE_PAYMENT"));

        assertThat(email.body()).contains("payment arrived after the seats").contains("refunded 45.00 EUR");
    }

    @Test
    void aWaitingListOfferSaysUntilWhenTheSeatIsHeldAndHowToBuyIt() {
        UUID offer = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID tier = UUID.randomUUID();

        var email = EmailTemplates.render(
                NotificationKind.WAITING_LIST_OFFER,
                offer,
                Map.of(
                        NotificationParameters.EVENT_ID, event.toString(),
                        NotificationParameters.TIER_ID, tier.toString(),
                        NotificationParameters.TIER_NAME, "Standing",
                        NotificationParameters.AMOUNT_MINOR, "4500",
                        NotificationParameters.CURRENCY, "EUR",
                        NotificationParameters.EXPIRES_AT, "2030-05-10T12:15:00Z"));

        assertThat(email.subject()).isEqualTo("A seat you waited for is yours until 2030-05-10T12:15:00Z");
        assertThat(email.body())
                .contains("A seat of Standing came back")
                .contains("45.00 EUR")
                .contains("POST /api/v1/orders")
                .contains("\"offerId\": \"" + offer + "\"")
                .contains("\"tierId\": \"" + tier + "\"")
                .contains("\"eventId\": \"" + event + "\"")
                .contains("the next person waiting");
    }
}
