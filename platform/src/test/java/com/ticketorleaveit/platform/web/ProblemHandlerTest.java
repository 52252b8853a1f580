package com.ticketorleaveit.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void typedRefusalKeepsItsStatusAndCode() {
        var response = handler.refused(Rejections.conflict("EMAIL_ALREADY_REGISTERED", "taken"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().getProperties()).containsEntry("code", "EMAIL_ALREADY_REGISTERED");
    }

    @Test
    void missingAggregateIsNotFoundWhetherLocalOrRemote() {
        var local = handler.infrastructure(new AggregateNotFoundException("order-1", "no such order"));
        var remote = handler.refused(new CommandExecutionException(
                "failed remotely",
                new RemoteHandlingException(RemoteExceptionDescription.describing(
                        new AggregateNotFoundException("order-1", "no such order")))));

        assertThat(local.getStatusCode().value()).isEqualTo(404);
        assertThat(remote.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void concurrentModificationIsAConflictToRetry() {
        var response = handler.infrastructure(new ConcurrencyException("version mismatch"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }

    @Test
    void unreachableNodeIsServiceUnavailable() {
        var response = handler.infrastructure(new CommandDispatchException("connection refused"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    }

    @Test
    void anythingElseIsAnInternalError() {
        var response = handler.refused(new CommandExecutionException("boom", new IllegalStateException("boom")));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
    }
}
