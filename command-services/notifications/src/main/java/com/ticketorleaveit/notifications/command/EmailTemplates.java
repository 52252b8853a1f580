package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import com.ticketorleaveit.platform.qr.QrCodes;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The plain-text emails, one per notification kind; a confirmation carries each ticket's QR code as a PNG. */
final class EmailTemplates {

    /** An email ready to send. */
    record Email(String subject, String body, List<Attachment> attachments) {

        Email(String subject, String body) {
            this(subject, body, List.of());
        }
    }

    /** A file the email carries. */
    record Attachment(String filename, String contentType, byte[] content) {}

    private static final String SIGNATURE = "\n\nTicket or Leave It\n";

    private static final Email ACCOUNT_EXISTS_MAIL = new Email(
            "Someone tried to register with your email address",
            "Someone just asked for a new Ticket or Leave It account with this email address, which already has one:"
                    + " yours. No second account was made, and yours is unchanged.\n\n"
                    + "If it was you, sign in with your password instead (POST /api/v1/auth/token). If it was not, you"
                    + " need do nothing." + SIGNATURE);

    private EmailTemplates() {}

    static Email render(NotificationKind kind, UUID orderId, Map<String, String> parameters) {
        return switch (kind) {
            case ORDER_CONFIRMED -> orderConfirmed(orderId, parameters);
            case ORDER_REJECTED ->
                new Email(
                        "Your order could not be placed",
                        "We could not reserve seats for your order " + orderId + ": "
                                + rejectionReason(parameters.get(NotificationParameters.REASON))
                                + ".\nYou have not been charged." + SIGNATURE);
            case ORDER_PAYMENT_FAILED ->
                new Email(
                        "Your payment did not go through",
                        "The payment for your order " + orderId + " did not go through: "
                                + parameters.getOrDefault(NotificationParameters.REASON, "no reason given")
                                + ".\nThe seats we held for you have been released." + SIGNATURE);
            case ORDER_EXPIRED ->
                new Email(
                        "Your order has expired",
                        "We held seats for your order " + orderId + ", but the payment did not complete in time."
                                + "\nThe seats have been released. Should your payment still go through, we confirm your"
                                + " order if seats are left, or refund it in full." + SIGNATURE);
            case ORDER_REFUNDED ->
                new Email(
                        "Your order is cancelled and refunded",
                        "Your order " + orderId + " is cancelled"
                                + cancellationReason(parameters.get(NotificationParameters.REASON)) + ".\n"
                                + "We have refunded " + amount(parameters) + " to the card you paid with; "
                                + "your tickets are no longer valid." + SIGNATURE);
            case EVENT_CANCELLED ->
                new Email(
                        "Your event is cancelled",
                        "The organizer has cancelled the event of your order " + orderId + ".\n"
                                + "Your order is cancelled and its tickets are no longer valid. We are refunding "
                                + amount(parameters) + " to the card you paid with, and will write again once the "
                                + "refund is done." + SIGNATURE);
            case EVENT_REMINDER -> eventReminder(parameters);
            case VENDOR_DEACTIVATED -> vendorDeactivated(parameters);
            case WAITING_LIST_OFFER -> waitingListOffer(orderId, parameters);
            case ACCOUNT_EXISTS -> ACCOUNT_EXISTS_MAIL;
        };
    }

    private static Email vendorDeactivated(Map<String, String> parameters) {
        String vendor = parameters.getOrDefault(NotificationParameters.VENDOR_NAME, "A vendor");
        String event = parameters.getOrDefault(NotificationParameters.EVENT_NAME, "your event");
        return new Email(
                event + ": " + vendor + " is no longer active",
                vendor + ", booked for " + event + " (" + when(parameters.get(NotificationParameters.STARTS_AT))
                        + "), has been deactivated on Ticket or Leave It and cannot be booked for now.\n"
                        + "The booking stays on your event: get in touch with them, or unbook them if they no longer"
                        + " take part." + SIGNATURE);
    }

