package com.ticketorleaveit.queryservices;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The read models of every context in one deployable, projected from the event store, and the reads that span several
 * of them: their reconciliation, an event's refund progress and the events a user holds tickets for.
 */
@SpringBootApplication(
        scanBasePackages = {
            "com.ticketorleaveit.users.query",
            "com.ticketorleaveit.organizers.query",
            "com.ticketorleaveit.vendors.query",
            "com.ticketorleaveit.events.query",
            "com.ticketorleaveit.tickets.query",
            "com.ticketorleaveit.payments.query",
            "com.ticketorleaveit.notifications.query",
            "com.ticketorleaveit.queryservices.reconciliation",
            "com.ticketorleaveit.queryservices.eventviews",
            "com.ticketorleaveit.queryservices.accounthistory"
        })
public class QueryServicesApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(QueryServicesApplication.class, args);
    }
}
