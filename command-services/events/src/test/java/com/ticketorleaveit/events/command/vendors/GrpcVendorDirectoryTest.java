package com.ticketorleaveit.events.command.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.proto.vendors.v1.BatchGetVendorsRequest;
import com.ticketorleaveit.proto.vendors.v1.BatchGetVendorsResponse;
import com.ticketorleaveit.proto.vendors.v1.Vendor;
import com.ticketorleaveit.proto.vendors.v1.VendorDirectoryGrpc;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.ConnectivityState;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client's deadline, retries and circuit breaker against a real gRPC server on a local port (Netty, as in
 * production), scripted to be slow, to fail, or not to be there at all.
 */
class GrpcVendorDirectoryTest {

    /** Short enough for a test, in the proportions of the defaults: three tries, a breaker judging a few lookups. */
    private static final VendorDirectoryProperties PROPERTIES = new VendorDirectoryProperties(
            Duration.ofMillis(300), 3, Duration.ofMillis(20), 2.0, 50, 4, 4, Duration.ofMillis(500));

    private final UUID owls = UUID.randomUUID();
    private final UUID retired = UUID.randomUUID();
    private final ScriptedDirectory service = new ScriptedDirectory(Map.of(owls, true, retired, false));

    private Server server;
    private ManagedChannel channel;

    @AfterEach
    void stop() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void answersWhetherEachKnownVendorIsActiveAndLeavesUnknownOnesOut() {
        GrpcVendorDirectory directory = clientOf(serving());
        UUID unknown = UUID.randomUUID();

        Map<UUID, Boolean> active = directory.activeByIds(List.of(owls, retired, unknown));

        assertThat(active).containsOnly(Map.entry(owls, true), Map.entry(retired, false));
    }

    @Nested
    class ASlowDirectory {

        @Test
        void isGivenUpOnAtTheDeadlineOfEachOfThreeTries() {
            service.otherwise(Behaviour.slow(Duration.ofSeconds(5)));
            GrpcVendorDirectory directory = clientOf(serving());

            long started = System.nanoTime();
            assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                    .isInstanceOf(VendorDirectoryUnavailable.class)
                    .satisfies(e -> assertThat(statusOf(e)).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(service.calls()).isEqualTo(3);
            // three deadlines and two short backoffs, far from the five seconds a single answer would take
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(3));
        }

        @Test
        void isAskedAgainWhenItMissedTheDeadlineOnce() {
            service.then(Behaviour.slow(Duration.ofSeconds(5)));
            GrpcVendorDirectory directory = clientOf(serving());

            assertThat(directory.activeByIds(List.of(owls))).containsEntry(owls, true);
            assertThat(service.calls()).isEqualTo(2);
        }
    }

    @Nested
    class ADirectoryThatIsDown {

        @Test
        void isTriedThreeTimesThenReportedUnavailableWithoutWaitingForAnything() throws IOException {
            GrpcVendorDirectory directory = clientOf(aPortNobodyListensOn());

            long started = System.nanoTime();
            assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                    .isInstanceOf(VendorDirectoryUnavailable.class)
                    .satisfies(e -> assertThat(statusOf(e)).isEqualTo(Status.Code.UNAVAILABLE));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }

        @Test
        void answersOnceItIsBackUp() throws IOException {
            int port = aPortNobodyListensOn();
            GrpcVendorDirectory directory = clientOf(port);
            assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                    .isInstanceOf(VendorDirectoryUnavailable.class);

            serving(port);

            assertThat(Retrying.eventually(() -> directory.activeByIds(List.of(owls))))
                    .containsEntry(owls, true);
        }
    }

    @Nested
    class AFailingDirectory {

        @Test
        void isAskedAgainAfterUnavailableAndItsAnswerTaken() {
            service.then(Behaviour.fail(Status.Code.UNAVAILABLE));
            service.then(Behaviour.fail(Status.Code.UNAVAILABLE));
            GrpcVendorDirectory directory = clientOf(serving());

            assertThat(directory.activeByIds(List.of(owls, retired)))
                    .containsOnly(Map.entry(owls, true), Map.entry(retired, false));
            assertThat(service.calls()).isEqualTo(3);
        }

        @ParameterizedTest
        @EnumSource(
                value = Status.Code.class,
                names = {"NOT_FOUND", "INVALID_ARGUMENT", "INTERNAL", "PERMISSION_DENIED"})
        void isNotAskedAgainForAnAnswerThatWouldNotChange(Status.Code code) {
            service.then(Behaviour.fail(code));
            GrpcVendorDirectory directory = clientOf(serving());

            assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                    .isInstanceOf(VendorDirectoryUnavailable.class)
                    .satisfies(e -> assertThat(statusOf(e)).isEqualTo(code));
            assertThat(service.calls()).isEqualTo(1);
        }

        @Test
        void opensTheCircuitAfterRepeatedInternalErrorsThenFailsFastWithoutCallingIt() {
            service.otherwise(Behaviour.fail(Status.Code.INTERNAL));
            GrpcVendorDirectory directory = clientOf(serving());
            for (int i = 0; i < PROPERTIES.minimumNumberOfCalls(); i++) {
                assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                        .isInstanceOf(VendorDirectoryUnavailable.class)
                        .satisfies(e -> assertThat(statusOf(e)).isEqualTo(Status.Code.INTERNAL));
            }
            int callsBeforeOpening = service.calls();

            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                        .isInstanceOf(VendorDirectoryUnavailable.class)
                        .hasCauseInstanceOf(CallNotPermittedException.class);
            }

            assertThat(callsBeforeOpening).isEqualTo(PROPERTIES.minimumNumberOfCalls());
            assertThat(service.calls()).isEqualTo(callsBeforeOpening);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
        }

