package com.ticketorleaveit.system;

import org.junit.jupiter.api.BeforeAll;

/** A system test class: the one running system of this test JVM (started by the first class), and its API in domain words. */
abstract class SystemTest {

    static RunningSystem system;
    static Ticketing ticketing;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
        ticketing = new Ticketing(system);
    }
}
