package com.ticketorleaveit.vendors.query.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.ticketorleaveit.proto.vendors.v1.BatchGetVendorsRequest;
import com.ticketorleaveit.proto.vendors.v1.GetVendorByNameRequest;
import com.ticketorleaveit.proto.vendors.v1.GetVendorRequest;
import com.ticketorleaveit.proto.vendors.v1.Vendor;
import com.ticketorleaveit.proto.vendors.v1.VendorDirectoryGrpc;
import com.ticketorleaveit.proto.vendors.v1.VendorDirectoryGrpc.VendorDirectoryBlockingStub;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VendorDirectoryServiceTest {

    private final DirectoryEntry nightOwls = aVendorNamed("The Night Owls");
    private final DirectoryEntry brassBand = aVendorNamed("Brass Band");
    private final DirectoryEntry retired =
            new DirectoryEntry(UUID.randomUUID(), "Old Timers", "swing", null, null, false);
    private final VendorLookup directory = new FixedDirectory(List.of(nightOwls, brassBand, retired));

    private Server server;
    private ManagedChannel channel;
    private VendorDirectoryBlockingStub client;

    @BeforeEach
    void startServer() throws IOException {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name)
                .directExecutor()
                .addService(new VendorDirectoryService(directory))
                .build()
                .start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        client = VendorDirectoryGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void stopServer() {
        channel.shutdownNow();
        server.shutdownNow();
    }

    @Test
    void returnsAKnownVendor() {
        Vendor vendor = client.getVendor(request(nightOwls.id().toString()));

        assertThat(vendor.getVendorId()).isEqualTo(nightOwls.id().toString());
        assertThat(vendor.getName()).isEqualTo("The Night Owls");
        assertThat(vendor.getGenre()).isEqualTo("jazz");
        assertThat(vendor.getActive()).isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownVendor() {
        assertThatThrownBy(() -> client.getVendor(request(UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void answersNotFoundForAnIdThatIsNoUuid() {
        assertThatThrownBy(() -> client.getVendor(request("not-a-uuid")))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void returnsOnlyTheKnownVendorsOfABatchInTheOrderAsked() {
        List<Vendor> vendors = client.batchGetVendors(BatchGetVendorsRequest.newBuilder()
                        .addVendorIds(brassBand.id().toString())
                        .addVendorIds(UUID.randomUUID().toString())
                        .addVendorIds("not-a-uuid")
                        .addVendorIds(nightOwls.id().toString())
                        .build())
                .getVendorsList();

        assertThat(vendors).extracting(Vendor::getName).containsExactly("Brass Band", "The Night Owls");
    }

    @Test
    void refusesABatchOfMoreThanAHundredIds() {
        BatchGetVendorsRequest tooMany = BatchGetVendorsRequest.newBuilder()
                .addAllVendorIds(IntStream.range(0, 101)
                        .mapToObj(i -> UUID.randomUUID().toString())
                        .toList())
                .build();

        assertThatThrownBy(() -> client.batchGetVendors(tooMany))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void answersAnInactiveVendorAsInactive() {
        Vendor vendor = client.getVendor(request(retired.id().toString()));

        assertThat(vendor.getActive()).isFalse();
    }

    @Test
    void findsAVendorByItsNameWhateverItsCase() {
        Vendor vendor = client.getVendorByName(byName("  the NIGHT owls "));

        assertThat(vendor.getVendorId()).isEqualTo(nightOwls.id().toString());
        assertThat(vendor.getName()).isEqualTo("The Night Owls");
        assertThat(vendor.getActive()).isTrue();
    }

    @Test
    void answersNotFoundForANameNoVendorHas() {
        assertThatThrownBy(() -> client.getVendorByName(byName("Nobody")))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> client.getVendorByName(byName(" ")))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    /** Clients built against an earlier contract keep working: what was published keeps its names and numbers. */
    @Test
    void keepsEveryMethodAndFieldNumberItEverPublished() {
        assertThat(VendorDirectoryGrpc.getServiceDescriptor().getMethods())
                .extracting(MethodDescriptor::getBareMethodName)
                .contains("GetVendor", "BatchGetVendors", "GetVendorByName");
        assertThat(Vendor.getDescriptor().getFields())
                .extracting(FieldDescriptor::getName, FieldDescriptor::getNumber)
                .startsWith(tuple("vendor_id", 1), tuple("name", 2), tuple("genre", 3), tuple("active", 4));
        assertThat(GetVendorRequest.getDescriptor().findFieldByNumber(1).getName())
                .isEqualTo("vendor_id");
        assertThat(BatchGetVendorsRequest.getDescriptor().findFieldByNumber(1).getName())
                .isEqualTo("vendor_ids");
    }

    private static GetVendorByNameRequest byName(String name) {
        return GetVendorByNameRequest.newBuilder().setName(name).build();
    }

    private static GetVendorRequest request(String vendorId) {
        return GetVendorRequest.newBuilder().setVendorId(vendorId).build();
    }

    private static DirectoryEntry aVendorNamed(String name) {
        return new DirectoryEntry(UUID.randomUUID(), name, "jazz", "Plays late.", null, true);
    }

    private static final class FixedDirectory implements VendorLookup {

        private final Map<UUID, DirectoryEntry> entries;

        FixedDirectory(List<DirectoryEntry> entries) {
            this.entries = entries.stream().collect(Collectors.toMap(DirectoryEntry::id, Function.identity()));
        }

        @Override
        public Optional<DirectoryEntry> find(UUID vendorId) {
            return Optional.ofNullable(entries.get(vendorId));
        }

        @Override
        public List<DirectoryEntry> findAll(Collection<UUID> vendorIds) {
            return vendorIds.stream()
                    .map(entries::get)
                    .filter(entry -> entry != null)
                    .toList();
        }

        @Override
        public Optional<DirectoryEntry> findByName(String name) {
            return entries.values().stream()
                    .filter(entry -> entry.name().equalsIgnoreCase(name.strip()))
                    .findFirst();
        }
    }
}
