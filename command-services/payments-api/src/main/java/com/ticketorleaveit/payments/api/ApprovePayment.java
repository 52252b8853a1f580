package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the provider's approval. */
public record ApprovePayment(@TargetAggregateIdentifier PaymentId paymentId, String providerReference) {}
