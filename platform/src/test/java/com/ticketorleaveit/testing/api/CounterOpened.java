package com.ticketorleaveit.testing.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CounterOpened(String counterId) {}
