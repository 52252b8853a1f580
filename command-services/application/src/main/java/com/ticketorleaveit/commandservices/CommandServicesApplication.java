package com.ticketorleaveit.commandservices;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The command side of every context in one deployable; each context stays a module of its own. What spans two contexts
 * in one request lives here, speaking only their published languages ({@code eventsales}, ADR 17).
 */
@SpringBootApplication(
        scanBasePackages = {
            "com.ticketorleaveit.users.command",
            "com.ticketorleaveit.organizers.command",
            "com.ticketorleaveit.vendors.command",
            "com.ticketorleaveit.events.command",
            "com.ticketorleaveit.tickets.command",
            "com.ticketorleaveit.payments.command",
            "com.ticketorleaveit.notifications.command",
            "com.ticketorleaveit.commandservices.eventsales"
        })
public class CommandServicesApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CommandServicesApplication.class, args);
    }
}