    /** The subject of a waiting-list offer is the offer itself. */
    private static Email waitingListOffer(UUID offerId, Map<String, String> parameters) {
        String until = parameters.getOrDefault(NotificationParameters.EXPIRES_AT, "a few minutes from now");
        return new Email(
                "A seat you waited for is yours until " + until,
                "A seat of " + parameters.getOrDefault(NotificationParameters.TIER_NAME, "the tier you waited for")
                        + " came back, and you are first on its waiting list: we hold it for you until " + until
                        + ", for " + amount(parameters) + ".\n\n"
                        + "Buy it with one order, as any other, naming the offer:\n"
                        + "  POST /api/v1/orders  {\"eventId\": \""
                        + parameters.get(NotificationParameters.EVENT_ID) + "\", \"tierId\": \""
                        + parameters.get(NotificationParameters.TIER_ID) + "\", \"offerId\": \"" + offerId
                        + "\", \"paymentToken\": \"...\"}\n\n"
                        + "Not bought by then, the seat goes to the next person waiting." + SIGNATURE);
    }

    private static Email eventReminder(Map<String, String> parameters) {
        String name = parameters.getOrDefault(NotificationParameters.EVENT_NAME, "Your event");
        String startsAt = parameters.containsKey(NotificationParameters.STARTS_AT)
                ? when(parameters.get(NotificationParameters.STARTS_AT))
                : "soon";
        return new Email(
                "Reminder: " + name + " is coming up",
                name + " starts " + startsAt + ", at "
                        + parameters.getOrDefault(NotificationParameters.VENUE, "its venue")
                        + ".\nBring the ticket codes from your confirmation mail; each is checked in at the door."
                        + "\n\nNo longer want these reminders? Turn them off in your preferences." + SIGNATURE);
    }

    /** A moment as the event announced it: "Tuesday 1 June 2027 at 20:00 (+02:00)". */
    private static String when(String isoWithOffset) {
        return isoWithOffset == null
                ? "date to be announced"
                : OffsetDateTime.parse(isoWithOffset)
                        .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm (xxx)", Locale.ENGLISH));
    }

    private static Email orderConfirmed(UUID orderId, Map<String, String> parameters) {
        List<String> codes = listed(parameters.get(NotificationParameters.TICKET_CODES));
        List<String> payloads = listed(parameters.get(NotificationParameters.QR_PAYLOADS));
        boolean withQrCodes = !payloads.isEmpty() && payloads.size() == codes.size();
        String body = "Your order " + orderId + " is confirmed: "
                + parameters.getOrDefault(NotificationParameters.QUANTITY, "your") + " ticket(s), "
                + amount(parameters) + " paid.\n\n"
                + "Your ticket codes:\n"
                + codes.stream().map(code -> "  " + code).collect(Collectors.joining("\n")) + "\n\n"
                + (withQrCodes
                        ? "Each ticket's QR code is attached (ticket-<code>.png): show it, or the code, at the entrance."
                        : "Show a code at the entrance to check in.")
                + SIGNATURE;
        List<Attachment> qrCodes = withQrCodes
                ? IntStream.range(0, codes.size())
                        .mapToObj(i -> new Attachment(
                                "ticket-" + codes.get(i) + ".png", "image/png", QrCodes.png(payloads.get(i))))
                        .toList()
                : List.of();
        return new Email("Your tickets are confirmed", body, qrCodes);
    }

    private static List<String> listed(String commaSeparated) {
        return commaSeparated == null
                ? List.of()
                : Arrays.stream(commaSeparated.split(","))
                        .map(String::trim)
                        .filter(item -> !item.isEmpty())
                        .toList();
    }

    private static String amount(Map<String, String> parameters) {
        String minor = parameters.get(NotificationParameters.AMOUNT_MINOR);
        String currency = parameters.get(NotificationParameters.CURRENCY);
        if (minor == null || currency == null) {
            return "the full amount";
        }
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknownCurrency) {
            digits = 2;
        }
        return BigDecimal.valueOf(Long.parseLong(minor), digits).toPlainString() + " " + currency;
    }

    private static String cancellationReason(String reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "CUSTOMER_REQUEST" -> " as you asked";
            case "LATE_PAYMENT" ->
                ": your payment arrived after the seats we held for you were released, and none were left";
            case "EVENT_CANCELLED" -> ": the event was cancelled by its organizer";
            default -> "";
        };
    }

    private static String rejectionReason(String reason) {
        if (reason == null) {
            return "the seats are not available";
        }
        return switch (reason) {
            case "SOLD_OUT" -> "the tier is sold out";
            case "OVER_ORDER_LIMIT" -> "the order asks for more tickets than one order may buy";
            case "SALES_NOT_OPEN" -> "sales for this tier are not open";
            case "SALES_CLOSED" -> "sales for this tier have closed";
            case "EVENT_CANCELLED" -> "the event was cancelled";
            default -> reason;
        };
    }
}
