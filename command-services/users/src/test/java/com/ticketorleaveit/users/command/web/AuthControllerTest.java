package com.ticketorleaveit.users.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.command.auth.Authenticator;
import com.ticketorleaveit.users.command.auth.Authenticator.Tokens;
import com.ticketorleaveit.users.command.auth.LoginThrottle;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthControllerTest {

    private static final Tokens TOKENS = new Tokens("access", "refresh", "Bearer", 900, null);

    private final Authenticator authenticator = mock(Authenticator.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final AuthController controller = new AuthController(authenticator, throttle);

    @Test
    void issuesTheTokensOfAValidLogin() {
        when(authenticator.logIn("ada@example.org", "secret")).thenReturn(Optional.of(TOKENS));

        assertThat(controller.token(new AuthController.Login("ada@example.org", "secret")))
                .isEqualTo(TOKENS);
    }

    @Test
    void refusesARejectedLoginAsUnauthenticated() {
        when(authenticator.logIn("ada@example.org", "wrong")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> controller.token(new AuthController.Login("ada@example.org", "wrong")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo(UserErrors.INVALID_CREDENTIALS);
                });
        verify(throttle).failed(eq("ada@example.org"), any());
    }

    @Test
    void aSuccessClearsTheAddressesFailures() {
        when(authenticator.logIn("ada@example.org", "secret")).thenReturn(Optional.of(TOKENS));

        controller.token(new AuthController.Login("ada@example.org", "secret"));

        verify(throttle).succeeded("ada@example.org");
    }

    @Test
    void aLockedAddressIsRefusedWithTheWaitBeforeItsPasswordIsChecked() {
        when(throttle.lockedFor(eq("ada@example.org"), any())).thenReturn(Optional.of(Duration.ofSeconds(8)));

        assertThatThrownBy(() -> controller.token(new AuthController.Login("ada@example.org", "secret")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo(UserErrors.TOO_MANY_LOGIN_ATTEMPTS);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(8));
                });
        verifyNoInteractions(authenticator);
    }

    @Test
    void refusesARejectedRefreshTokenAsUnauthenticated() {
        when(authenticator.refresh("used")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> controller.refresh(new AuthController.Refresh("used")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo(UserErrors.INVALID_REFRESH_TOKEN);
                });
    }

    @Test
    void logsOutWithNoContentWhateverTheToken() {
        var answer = controller.logout(new AuthController.Refresh("any"));

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        verify(authenticator).logOut("any");
    }
}
