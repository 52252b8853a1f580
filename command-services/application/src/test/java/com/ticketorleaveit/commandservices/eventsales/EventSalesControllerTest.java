package com.ticketorleaveit.commandservices.eventsales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.events.api.ChangeTier;
import com.ticketorleaveit.events.api.CloseSales;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.SalesClosedTiers;
import com.ticketorleaveit.events.api.TierChangeAccepted;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;

class EventSalesControllerTest {

    private static final Caller ORGANIZER = new Caller(UUID.randomUUID(), "org@example.test", Set.of("ORGANIZER"));
    private static final UUID EVENT = UUID.randomUUID();

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final List<Object> sent = new ArrayList<>();
    private final EventSalesController controller = new EventSalesController(commandGateway);

    private void answering(Object answer) {
        when(commandGateway.sendAndWait(any())).thenAnswer(call -> {
            Object command = call.getArgument(0);
            sent.add(command);
            if (command instanceof CloseTierSales closing && closing.tierId().equals(notRegistered)) {
                throw new AggregateNotFoundException(closing.tierId().toString(), "no tier");
            }
            return command instanceof ChangeTier || command instanceof CloseSales ? answer : null;
        });
    }

    private UUID notRegistered;

    @Test
    void aPublishedTiersCapacityIsDecidedByItsInventory() {
        UUID tier = UUID.randomUUID();
        answering(new TierChangeAccepted(80));

        controller.changeTier(ORGANIZER, EVENT, tier, new ChangeTierRequest(null, null, null, 80, null, null, null));

        assertThat(sent).hasSize(2).last().isEqualTo(new ChangeTierCapacity(tier, 80));
    }

    @Test
    void aDraftsTierChangeEndsWithTheEvent() {
        answering(new TierChangeAccepted(null));

        controller.changeTier(
                ORGANIZER, EVENT, UUID.randomUUID(), new ChangeTierRequest("Pit", null, null, 80, null, null, null));

        assertThat(sent).hasSize(1).first().isInstanceOf(ChangeTier.class);
    }

    @Test
    void closesEveryTierBeforeAnsweringAndLeavesOneNotYetRegisteredToTheOrchestrator() {
        TierId first = TierId.random();
        TierId second = TierId.random();
        notRegistered = second.value();
        answering(new SalesClosedTiers(List.of(first, second)));

        var answer = controller.closeSales(ORGANIZER, EVENT);

        assertThat(answer.status()).isEqualTo("SALES_CLOSED");
        assertThat(sent.subList(1, 3))
                .containsExactly(new CloseTierSales(first.value()), new CloseTierSales(second.value()));
    }

    @Test
    void anUnknownEventIsNotFound() {
        when(commandGateway.sendAndWait(any())).thenThrow(new AggregateNotFoundException(EVENT.toString(), "none"));

        assertThatThrownBy(() -> controller.closeSales(ORGANIZER, EVENT))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(EventErrors.EVENT_NOT_FOUND));
    }
}
