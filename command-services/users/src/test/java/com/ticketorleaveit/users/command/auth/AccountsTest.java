package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountsTest {

    @Test
    void aOneTimePasswordsTokensCarryNoRoleButCustomer() {
        var account =
                new Accounts.Account(UUID.randomUUID(), "root@example.org", "hash", List.of("CUSTOMER", "ADMIN"), true);

        assertThat(account.effectiveRoles()).containsExactly("CUSTOMER");
    }

    @Test
    void aChosenPasswordsTokensCarryEveryRole() {
        var account = new Accounts.Account(
                UUID.randomUUID(), "root@example.org", "hash", List.of("CUSTOMER", "ADMIN"), false);

        assertThat(account.effectiveRoles()).containsExactly("CUSTOMER", "ADMIN");
    }
}
