package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guessing one account's password is slowed to a crawl: past a few failures, each further one locks the address for
 * twice as long, and a locked login is refused before its password is even hashed.
 */
class LoginThrottleSystemIT extends SystemTest {

    private static final int GUESSES = 1_000;

    @Test
    void aThousandWrongPasswordsForOneAccountAreThrottledWhileOtherAccountsLogIn() {
        var target = ticketing.aCustomer();
        Map<Integer, Integer> answers = new HashMap<>();
        Api.Response lastRefusal = null;

        for (int i = 0; i < GUESSES; i++) {
            var answer = ticketing.api.post(
                    "/api/v1/auth/token", null, Map.of("email", target.email(), "password", "guess " + i));
            answers.merge(answer.status(), 1, Integer::sum);
            if (answer.status() == 429) {
                lastRefusal = answer;
            }
        }

        // five free failures, then one more each time a lock (1 s, 2 s, 4 s …) has run out
        assertThat(answers.getOrDefault(401, 0)).as("%s", answers).isBetween(6, 20);
        assertThat(answers.getOrDefault(429, 0)).as("%s", answers).isEqualTo(GUESSES - answers.get(401));
        RequestValidationSystemIT.assertProblem(lastRefusal, 429, "TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(Long.parseLong(lastRefusal.header("Retry-After"))).isPositive();

        var rightPasswordWhileLocked = ticketing.api.post(
                "/api/v1/auth/token", null, Map.of("email", target.email(), "password", Ticketing.PASSWORD));
        RequestValidationSystemIT.assertProblem(rightPasswordWhileLocked, 429, "TOO_MANY_LOGIN_ATTEMPTS");

        var someoneElse = ticketing.aCustomer();
        assertThat(someoneElse.accessToken())
                .as("another account logs in from the same address")
                .isNotBlank();
    }

    @Test
    void anAddressNobodyRegisteredIsThrottledTheSameWay() {
        String nobody = "nobody-" + java.util.UUID.randomUUID() + "@example.test";
        Map<Integer, Integer> answers = new HashMap<>();

        for (int i = 0; i < 8; i++) {
            var answer =
                    ticketing.api.post("/api/v1/auth/token", null, Map.of("email", nobody, "password", "guess " + i));
            answers.merge(answer.status(), 1, Integer::sum);
        }

        assertThat(answers)
                .as("the same answers as for an account: nothing tells it apart")
                .containsKey(429);
    }
}
