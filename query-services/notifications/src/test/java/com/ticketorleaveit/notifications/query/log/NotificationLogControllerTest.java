package com.ticketorleaveit.notifications.query.log;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.platform.web.Caller;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationLogControllerTest {

    private final NotificationLogProjection projection = mock(NotificationLogProjection.class);
    private final NotificationLogController controller = new NotificationLogController(projection);

    @Test
    void showsACustomerOnlyTheirOwnNotifications() {
        var customer = new Caller(UUID.randomUUID(), "ada@example.org", Set.of("CUSTOMER"));
        var order = UUID.randomUUID();

        controller.notifications(order, customer);

        verify(projection).find(customer.userId(), order);
    }

    @Test
    void showsAnAdminEveryonesNotifications() {
        var admin = new Caller(UUID.randomUUID(), "admin@example.org", Set.of("ADMIN"));
        var order = UUID.randomUUID();

        controller.notifications(order, admin);

        verify(projection).find(null, order);
    }
}
