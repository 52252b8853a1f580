package com.ticketorleaveit.users.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.users.api.DeactivateUser;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.RevokeRole;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserId;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class AdminUsersControllerTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final AdminUsersController controller = new AdminUsersController(commands);
    private final Caller admin = new Caller(UUID.randomUUID(), "root@example.org", Set.of("CUSTOMER", "ADMIN"));
    private final UUID vera = UUID.randomUUID();

    @Test
    void grantsARoleNamedInAnyCaseInTheAdminsName() {
        var answer = controller.grant(admin, vera, "organizer");

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        verify(commands).sendAndWait(new GrantRole(new UserId(vera), Role.ORGANIZER, admin.userId()));
    }

    @Test
    void revokesInTheAdminsNameSoThatTheirOwnAdminRoleIsRecognised() {
        var answer = controller.revoke(admin, vera, "VENDOR");

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        verify(commands).sendAndWait(new RevokeRole(new UserId(vera), Role.VENDOR, admin.userId()));
    }

    @Test
    void refusesAnUnknownRoleBeforeAnyCommand() {
        assertThatThrownBy(() -> controller.grant(admin, vera, "SUPERUSER"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo(UserErrors.UNKNOWN_ROLE);
                });
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void deactivatesAsTheUserClosingTheirOwnAccountWould() {
        var answer = controller.deactivate(vera);

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        verify(commands).sendAndWait(new DeactivateUser(new UserId(vera)));
    }
}
