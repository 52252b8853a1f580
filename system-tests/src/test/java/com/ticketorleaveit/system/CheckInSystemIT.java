package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tickets at the door, through the gateway: each ticket's QR code carries a payload signed with its event's key, which
 * verifies offline; the organizer and the door staff it names check tickets in once, whether by code or by payload,
 * and two doors scanning one ticket at the same moment let it in once. The confirmation mail carries each QR code.
 */
class CheckInSystemIT extends SystemTest {

    static Ticketing.User organizer;
    static Ticketing.Event event;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
        event = ticketing.aPublishedEvent(organizer, 20, 4, List.of());
    }

    private record Ticket(String orderId, String code) {}

    private static List<Ticket> ticketsBoughtBy(Ticketing.User buyer, Ticketing.Event event, int quantity) {
        String orderId = ticketing.buy(buyer, event, quantity, "tok_approve");
        JsonNode order = ticketing.finalOrder(buyer, orderId);
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        List<Ticket> tickets = new ArrayList<>();
        order.get("tickets")
                .forEach(ticket ->
                        tickets.add(new Ticket(orderId, ticket.get("code").asText())));
        return tickets;
    }

    private static Api.Response scan(Ticketing.User door, Ticketing.Event event, String field, String value) {
        return ticketing.api.post(
                "/api/v1/events/" + event.id() + "/check-ins", door.accessToken(), Map.of(field, value));
    }

    /** The payload the buyer's QR image shows, read back from the PNG. */
    private static String qrPayloadOf(Ticketing.User buyer, Ticket ticket) throws Exception {
        Api.Bytes png = Ticketing.eventually(
                "QR code of " + ticket.code(),
                () -> ticketing.api.getBytes(
                        "/api/v1/orders/" + ticket.orderId() + "/tickets/" + ticket.code() + "/qr",
                        buyer.accessToken()),
                r -> r.status() == 200);
        assertThat(png.contentType()).isEqualTo("image/png");
        return readQr(png.body());
    }

    /**
     * Read as the pure barcode the PNG is: ZXing's photograph detector mistakes a run of data modules for a finder
     * pattern on about 2 % of perfectly drawn codes.
     */
    private static String readQr(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }

    private static PublicKey checkInKeyOf(Ticketing.Event event, Ticketing.User caller) throws Exception {
        var key = ticketing.api.get("/api/v1/events/" + event.id() + "/check-in-key", caller.accessToken());
        assertThat(key.status()).as("check-in key %s", key).isEqualTo(200);
        assertThat(key.json().get("algorithm").asText()).isEqualTo("Ed25519");
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                        .decode(key.json().get("publicKeySpki").asText())));
    }

    @Test
    void aTicketsQrCodeIsSignedForItsEventAndVerifiesOfflineWithTheEventsPublicKey() throws Exception {
        var buyer = ticketing.aCustomer();
        Ticket ticket = ticketsBoughtBy(buyer, event, 1).get(0);

        String payload = qrPayloadOf(buyer, ticket);
        PublicKey key = checkInKeyOf(event, organizer);

        String[] parts = payload.split("\\.");
        assertThat(parts).hasSize(3);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .isEqualTo(String.join(
                        "\n", ticket.code(), event.id(), event.tier().id(), "Ada Lovelace"));
        MimeMessage mail = ticketing
                .mailsAbout(buyer, "confirmed", mails -> !mails.isEmpty())
                .get(0);
        var mailParts = (MimeMultipart) mail.getContent();
        var qrCode = mailParts.getBodyPart(mailParts.getCount() - 1);
        assertThat(qrCode.getFileName()).isEqualTo("ticket-" + ticket.code() + ".png");
        assertThat(qrCode.getContentType()).startsWith("image/png");
        assertThat(readQr(qrCode.getInputStream().readAllBytes())).isEqualTo(payload);
        var someoneElse = ticketing.aCustomer();
        assertThat(ticketing
                        .api
                        .getBytes(
                                "/api/v1/orders/" + ticket.orderId() + "/tickets/" + ticket.code() + "/qr",
                                someoneElse.accessToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theFirstScanChecksATicketInAndASecondSaysWhen() throws Exception {
        var buyer = ticketing.aCustomer();
        List<Ticket> tickets = ticketsBoughtBy(buyer, event, 2);

        var first = scan(organizer, event, "payload", qrPayloadOf(buyer, tickets.get(0)));
        var second = scan(organizer, event, "code", tickets.get(0).code());
        var otherTicket = scan(organizer, event, "code", tickets.get(1).code());

        assertThat(first.status()).as("first scan %s", first).isEqualTo(201);
        assertThat(first.json().get("status").asText()).isEqualTo("CHECKED_IN");
        assertThat(first.json().get("ticketCode").asText())
                .isEqualTo(tickets.get(0).code());
        assertThat(first.header("Location"))
                .endsWith("/check-ins/" + tickets.get(0).code());
        assertThat(second.status()).as("second scan %s", second).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("code").asText()).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(Instant.parse(second.json().get("checkedInAt").asText()))
                .isEqualTo(Instant.parse(first.json().get("checkedInAt").asText()));
        assertThat(otherTicket.status()).isEqualTo(201);
        JsonNode order = Ticketing.eventually(
                        "check-in shown on the order",
                        () -> ticketing.api.get(
                                "/api/v1/orders/" + tickets.get(0).orderId(), buyer.accessToken()),
                        r -> r.status() == 200 && r.json().get("tickets").get(0).hasNonNull("checkedInAt"))
                .json();
        assertThat(Instant.parse(order.get("tickets").get(0).get("checkedInAt").asText()))
                .isEqualTo(Instant.parse(first.json().get("checkedInAt").asText()));
    }

    @Test
    void twoDoorsScanningOneTicketAtOnceLetItInExactlyOnce() throws Exception {
        var buyer = ticketing.aCustomer();
        var steward = ticketing.aCustomer();
        assertThat(ticketing
                        .api
                        .put("/api/v1/events/" + event.id() + "/door-staff/" + steward.id(), organizer.accessToken())
                        .status())
                .isEqualTo(200);
        List<Ticket> tickets = ticketsBoughtBy(buyer, event, 4);
        String payload = qrPayloadOf(buyer, tickets.get(0));

        for (Ticket ticket : tickets) {
            CountDownLatch ready = new CountDownLatch(2);
            ExecutorService doors = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Api.Response>> scans = List.of(
                        () -> {
                            ready.countDown();
                            ready.await();
                            return scan(organizer, event, "code", ticket.code());
                        },
                        () -> {
                            ready.countDown();
                            ready.await();
                            return ticket == tickets.get(0)
                                    ? scan(steward, event, "payload", payload)
                                    : scan(steward, event, "code", ticket.code());
                        });
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Response> answer : doors.invokeAll(scans)) {
                    statuses.add(answer.get().status());
                }
                assertThat(statuses).as("ticket %s", ticket.code()).containsExactlyInAnyOrder(201, 409);
            } finally {
                doors.shutdownNow();
            }
        }
    }

    @Test
    void aVoidTicketAnotherEventsTicketAndAForgedPayloadAdmitNobody() throws Exception {
        var buyer = ticketing.aCustomer();
        List<Ticket> tickets = ticketsBoughtBy(buyer, event, 2);
        String payload = qrPayloadOf(buyer, tickets.get(1));
        var otherEvent = ticketing.aPublishedEvent(organizer, 5, 2, List.of());
        var cancelled = ticketing.cancel(buyer, tickets.get(0).orderId());
        assertThat(cancelled.status()).isEqualTo(202);

        var voided = scan(organizer, event, "code", tickets.get(0).code());
        var elsewhere = scan(organizer, otherEvent, "payload", payload);
        String[] parts = payload.split("\\.");
        String otherName = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("Ada Lovelace", "Mallory")
                        .getBytes(StandardCharsets.UTF_8));
        var forged = scan(organizer, event, "payload", parts[0] + "." + otherName + "." + parts[2]);
        var unknown = scan(organizer, event, "code", "NOSUCHTICKETCODE");

        assertThat(voided.status()).as("void %s", voided).isEqualTo(409);
        assertThat(voided.json().get("code").asText()).isEqualTo("TICKET_VOID");
        assertThat(elsewhere.status()).as("another event %s", elsewhere).isEqualTo(422);
        assertThat(elsewhere.json().get("code").asText()).isEqualTo("TICKET_OF_ANOTHER_EVENT");
        assertThat(forged.status()).as("forged %s", forged).isEqualTo(400);
        assertThat(forged.json().get("code").asText()).isEqualTo("TICKET_FORGED");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void onlyTheOrganizerItsDoorStaffAndAdminsCheckTicketsIn() {
        var buyer = ticketing.aCustomer();
        var stranger = ticketing.aCustomer();
        List<Ticket> tickets = ticketsBoughtBy(buyer, event, 2);

        var byStranger = scan(stranger, event, "code", tickets.get(0).code());
        var byTheBuyer = scan(buyer, event, "code", tickets.get(0).code());
        var grantByStranger = ticketing.api.put(
                "/api/v1/events/" + event.id() + "/door-staff/" + stranger.id(), stranger.accessToken());
        var byAdmin = scan(ticketing.anAdmin(), event, "code", tickets.get(1).code());
        var unauthenticated = ticketing.api.post(
                "/api/v1/events/" + event.id() + "/check-ins",
                null,
                Map.of("code", tickets.get(0).code()));

        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(byStranger.json().get("code").asText()).isEqualTo("NOT_DOOR_STAFF");
        assertThat(byTheBuyer.status()).isEqualTo(403);
        assertThat(grantByStranger.status()).isEqualTo(403);
        assertThat(grantByStranger.json().get("code").asText()).isEqualTo("NOT_EVENT_OWNER");
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(unauthenticated.status()).isEqualTo(401);
    }
}
