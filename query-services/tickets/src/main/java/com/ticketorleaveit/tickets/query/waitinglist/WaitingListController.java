package com.ticketorleaveit.tickets.query.waitinglist;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.WaitingListStatus;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's own entry on a tier's waiting list: the latest, should they have joined again after an earlier one
 * ended. Only the caller's own: there is no reading someone else's place.
 */
@RestController
public class WaitingListController {

    private final JdbcTemplate jdbc;

    WaitingListController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(operationId = "getWaitingListEntry", summary = "The caller's entry on a tier's waiting list")
    @GetMapping("/api/v1/events/{eventId}/tiers/{tierId}/waiting-list/me")
    public WaitingListEntryView mine(Caller caller, @PathVariable UUID eventId, @PathVariable UUID tierId) {
        List<WaitingListEntryView> entries = jdbc.query(
                """
                select e.*,
                    case when e.status = 'WAITING' then
                        (select count(*) from tickets_waiting_list w
                          where w.tier_id = e.tier_id and w.status = 'WAITING' and w.number <= e.number)
                    end as position
                from tickets_waiting_list e
                where e.tier_id = ? and e.event_id = ? and e.customer_id = ?
                order by e.number desc
                limit 1""",
                (rs, row) -> new WaitingListEntryView(
                        rs.getObject("entry_id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("tier_id", UUID.class),
                        WaitingListStatus.valueOf(rs.getString("status")),
                        rs.getObject("position") == null ? null : rs.getInt("position"),
                        rs.getTimestamp("joined_at").toInstant(),
                        rs.getObject("offer_id", UUID.class),
                        instant(rs.getTimestamp("offer_expires_at")),
                        rs.getObject("order_id", UUID.class)),
                tierId,
                eventId,
                caller.userId());
        if (entries.isEmpty()) {
            throw ApiException.notFound(
                    TicketErrors.WAITING_LIST_ENTRY_NOT_FOUND,
                    "You are not on the waiting list of tier " + tierId + " of event " + eventId + ".");
        }
        return entries.get(0);
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
