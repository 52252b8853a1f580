package com.ticketorleaveit.vendors.query.directory;

import com.ticketorleaveit.proto.vendors.v1.BatchGetVendorsRequest;
import com.ticketorleaveit.proto.vendors.v1.BatchGetVendorsResponse;
import com.ticketorleaveit.proto.vendors.v1.GetVendorByNameRequest;
import com.ticketorleaveit.proto.vendors.v1.GetVendorRequest;
import com.ticketorleaveit.proto.vendors.v1.Vendor;
import com.ticketorleaveit.proto.vendors.v1.VendorDirectoryGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.devh.boot.grpc.server.service.GrpcService;

/**
 * The vendor directory over gRPC, for the events context to check vendors it books (exists and active), and for
 * anyone who knows a vendor by name only. Inactive vendors are answered too, with {@code active} false.
 */
@GrpcService
class VendorDirectoryService extends VendorDirectoryGrpc.VendorDirectoryImplBase {

    static final int MAX_BATCH_SIZE = 100;

    private final VendorLookup vendors;

    VendorDirectoryService(VendorLookup vendors) {
        this.vendors = vendors;
    }

    /** NOT_FOUND for an unknown id and for one that is no UUID: no vendor can have it. */
    @Override
    public void getVendor(GetVendorRequest request, StreamObserver<Vendor> response) {
        Optional<DirectoryEntry> vendor = uuid(request.getVendorId()).flatMap(vendors::find);
        if (vendor.isEmpty()) {
            response.onError(Status.NOT_FOUND
                    .withDescription("No vendor " + request.getVendorId() + ".")
                    .asRuntimeException());
            return;
        }
        response.onNext(message(vendor.get()));
        response.onCompleted();
    }

    /** NOT_FOUND for an unknown name, INVALID_ARGUMENT for a blank one; any case finds the vendor. */
    @Override
    public void getVendorByName(GetVendorByNameRequest request, StreamObserver<Vendor> response) {
        if (request.getName().isBlank()) {
            response.onError(Status.INVALID_ARGUMENT
                    .withDescription("A name is required.")
                    .asRuntimeException());
            return;
        }
        Optional<DirectoryEntry> vendor = vendors.findByName(request.getName());
        if (vendor.isEmpty()) {
            response.onError(Status.NOT_FOUND
                    .withDescription("No vendor named '" + request.getName() + "'.")
                    .asRuntimeException());
            return;
        }
        response.onNext(message(vendor.get()));
        response.onCompleted();
    }

    /** The known vendors among the ids, in the order asked; unknown and malformed ids are left out. */
    @Override
    public void batchGetVendors(BatchGetVendorsRequest request, StreamObserver<BatchGetVendorsResponse> response) {
        if (request.getVendorIdsCount() > MAX_BATCH_SIZE) {
            response.onError(Status.INVALID_ARGUMENT
                    .withDescription("At most " + MAX_BATCH_SIZE + " vendor ids per request.")
                    .asRuntimeException());
            return;
        }
        List<UUID> ids = request.getVendorIdsList().stream()
                .map(VendorDirectoryService::uuid)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        Map<UUID, DirectoryEntry> known =
                vendors.findAll(ids).stream().collect(Collectors.toMap(DirectoryEntry::id, Function.identity()));
        response.onNext(BatchGetVendorsResponse.newBuilder()
                .addAllVendors(ids.stream()
                        .map(known::get)
                        .filter(Objects::nonNull)
                        .map(VendorDirectoryService::message)
                        .toList())
                .build());
        response.onCompleted();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Vendor message(DirectoryEntry entry) {
        return Vendor.newBuilder()
                .setVendorId(entry.id().toString())
                .setName(entry.name())
                .setGenre(entry.genre())
                .setActive(entry.active())
                .build();
    }
}
