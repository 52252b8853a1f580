package com.ticketorleaveit.vendors.query.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ticketorleaveit.local.Postgres;
import com.ticketorleaveit.vendors.api.VendorDeactivated;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorProfileChanged;
import com.ticketorleaveit.vendors.api.VendorReactivated;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The directory in a real PostgreSQL, on the schema its migrations build: what the projection makes of a vendor's
 * events, and what a search then finds.
 */
class VendorDirectoryIT {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private static Postgres postgres;
    private static DataSource dataSource;

    private final VendorDirectoryProjection projection = new VendorDirectoryProjection(new JdbcTemplate(dataSource));
    private final JdbcVendorDirectory directory = new JdbcVendorDirectory(new NamedParameterJdbcTemplate(dataSource));

    @BeforeAll
    static void migrate() throws IOException {
        postgres = Postgres.start(Path.of("target", "it-postgres"));
        String database = postgres.createScratchDatabase("vendors_directory_it");
        dataSource = new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                postgres.jdbcUrl(database) + "?currentSchema=query",
                postgres.user(),
                postgres.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("query")
                .createSchemas(true)
                .locations("classpath:db/query/vendors")
                .load()
                .migrate();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyDirectory() {
        projection.reset();
    }

    @Test
    void findsVendorsByStemmedWordsInNameGenreAndBiography() {
        aVendor("The Night Owls", "Jazz", "A trio of drummers and a bass.");
        aVendor("Brass Band", "Marching", "Loud and proud.");
        aVendor("Quiet Strings", "Classical", "Chamber music for weddings.");

        assertThat(names(search("drummer"))).containsExactly("The Night Owls");
        assertThat(names(search("jazz"))).containsExactly("The Night Owls");
        assertThat(names(search("brass or wedding"))).containsExactly("Brass Band", "Quiet Strings");
        assertThat(names(search("\"chamber music\" -loud"))).containsExactly("Quiet Strings");
    }

    @Test
    void ranksANameMatchBeforeABiographyMatch() {
        aVendor("Aardvark Ensemble", "Folk", "We sometimes play jazz.");
        aVendor("Zed Jazz", "Swing", null);

        assertThat(names(search("jazz"))).containsExactly("Zed Jazz", "Aardvark Ensemble");
    }

    @Test
    void filtersByGenreWhateverItsCaseAndCombinesItWithWords() {
        aVendor("The Night Owls", "Jazz", "Late sets.");
        aVendor("Morning Larks", "jazz", "Early sets.");
        aVendor("Evening Rock", "Rock", "Late sets.");

        assertThat(names(directory.search(query(null, "JAZZ", false))))
                .containsExactly("Morning Larks", "The Night Owls");
        assertThat(names(directory.search(query("late", "jazz", false)))).containsExactly("The Night Owls");
    }

    @Test
    void listsActiveVendorsOnlyUnlessAskedForInactiveOnesToo() {
        aVendor("Active Act", "Pop", null);
        VendorId gone = aVendor("Gone Act", "Pop", null);
        VendorId back = aVendor("Back Act", "Pop", null);
        projection.on(new VendorDeactivated(gone, "Gone Act", UUID.randomUUID(), false, NOW));
        projection.on(new VendorDeactivated(back, "Back Act", UUID.randomUUID(), false, NOW));
        projection.on(new VendorReactivated(back, UUID.randomUUID(), NOW.plusSeconds(60)));

        VendorPage active = directory.search(query(null, null, false));
        VendorPage all = directory.search(query(null, null, true));

        assertThat(names(active)).containsExactly("Active Act", "Back Act");
        assertThat(active.total()).isEqualTo(2);
        assertThat(all.items())
                .extracting(DirectoryEntry::name, DirectoryEntry::active)
                .containsExactly(tuple("Active Act", true), tuple("Back Act", true), tuple("Gone Act", false));
        assertThat(directory.find(gone.value()))
                .get()
                .extracting(DirectoryEntry::active)
                .isEqualTo(false);
    }

    @Test
    void aChangedProfileIsFoundByItsNewWordsAndNameOnly() {
        VendorId owls = aVendor("The Night Owls", "Jazz", "Late sets.");

        projection.on(new VendorProfileChanged(owls, "The Early Birds", "Soul", null, "https://birds.example/p.png"));

        assertThat(search("owls").items()).isEmpty();
        assertThat(names(search("soul birds"))).containsExactly("The Early Birds");
        assertThat(directory.findByName("the early BIRDS ")).get().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(owls.value());
            assertThat(entry.biography()).isNull();
            assertThat(entry.pictureUrl()).isEqualTo("https://birds.example/p.png");
        });
        assertThat(directory.findByName("The Night Owls")).isEmpty();
    }

    @Test
    void pagesThroughVendorsByNameWithoutOverlap() {
        for (String name : new String[] {"delta", "Alpha", "charlie", "Bravo", "echo"}) {
            aVendor(name, "Pop", null);
        }

        VendorPage first = directory.search(new DirectoryQuery(Optional.empty(), Optional.empty(), false, 0, 2));
        VendorPage third = directory.search(new DirectoryQuery(Optional.empty(), Optional.empty(), false, 2, 2));

        assertThat(names(first)).containsExactly("Alpha", "Bravo");
        assertThat(names(third)).containsExactly("echo");
        assertThat(first.total()).isEqualTo(5);
    }

    @Test
    void handlingAnEventTwiceChangesNothing() {
        VendorId owls = aVendor("The Night Owls", "Jazz", null);
        var deactivated = new VendorDeactivated(owls, "The Night Owls", UUID.randomUUID(), false, NOW);

        projection.on(deactivated);
        projection.on(deactivated);
        projection.on(new VendorRegistered(owls, UUID.randomUUID(), "The Night Owls", "Jazz", null, null));

        assertThat(directory.find(owls.value()))
                .get()
                .extracting(DirectoryEntry::active)
                .isEqualTo(false);
    }

    private VendorId aVendor(String name, String genre, String biography) {
        VendorId vendor = VendorId.random();
        projection.on(new VendorRegistered(vendor, UUID.randomUUID(), name, genre, biography, null));
        return vendor;
    }

    private VendorPage search(String words) {
        return directory.search(query(words, null, false));
    }

    private static DirectoryQuery query(String words, String genre, boolean includeInactive) {
        return new DirectoryQuery(Optional.ofNullable(words), Optional.ofNullable(genre), includeInactive, 0, 20);
    }

    private static List<String> names(VendorPage page) {
        return page.items().stream().map(DirectoryEntry::name).toList();
    }
}
