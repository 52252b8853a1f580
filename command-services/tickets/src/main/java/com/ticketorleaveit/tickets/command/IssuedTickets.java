package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.tickets.api.OrderId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which order issued a ticket code, written in the same transaction as the order's confirmation: a door scans only a
 * code, and the check-in is a command to that order, routed by its tier. The code is the key, so two orders can never
 * hold the same code.
 */
public interface IssuedTickets {

    void issued(OrderId orderId, UUID tierId, UUID eventId, List<String> codes);

    Optional<IssuedTicket> byCode(String code);

    /** A ticket code and the order, tier and event it belongs to. */
    record IssuedTicket(String code, OrderId orderId, UUID tierId, UUID eventId) {}
}
