package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void acceptsThePasswordThatWasHashed() {
        String hash = passwords.hash("correct horse battery staple");

        assertThat(passwords.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hash).doesNotContain("correct horse");
    }

    @Test
    void refusesAnotherPassword() {
        assertThat(passwords.matches("wrong horse battery staple", passwords.hash("correct horse battery staple")))
                .isFalse();
    }

    @Test
    void distinguishesLongPasswordsThatDifferBeyondBcryptsSeventyTwoBytes() {
        String common = "x".repeat(100);

        assertThat(passwords.matches(common + "a", passwords.hash(common + "b")))
                .isFalse();
    }

    @Test
    void matchesNothingWhenNoAccountExists() {
        assertThat(passwords.matchesNothing("correct horse battery staple")).isFalse();
    }
}
