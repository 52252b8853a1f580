package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The plain-text emails, one per notification kind. */
final class EmailTemplates {

    /** An email ready to send. */
    record Email(String subject, String body) {}

    private static final String SIGNATURE = "\n\nTicket or Leave It\n";

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
        };
    }

    private static Email orderConfirmed(UUID orderId, Map<String, String> parameters) {
        String codes = Arrays.stream(parameters
                        .getOrDefault(NotificationParameters.TICKET_CODES, "")
                        .split(","))
                .map(String::trim)
                .filter(code -> !code.isEmpty())
                .map(code -> "  " + code)
                .collect(Collectors.joining("\n"));
        String body = "Your order " + orderId + " is confirmed: "
                + parameters.getOrDefault(NotificationParameters.QUANTITY, "your") + " ticket(s), "
                + amount(parameters) + " paid.\n\n"
                + "Your ticket codes:\n" + codes + "\n\n"
                + "Show a code at the entrance to check in." + SIGNATURE;
        return new Email("Your tickets are confirmed", body);
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
