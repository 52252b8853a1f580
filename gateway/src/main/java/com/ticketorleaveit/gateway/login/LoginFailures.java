package com.ticketorleaveit.gateway.login;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Failed logins per connecting address, in windows of fixed length: past the allowance, the address is refused
 * until its window ends.
 */
interface LoginFailures {

    /** How long the address must wait before it may try again; empty when it may try now. */
    Mono<Duration> blockedFor(String address);

    /** Counts one failed login of the address. */
    Mono<Void> failed(String address);
}
