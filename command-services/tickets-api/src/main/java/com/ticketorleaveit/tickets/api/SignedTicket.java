package com.ticketorleaveit.tickets.api;

/**
 * A ticket's code and what its QR code shows: the code, event, tier and holder's name, signed with the event's
 * check-in key (Ed25519), so that a door can verify it offline.
 */
public record SignedTicket(String code, String qrPayload) {}
