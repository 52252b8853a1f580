package com.ticketorleaveit.events.command.vendors;

import com.ticketorleaveit.proto.vendors.v1.BatchGetVendorsRequest;
import com.ticketorleaveit.proto.vendors.v1.BatchGetVendorsResponse;
import com.ticketorleaveit.proto.vendors.v1.Vendor;
import com.ticketorleaveit.proto.vendors.v1.VendorDirectoryGrpc.VendorDirectoryBlockingStub;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The vendor directory served by query-services over gRPC. Each call has a deadline; UNAVAILABLE and a missed
 * deadline are retried with exponential backoff and jitter (a lookup changes nothing, so asking again is safe, and a
 * fresh replica's first call also sets up its channel); a circuit breaker around the whole lookup stops calling a
 * directory that keeps failing, so event creation fails fast with 503 instead of piling up waiting requests.
 */
class GrpcVendorDirectory implements VendorDirectory {

    /** Failures that say the directory is unwell, as opposed to a bad request. */
    private static final Set<Status.Code> OUTAGES = Set.of(
            Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED,
            Status.Code.RESOURCE_EXHAUSTED,
            Status.Code.INTERNAL,
            Status.Code.UNKNOWN);

    /** Failures worth asking again for. */
    private static final Set<Status.Code> RETRIED = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

    private final VendorDirectoryBlockingStub stub;
    private final VendorDirectoryProperties properties;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    GrpcVendorDirectory(VendorDirectoryBlockingStub stub, VendorDirectoryProperties properties) {
        this.stub = stub;
        this.properties = properties;
        this.retry = Retry.of(
                "vendor-directory",
                RetryConfig.custom()
                        .maxAttempts(properties.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                properties.initialBackoff(), properties.backoffMultiplier(), 0.5))
                        .retryOnException(e -> e instanceof StatusRuntimeException s
                                && RETRIED.contains(s.getStatus().getCode()))
                        .build());
        this.circuitBreaker = CircuitBreaker.of(
                "vendor-directory",
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(properties.failureRateThreshold())
                        .slidingWindowSize(properties.slidingWindowSize())
                        .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                        .waitDurationInOpenState(properties.waitInOpenState())
                        .recordException(e -> e instanceof StatusRuntimeException s
                                && OUTAGES.contains(s.getStatus().getCode()))
                        .build());
    }

    @Override
    public Map<UUID, Boolean> activeByIds(Collection<UUID> vendorIds) {
        BatchGetVendorsRequest request = BatchGetVendorsRequest.newBuilder()
                .addAllVendorIds(vendorIds.stream().map(UUID::toString).toList())
                .build();
        Supplier<BatchGetVendorsResponse> call =
                () -> stub.withDeadlineAfter(properties.deadline().toMillis(), TimeUnit.MILLISECONDS)
                        .batchGetVendors(request);
        BatchGetVendorsResponse response;
        try {
            response = CircuitBreaker.decorateSupplier(circuitBreaker, Retry.decorateSupplier(retry, call))
                    .get();
        } catch (CallNotPermittedException e) {
            throw new VendorDirectoryUnavailable("The vendor directory is failing; calls are paused.", e);
        } catch (StatusRuntimeException e) {
            throw new VendorDirectoryUnavailable("The vendor directory did not answer: " + e.getStatus(), e);
        }
        Map<UUID, Boolean> active = new HashMap<>();
        for (Vendor vendor : response.getVendorsList()) {
            active.put(UUID.fromString(vendor.getVendorId()), vendor.getActive());
        }
        return active;
    }
}
