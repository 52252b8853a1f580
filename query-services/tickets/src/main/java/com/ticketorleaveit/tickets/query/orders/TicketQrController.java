package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.platform.qr.QrCodes;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.tickets.api.TicketErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ticket's QR code as a PNG, for its buyer (or an admin) to show at the door: it encodes the ticket's signed payload,
 * which the door verifies with the event's key. Someone else's ticket is answered as unknown, as everywhere; a ticket
 * whose payload is not signed yet (moments after its confirmation) too. A void ticket still has its image; the door
 * refuses it.
 */
@RestController
public class TicketQrController {

    private final JdbcTemplate jdbc;

    public TicketQrController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Signed(UUID customerId, String qrPayload) {}

    @Operation(
            operationId = "getTicketQrCode",
            summary = "A ticket's QR code (PNG)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The ticket's signed QR payload as a PNG image",
                            content =
                                    @Content(
                                            mediaType = "image/png",
                                            schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/api/v1/orders/{orderId}/tickets/{code}/qr")
    public ResponseEntity<byte[]> qr(Caller caller, @PathVariable UUID orderId, @PathVariable String code) {
        Signed ticket = jdbc
                .query("""
                        select o.customer_id, t.qr_payload
                          from tickets_order_tickets t
                          join tickets_orders o on o.order_id = t.order_id
                         where t.order_id = ? and t.code = ? and t.qr_payload is not null""", (rs, row) -> new Signed(rs.getObject(1, UUID.class), rs.getString(2)), orderId, code)
                .stream()
                .filter(signed -> caller.isAdmin() || signed.customerId().equals(caller.userId()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(
                        TicketErrors.TICKET_NOT_FOUND, "Order " + orderId + " has no ticket " + code + "."));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(QrCodes.png(ticket.qrPayload()));
    }
}
