package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first admin, made from configuration at the first start, and what admins do to other users' accounts (ADR 26),
 * through the gateway.
 */
class AdminsSystemIT extends SystemTest {

    private static final String CHOSEN_PASSWORD = "the first admin's own passphrase";

    /** The first admin, signed in after changing the one-time password. */
    private static Ticketing.User admin;

    @BeforeAll
    static void theFirstAdminSignsInAndChangesTheOneTimePassword() throws Exception {
        String email = system.firstAdminEmail();
        var file = system.firstAdminPasswordFile();
        Ticketing.eventually(
                "the first admin's password file", Duration.ofSeconds(60), () -> Files.exists(file), exists -> exists);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("the password file is its owner's alone")
                .isEqualTo("rw-------");
        String oneTimePassword = Files.readString(file).strip();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(24);

        var firstLogin = Ticketing.eventually(
                "the first admin's first login",
                () -> ticketing.api.post(
                        "/api/v1/auth/token", null, Map.of("email", email, "password", oneTimePassword)),
                r -> r.status() == 200);
        assertThat(firstLogin.json().get("passwordChangeRequired").asBoolean())
                .as("%s", firstLogin)
                .isTrue();
        String limited = firstLogin.json().get("accessToken").asText();
        assertThat(Ticketing.roles(limited)).containsExactly("CUSTOMER");
        String someone = ticketing.aCustomer().id();
        assertProblem(ticketing.api.put("/api/v1/admin/users/" + someone + "/roles/VENDOR", limited), 403, "FORBIDDEN");

        var changed = ticketing.api.post(
                "/api/v1/users/me/password",
                limited,
                Map.of("oldPassword", oneTimePassword, "newPassword", CHOSEN_PASSWORD));
        assertThat(changed.status()).as("%s", changed).isEqualTo(204);
        var login = ticketing.api.post("/api/v1/auth/token", null, Map.of("email", email, "password", CHOSEN_PASSWORD));
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        assertThat(login.json().has("passwordChangeRequired")).as("%s", login).isFalse();
        String token = login.json().get("accessToken").asText();
        assertThat(Ticketing.roles(token)).containsExactlyInAnyOrder("CUSTOMER", "ADMIN");
        admin = new Ticketing.User(
                Ticketing.subject(token),
                email,
                token,
                login.json().get("refreshToken").asText());
        assertThat(ticketing
                        .api
                        .post("/api/v1/auth/token", null, Map.of("email", email, "password", oneTimePassword))
                        .status())
                .as("the one-time password, once changed")
                .isEqualTo(401);
    }

    @Test
    void aGrantedRoleIsInTheUsersNextTokenAndARevokedOneIsNot() {
        var vera = ticketing.aCustomer();

        var granted = ticketing.api.put("/api/v1/admin/users/" + vera.id() + "/roles/VENDOR", admin.accessToken());
        assertThat(granted.status()).as("%s", granted).isEqualTo(204);
        assertThat(Ticketing.roles(tokenOf(vera))).containsExactlyInAnyOrder("CUSTOMER", "VENDOR");
        assertThat(ticketing
                        .api
                        .put("/api/v1/admin/users/" + vera.id() + "/roles/vendor", admin.accessToken())
                        .status())
                .as("granting it again")
                .isEqualTo(204);

        var revoked = ticketing.api.delete("/api/v1/admin/users/" + vera.id() + "/roles/VENDOR", admin.accessToken());
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(204);
        assertThat(Ticketing.roles(tokenOf(vera))).containsExactly("CUSTOMER");
        Ticketing.eventually(
                "the profile without the revoked role",
                () -> ticketing.api.get("/api/v1/users/me", vera.accessToken()),
                r -> r.status() == 200 && r.body().contains("\"roles\":[\"CUSTOMER\"]"));
    }

    @Test
    void refusesUnknownRolesAndUsersTheCustomerRoleAndItsOwnAdminRole() {
        var vera = ticketing.aCustomer();
        String token = admin.accessToken();

        assertProblem(
                ticketing.api.put("/api/v1/admin/users/" + vera.id() + "/roles/SUPERUSER", token), 400, "UNKNOWN_ROLE");
        assertProblem(
                ticketing.api.put("/api/v1/admin/users/" + UUID.randomUUID() + "/roles/VENDOR", token),
                404,
                "USER_NOT_FOUND");
        assertProblem(
                ticketing.api.delete("/api/v1/admin/users/" + vera.id() + "/roles/CUSTOMER", token),
                409,
                "ROLE_NOT_REVOCABLE");
        assertProblem(
                ticketing.api.delete("/api/v1/admin/users/" + admin.id() + "/roles/ADMIN", token),
                409,
                "OWN_ADMIN_ROLE");
        assertProblem(
                ticketing.api.put("/api/v1/admin/users/" + vera.id() + "/roles/ADMIN", vera.accessToken()),
                403,
                "FORBIDDEN");
    }

    @Test
    void aDeactivatedUserLogsInNoMore() {
        var carla = ticketing.aCustomer();

        var deactivated =
                ticketing.api.post("/api/v1/admin/users/" + carla.id() + "/deactivate", admin.accessToken(), Map.of());
        assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(204);
        assertProblem(
                ticketing.api.post(
                        "/api/v1/auth/token", null, Map.of("email", carla.email(), "password", Ticketing.PASSWORD)),
                401,
                "INVALID_CREDENTIALS");
        assertThat(ticketing
                        .api
                        .post("/api/v1/admin/users/" + carla.id() + "/deactivate", admin.accessToken(), Map.of())
                        .status())
                .as("deactivating again")
                .isEqualTo(204);
        assertProblem(
                ticketing.api.put("/api/v1/admin/users/" + carla.id() + "/roles/VENDOR", admin.accessToken()),
                404,
                "USER_NOT_FOUND");
    }

    private static String tokenOf(Ticketing.User user) {
        var tokens = ticketing.api.post(
                "/api/v1/auth/token", null, Map.of("email", user.email(), "password", Ticketing.PASSWORD));
        assertThat(tokens.status()).as("%s", tokens).isEqualTo(200);
        return tokens.json().get("accessToken").asText();
    }
}
