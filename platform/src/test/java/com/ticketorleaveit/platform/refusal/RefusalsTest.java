package com.ticketorleaveit.platform.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.platform.refusal.Refusal.Category;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.extensions.springcloud.commandhandling.SpringHttpReplyMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void aRefusalCarriesItsCategoryAndCode() {
        CommandExecutionException refused = Refusals.ruleViolation("INVALID_SCHEDULE", "ends before it starts");

        assertThat(Refusals.of(refused)).contains(new Refusal(Category.RULE_VIOLATION, "INVALID_SCHEDULE"));
        assertThat(refused).hasMessage("ends before it starts");
    }

    @Test
    void eachFactoryNamesItsCategory() {
        assertThat(Refusals.of(Refusals.invalid("C", "m"))).contains(new Refusal(Category.INVALID, "C"));
        assertThat(Refusals.of(Refusals.notFound("C", "m"))).contains(new Refusal(Category.NOT_FOUND, "C"));
        assertThat(Refusals.of(Refusals.notPermitted("C", "m"))).contains(new Refusal(Category.NOT_PERMITTED, "C"));
        assertThat(Refusals.of(Refusals.conflict("C", "m"))).contains(new Refusal(Category.CONFLICT, "C"));
    }

    @Test
    void isFoundBehindTheExceptionsThatWrapIt() {
        var wrapped = new IllegalStateException("dispatch failed", Refusals.conflict("ORDER_ALREADY_ENDED", "ended"));

        assertThat(Refusals.is(wrapped, "ORDER_ALREADY_ENDED")).isTrue();
        assertThat(Refusals.is(wrapped, "ORDER_NOT_PAID")).isFalse();
    }

    @Test
    void otherFailuresAreNoRefusal() {
        var unexpected = new CommandExecutionException("boom", new IllegalStateException("boom"), "not a refusal");

        assertThat(Refusals.of(unexpected)).isEmpty();
        assertThat(Refusals.of(new IllegalStateException("boom"))).isEmpty();
        assertThat(Refusals.is(unexpected, "boom")).isFalse();
    }

    @Test
    void survivesTheDistributedCommandBus() {
        var serializer = JacksonSerializer.defaultSerializer();
        var reply = new SpringHttpReplyMessage<>(
                "command-1",
                GenericCommandResultMessage.asCommandResultMessage(Refusals.conflict("VENDOR_NAME_TAKEN", "taken")),
                serializer);

        Throwable received = reply.getCommandResultMessage(serializer).exceptionResult();

        assertThat(Refusals.of(received)).contains(new Refusal(Category.CONFLICT, "VENDOR_NAME_TAKEN"));
    }
}
