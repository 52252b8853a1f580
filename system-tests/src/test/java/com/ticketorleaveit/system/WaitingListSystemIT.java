package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Customers wait for a sold-out tier, through the gateway: a seat that comes back is offered to the first of them, who
 * buys it with one order, or whose offer runs out and passes to the next.
 */
class WaitingListSystemIT extends SystemTest {

    static Ticketing.User organizer;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
    }

    private static String waitingList(Ticketing.Event event) {
        return "/api/v1/events/" + event.id() + "/tiers/" + event.tier().id() + "/waiting-list";
    }

    private Api.Response join(Ticketing.User customer, Ticketing.Event event) {
        return ticketing.api.post(waitingList(event), customer.accessToken(), Map.of());
    }

    private Api.Response entry(Ticketing.User customer, Ticketing.Event event) {
        return ticketing.api.get(waitingList(event) + "/me", customer.accessToken());
    }

    private JsonNode entryWhen(Ticketing.User customer, Ticketing.Event event, String status, Duration timeout) {
        return Ticketing.eventually(
                        customer.email() + " " + status,
                        timeout,
                        () -> entry(customer, event),
                        r -> r.status() == 200
                                && r.json().get("status").asText().equals(status))
                .json();
    }

    private Api.Response buyOffer(Ticketing.User customer, Ticketing.Event event, String offerId, String key) {
        return ticketing.api.post(
                "/api/v1/orders",
                customer.accessToken(),
                Map.of(
                        "eventId",
                        event.id(),
                        "tierId",
                        event.tier().id(),
                        "offerId",
                        offerId,
                        "paymentToken",
                        "tok_approve"),
                Map.of("Idempotency-Key", key));
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    @Test
    void aCancelledSeatIsOfferedToTheFirstCustomerWaitingWhoBuysItWithOneOrder() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 1, 1, List.of());
        var buyer = ticketing.aCustomer();
        String sold = ticketing.buy(buyer, event, 1, "tok_approve");
        assertThat(ticketing.finalOrder(buyer, sold).get("status").asText()).isEqualTo("CONFIRMED");
        var anna = ticketing.aCustomer();
        var ben = ticketing.aCustomer();

        var joined = join(anna, event);
        var again = join(anna, event);
        var second = join(ben, event);

        assertThat(joined.status()).as("join %s", joined).isEqualTo(201);
        assertThat(joined.header("Location")).isEqualTo(waitingList(event) + "/me");
        assertThat(joined.json().get("status").asText()).isEqualTo("WAITING");
        assertThat(joined.json().get("position").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("entryId").asText())
                .isEqualTo(joined.json().get("entryId").asText());
        assertThat(second.json().get("position").asInt()).isEqualTo(2);
        assertThat(entryWhen(ben, event, "WAITING", Duration.ofSeconds(10))
                        .get("position")
                        .asInt())
                .isEqualTo(2);

        assertThat(ticketing.cancel(buyer, sold).status()).isEqualTo(202);

        JsonNode offered = entryWhen(anna, event, "OFFERED", Duration.ofSeconds(20));
        String offerId = offered.get("offerId").asText();
        assertThat(offered.get("offerExpiresAt").asText()).isNotBlank();
        assertProblem(buyOffer(ben, event, offerId, "not-mine"), 404, "OFFER_NOT_FOUND");
        var placed = buyOffer(anna, event, offerId, "from-the-list");
        assertThat(placed.status()).as("buy the offer %s", placed).isEqualTo(202);
        assertThat(placed.json().get("status").asText()).isEqualTo("RESERVED");
        String bought = placed.json().get("orderId").asText();
        assertThat(ticketing.finalOrder(anna, bought).get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode purchased = entryWhen(anna, event, "PURCHASED", Duration.ofSeconds(10));
        assertThat(purchased.get("orderId").asText()).isEqualTo(bought);
        assertThat(entryWhen(ben, event, "WAITING", Duration.ofSeconds(10))
                        .get("position")
                        .asInt())
                .isEqualTo(1);
        assertProblem(buyOffer(anna, event, offerId, "once-more"), 409, "OFFER_USED");

        MimeMessage mail = ticketing
                .mailsAbout(anna, "A seat you waited for", mails -> !mails.isEmpty())
                .get(0);
        assertThat(Ticketing.text(mail)).contains(offerId).contains(event.tier().id());

        assertThat(ticketing
                        .api
                        .delete(waitingList(event) + "/me", ben.accessToken())
                        .status())
                .isEqualTo(204);
        assertThat(entryWhen(ben, event, "LEFT", Duration.ofSeconds(10))
                        .path("position")
                        .isIntegralNumber())
                .isFalse();
        ticketing.orderWhen(buyer, sold, "REFUNDED");
        ticketing.eventuallyRemaining(event, 0);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void anOfferNobodyBuysRunsOutAndPassesToTheNextCustomer() {
        var event = ticketing.aPublishedEvent(organizer, 1, 1, List.of());
        var holder = ticketing.aCustomer();
        // never answered: the order expires when its hold runs out, and its seat comes back
        String unpaid = ticketing.buy(holder, event, 1, "tok_timeout");
        var first = ticketing.aCustomer();
        var second = ticketing.aCustomer();
        assertThat(join(first, event).status()).isEqualTo(201);
        assertThat(join(second, event).status()).isEqualTo(201);
        var onSale = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        assertProblem(join(first, onSale), 409, "TIER_NOT_SOLD_OUT");
        assertProblem(
                ticketing.api.post(
                        "/api/v1/events/" + event.id() + "/tiers/" + UUID.randomUUID() + "/waiting-list",
                        first.accessToken(),
                        Map.of()),
                404,
                "TIER_NOT_FOUND");

        ticketing.orderWhen(holder, unpaid, "EXPIRED");
        JsonNode offer = entryWhen(first, event, "OFFERED", Duration.ofSeconds(20));
        String firstOffer = offer.get("offerId").asText();
        assertThat(entry(second, event).json().get("status").asText()).isEqualTo("WAITING");

        JsonNode passedOn = entryWhen(second, event, "OFFERED", RunningSystem.OFFER_HOLD.plusSeconds(20));

        assertThat(entry(first, event).json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(passedOn.get("offerId").asText()).isNotEqualTo(firstOffer);
        assertProblem(buyOffer(first, event, firstOffer, "too-late"), 409, "OFFER_EXPIRED");
        var placed = buyOffer(second, event, passedOn.get("offerId").asText(), "my-turn");
        assertThat(placed.status()).as("buy the offer %s", placed).isEqualTo(202);
        assertThat(ticketing
                        .finalOrder(second, placed.json().get("orderId").asText())
                        .get("status")
                        .asText())
                .isEqualTo("CONFIRMED");
        ticketing.mailsAbout(first, "A seat you waited for", mails -> mails.size() == 1);
        ticketing.mailsAbout(second, "A seat you waited for", mails -> mails.size() == 1);
        assertProblem(entry(holder, event), 404, "WAITING_LIST_ENTRY_NOT_FOUND");
        ticketing.eventuallyRemaining(event, 0);
    }
}
