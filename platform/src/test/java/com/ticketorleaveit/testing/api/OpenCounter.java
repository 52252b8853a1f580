package com.ticketorleaveit.testing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenCounter(@TargetAggregateIdentifier String counterId) {}
