package com.ticketorleaveit.saga.accounts;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.users.api.DuplicateRegistrationAttempted;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Tells an account's owner that someone registered with their address (ADR 25): registration answered the caller as
 * if the address were free. One mail per recorded attempt, its id derived from the attempt, so a redelivered event asks
 * for the same mail, which is sent once.
 */
@Component
@ProcessingGroup(AccountNotices.PROCESSING_GROUP)
public class AccountNotices {

    public static final String PROCESSING_GROUP = "account-notices";

    private final CommandGateway commandGateway;

    AccountNotices(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(DuplicateRegistrationAttempted event) {
        commandGateway.sendAndWait(notice(event));
    }

    static RequestNotification notice(DuplicateRegistrationAttempted event) {
        return new RequestNotification(
                NotificationId.of(event.noticeId(), NotificationKind.ACCOUNT_EXISTS),
                event.userId().value(),
                event.email(),
                NotificationKind.ACCOUNT_EXISTS,
                event.noticeId(),
                Map.of());
    }
}