        @Test
        void letsCallsThroughAgainOnceTheOpenCircuitHasWaited() throws InterruptedException {
            for (int i = 0; i < PROPERTIES.minimumNumberOfCalls(); i++) {
                service.then(Behaviour.fail(Status.Code.INTERNAL));
            }
            GrpcVendorDirectory directory = clientOf(serving());
            for (int i = 0; i < PROPERTIES.minimumNumberOfCalls(); i++) {
                assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                        .isInstanceOf(VendorDirectoryUnavailable.class);
            }
            assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                    .hasCauseInstanceOf(CallNotPermittedException.class);

            Thread.sleep(PROPERTIES.waitInOpenState().toMillis() + 100);

            assertThat(directory.activeByIds(List.of(owls))).containsEntry(owls, true);
            assertThat(directory.activeByIds(List.of(retired))).containsEntry(retired, false);
        }

        @Test
        void countsNeitherARefusedRequestNorNotFoundAsTheDirectoryFailing() {
            for (int i = 0; i < 10; i++) {
                service.then(Behaviour.fail(i % 2 == 0 ? Status.Code.NOT_FOUND : Status.Code.INVALID_ARGUMENT));
            }
            GrpcVendorDirectory directory = clientOf(serving());
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> directory.activeByIds(List.of(owls)))
                        .isInstanceOf(VendorDirectoryUnavailable.class);
            }

            assertThat(directory.activeByIds(List.of(owls))).containsEntry(owls, true);
            assertThat(service.calls()).isEqualTo(11);
        }
    }

    private int serving() {
        try {
            return serving(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the scripted directory on this port (0: any free one) and answers the port. */
    private int serving(int port) throws IOException {
        server = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
                .addService(service)
                .build()
                .start();
        return server.getPort();
    }

    /**
     * A client with the test's short deadlines. Against a server that is up, the channel is connected first: the
     * deadlines judge the answers, not the connection's set-up (a busy machine can take longer than a deadline to
     * open one).
     */
    private GrpcVendorDirectory clientOf(int port) {
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create())
                .build();
        if (server != null && server.getPort() == port) {
            connected(channel);
        }
        return new GrpcVendorDirectory(VendorDirectoryGrpc.newBlockingStub(channel), PROPERTIES);
    }

    private static void connected(ManagedChannel channel) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (channel.getState(true) != ConnectivityState.READY) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no connection to the test's gRPC server within 10 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One call through the whole stack first, so that no test's deadline pays for loading gRPC's classes. */
    @BeforeAll
    static void warmUp() throws Exception {
        var directory = new ScriptedDirectory(Map.of());
        Server warm = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(directory)
                .build()
                .start();
        ManagedChannel warmChannel = Grpc.newChannelBuilderForAddress(
                        "127.0.0.1", warm.getPort(), InsecureChannelCredentials.create())
                .build();
        try {
            VendorDirectoryGrpc.newBlockingStub(warmChannel)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .batchGetVendors(BatchGetVendorsRequest.newBuilder()
                            .addVendorIds(UUID.randomUUID().toString())
                            .build());
        } finally {
            warmChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            warm.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static int aPortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Status.Code statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StatusRuntimeException status) {
                return status.getStatus().getCode();
            }
        }
        throw new AssertionError("No gRPC status behind " + failure);
    }

    /** What the directory does with one call. */
    interface Behaviour {

        void respond(BatchGetVendorsRequest request, StreamObserver<BatchGetVendorsResponse> response, Runnable answer);

        static Behaviour answer() {
            return (request, response, answer) -> answer.run();
        }

        static Behaviour slow(Duration delay) {
            return (request, response, answer) -> {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                answer.run();
            };
        }

        static Behaviour fail(Status.Code code) {
            return (request, response, answer) ->
                    response.onError(code.toStatus().withDescription("scripted").asRuntimeException());
        }
    }

    /** A directory that knows some vendors and behaves as scripted: the next behaviours in turn, then the usual one. */
    static final class ScriptedDirectory extends VendorDirectoryGrpc.VendorDirectoryImplBase {

        private final Map<UUID, Boolean> vendors;
        private final Queue<Behaviour> script = new ConcurrentLinkedQueue<>();
        private final AtomicInteger calls = new AtomicInteger();
        private volatile Behaviour usual = Behaviour.answer();

        ScriptedDirectory(Map<UUID, Boolean> vendors) {
            this.vendors = vendors;
        }

        void then(Behaviour behaviour) {
            script.add(behaviour);
        }

        void otherwise(Behaviour behaviour) {
            usual = behaviour;
        }

        int calls() {
            return calls.get();
        }

        @Override
        public void batchGetVendors(BatchGetVendorsRequest request, StreamObserver<BatchGetVendorsResponse> response) {
            calls.incrementAndGet();
            Behaviour next = script.poll();
            (next == null ? usual : next).respond(request, response, () -> {
                response.onNext(BatchGetVendorsResponse.newBuilder()
                        .addAllVendors(request.getVendorIdsList().stream()
                                .filter(id -> vendors.containsKey(UUID.fromString(id)))
                                .map(id -> Vendor.newBuilder()
                                        .setVendorId(id)
                                        .setName("Vendor " + id)
                                        .setGenre("jazz")
                                        .setActive(vendors.get(UUID.fromString(id)))
                                        .build())
                                .toList())
                        .build());
                response.onCompleted();
            });
        }
    }

    /** Asks until an answer comes, for at most ten seconds: a channel reconnects to a server that is back with backoff. */
    static final class Retrying {

        static <T> T eventually(java.util.function.Supplier<T> call) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (true) {
                try {
                    return call.get();
                } catch (VendorDirectoryUnavailable e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
    }
}
