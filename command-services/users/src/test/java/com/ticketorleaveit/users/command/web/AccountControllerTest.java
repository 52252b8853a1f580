package com.ticketorleaveit.users.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.users.api.ChangePassword;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.command.auth.Authenticator;
import com.ticketorleaveit.users.command.auth.Authenticator.PasswordCheck;
import com.ticketorleaveit.users.command.auth.Passwords;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class AccountControllerTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final Authenticator authenticator = mock(Authenticator.class);
    private final Passwords passwords = mock(Passwords.class);
    private final AccountController controller = new AccountController(commands, authenticator, passwords);
    private final Caller ada = new Caller(UUID.randomUUID(), "ada@example.org", Set.of("CUSTOMER"));

    @Test
    void changesThePasswordToTheHashOfTheNewOneWhenTheOldOneMatches() {
        when(authenticator.checkPassword(ada.userId(), "old password")).thenReturn(PasswordCheck.MATCHES);
        when(passwords.hash("new password")).thenReturn("new-hash");

        var answer =
                controller.changePassword(new AccountController.PasswordChange("old password", "new password"), ada);

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        verify(commands).sendAndWait(new ChangePassword(new UserId(ada.userId()), "new-hash"));
    }

    @Test
    void refusesAWrongOldPasswordAsForbiddenAndChangesNothing() {
        when(authenticator.checkPassword(ada.userId(), "guess")).thenReturn(PasswordCheck.WRONG);

        assertThatThrownBy(() ->
                        controller.changePassword(new AccountController.PasswordChange("guess", "new password"), ada))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo(UserErrors.WRONG_PASSWORD);
                });
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void answersNotFoundForAUserWithoutCredentials() {
        when(authenticator.checkPassword(ada.userId(), "old password")).thenReturn(PasswordCheck.NO_ACCOUNT);

        assertThatThrownBy(() -> controller.changePassword(
                        new AccountController.PasswordChange("old password", "new password"), ada))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo(UserErrors.USER_NOT_FOUND);
                });
        verify(commands, never()).sendAndWait(any());
    }
}
