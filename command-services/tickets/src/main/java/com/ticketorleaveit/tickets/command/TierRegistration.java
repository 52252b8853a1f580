package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.tickets.api.RegisterTier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers a tier's inventory and its row in the lookup table in one transaction; a repeated registration finds
 * the row and changes nothing.
 */
@Component
class TierRegistration {

    private final RegisteredTiers registeredTiers;
    private final Repository<TierInventory> inventories;

    TierRegistration(RegisteredTiers registeredTiers, Repository<TierInventory> inventories) {
        this.registeredTiers = registeredTiers;
        this.inventories = inventories;
    }

    @CommandHandler
    void handle(RegisterTier command) throws Exception {
        if (registeredTiers.register(command.tierId(), command.eventId())) {
            inventories.newInstance(() -> new TierInventory(command));
        }
    }
}
