package com.ticketorleaveit.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.platform.refusal.Refusals;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.RemoteNonTransientHandlingException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(Refusals::invalid, 400),
                refusal(Refusals::notPermitted, 403),
                refusal(Refusals::notFound, 404),
                refusal(Refusals::conflict, 409),
                refusal(Refusals::ruleViolation, 422));
    }

    private static Arguments refusal(BiFunction<String, String, CommandExecutionException> refuse, int status) {
        return Arguments.of(refuse.apply("SOME_CODE", "refused"), status);
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusalLeavesWithTheStatusOfItsCategoryAndItsCode(CommandExecutionException refusal, int status) {
        var response = handler.refused(refusal);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().getProperties()).containsEntry("code", "SOME_CODE");
        assertThat(response.getBody().getDetail()).isEqualTo("refused");
    }

    @Test
    void missingAggregateIsNotFoundWhetherLocalOrRemote() {
        var local = handler.infrastructure(new AggregateNotFoundException("order-1", "no such order"));
        var remote = handler.refused(new CommandExecutionException(
                "failed remotely",
                new RemoteHandlingException(RemoteExceptionDescription.describing(
                        new AggregateNotFoundException("order-1", "no such order")))));

        // as it really comes back from another node: a missing aggregate is a non-transient failure
        var remoteNonTransient = handler.refused(new CommandExecutionException(
                "The remote handler threw an exception",
                new RemoteNonTransientHandlingException(RemoteExceptionDescription.describing(
                        new AggregateNotFoundException("event-1", "The aggregate was not found in the event store")))));

        assertThat(local.getStatusCode().value()).isEqualTo(404);
        assertThat(remote.getStatusCode().value()).isEqualTo(404);
        assertThat(remoteNonTransient.getStatusCode().value()).isEqualTo(404);
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
    void aBusyRefusalIsServiceUnavailableForAMoment() {
        var response = handler.refused(Refusals.busy("PURCHASES_BUSY", "Too many purchases under way."));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().getProperties()).containsEntry("code", "PURCHASES_BUSY");
    }

    @Test
    void anythingElseIsAnInternalError() {
        var response = handler.refused(new CommandExecutionException("boom", new IllegalStateException("boom")));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
    }

    @Test
    void aRefusalSpringMadeWithAClientErrorStatusKeepsItsStatusAndReason() {
        var answer = handler.refusedWithStatus(
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "settleSeconds out of range"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "BAD_REQUEST");
        assertThat(answer.getBody().getDetail()).isEqualTo("settleSeconds out of range");
    }

    @Test
    void aServerErrorStatusSpringChoseIsStillAnInternalError() {
        var answer = handler.refusedWithStatus(new ResponseStatusException(HttpStatus.BAD_GATEWAY, "upstream"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
    }

    @Test
    void aMediaTypeTheResourceCannotProduceIsNotAcceptableRatherThanAnError() {
        var answer = handler.notAcceptable(new org.springframework.web.HttpMediaTypeNotAcceptableException("text/csv"));

        assertThat(answer.getStatusCode().value()).isEqualTo(406);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "NOT_ACCEPTABLE");
    }

    @Test
    void aBadParameterIsNamedWithoutJavaTypesOrConverterMessages() throws Exception {
        var parameter = new MethodParameter(ProblemHandlerTest.class.getDeclaredMethod("byId", UUID.class), 0);
        var mismatch = new MethodArgumentTypeMismatchException(
                "not-a-uuid",
                UUID.class,
                "eventId",
                parameter,
                new IllegalArgumentException("Invalid UUID string: not-a-uuid"));

        var response = handler.badParameter(mismatch);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().getProperties()).containsEntry("code", "INVALID_PARAMETER");
        assertThat(response.getBody().getDetail())
                .isEqualTo("Parameter 'eventId' has an invalid value.")
                .doesNotContain("java.", "UUID");
    }

    @Test
    void aMethodNotAllowedSaysWhichWithoutTheFrameworksMessage() {
        var response = handler.method(new HttpRequestMethodNotSupportedException("DELETE", List.of("GET")));

        assertThat(response.getStatusCode().value()).isEqualTo(405);
        assertThat(response.getBody().getDetail()).isEqualTo("DELETE is not allowed on this resource.");
    }

    @SuppressWarnings("unused")
    private static void byId(UUID eventId) {}

    @Test
    void anUnreachableDatabaseIsA503WhetherHereOrOnTheNodeThatHandledTheCommand() {
        var here = handler.databaseDown(new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLTransientConnectionException("pool timed out")));
        var inACommand = handler.unexpected(new CommandExecutionException(
                "failed", new CannotCreateTransactionException("Could not open JDBC Connection for transaction")));
        var remote = handler.refused(new CommandExecutionException(
                "The remote handler threw an exception",
                new RemoteHandlingException(RemoteExceptionDescription.describing(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("Connection is not available"))))));

        for (var response : List.of(here, inACommand, remote)) {
            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            assertThat(response.getBody().getProperties()).containsEntry("code", "SERVICE_UNAVAILABLE");
        }
    }
}
