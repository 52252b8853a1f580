package com.ticketorleaveit.testing.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CounterIncremented(String counterId, int by, int total) {}
