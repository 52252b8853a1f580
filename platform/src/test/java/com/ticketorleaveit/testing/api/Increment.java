package com.ticketorleaveit.testing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record Increment(@TargetAggregateIdentifier String counterId, int by) {}
