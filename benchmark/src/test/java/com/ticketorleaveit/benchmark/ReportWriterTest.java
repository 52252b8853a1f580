package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.benchmark.Latencies.Summary;
import com.ticketorleaveit.benchmark.Results.CatalogResult;
import com.ticketorleaveit.benchmark.Results.FloorResult;
import com.ticketorleaveit.benchmark.Results.HotSaleResult;
import com.ticketorleaveit.benchmark.Results.IdleResult;
import com.ticketorleaveit.benchmark.Results.LoginAttackResult;
import com.ticketorleaveit.benchmark.Results.Ratios;
import com.ticketorleaveit.benchmark.Results.Report;
import com.ticketorleaveit.benchmark.Results.SearchResult;
import com.ticketorleaveit.benchmark.Results.SearchStep;
import com.ticketorleaveit.benchmark.Results.SustainedResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final Summary LATENCY = new Summary(100, 12.5, 30.0, 80.25, 120.0);

    private final FloorResult floor = new FloorResult("sustained", 16, 100, 15.0, 30_000, 2_000.0, 0);
    private final FloorResult hotFloor = new FloorResult("hot tier", 16, 1, 10.0, 5_000, 500.0, 0);
    private final SustainedResult sustained = new SustainedResult(
            100,
            50,
            60.0,
            6_000,
            6_000,
            0,
            100.0,
            100.0,
            6_000,
            98.0,
            LATENCY,
            LATENCY,
            12,
            0,
            3.5,
            Map.of("CONFIRMED", 6_000L));
    private final HotSaleResult hotSale = new HotSaleResult(
            2_000, 10_000, 256, 10_000, 0, 20.0, 100.0, 4.0, 2_000, 8_000, 0, Map.of(), 2_000, 0, true);

    @Test
    void ratiosComparePurchasesWithTheFloorOfTheSameRun() {
        Ratios ratios = Ratios.of(sustained, floor, hotSale, hotFloor);

        assertThat(ratios.sustained()).isCloseTo(0.049, within(1e-9));
        assertThat(ratios.hotSale()).isCloseTo(0.2, within(1e-9));
        assertThat(Ratios.of(null, floor, hotSale, null)).isEqualTo(new Ratios(null, null));
    }

    @Test
    void theTableHasARowPerMeasurementWithRatesAndLatencies() {
        String table = ReportWriter.table(aReport());

        assertThat(table.lines().findFirst().orElseThrow()).startsWith("Phase").contains("Rate/s", "p50 ms", "p99 ms");
        assertThat(table)
                .contains("floor: purchase, 100 tiers")
                .contains("catalog: event details")
                .contains("idle: place -> CONFIRMED")
                .contains("sustained: completed")
                .contains("search: largest rate kept")
                .contains("hot on-sale: outcome")
                .contains("exact: CONFIRMED 2000, REJECTED 8000")
                .contains("ratio: sustained / floor")
                .contains("0.049");
        assertThat(table.lines().filter(line -> line.startsWith("sustained: completed")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("98.0", "12.5", "80.3"));
    }

    @Test
    void missingPhasesLeaveNoRowsAndMissingFiguresShowAsSuch() {
        Report report = new Report(
                "start",
                "end",
                Map.of(),
                Map.of(),
                List.of(),
                floor,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                Ratios.of(null, floor, null, null),
                List.of());

        List<ReportWriter.Row> rows = ReportWriter.rows(report);

        assertThat(rows)
                .extracting(ReportWriter.Row::phase)
                .containsExactly(
                        "floor: purchase, 100 tiers", "ratio: sustained / floor", "ratio: hot sell-out / hot floor");
        assertThat(rows.get(1).rate()).isEqualTo("n/a");
    }

    @Test
    void writesOneJsonDocumentNamedAfterTheStartInUtc(@TempDir Path directory) throws Exception {
        Path file = ReportWriter.fileFor(directory, Instant.parse("2026-03-01T09:05:07Z"));

        ReportWriter.write(aReport(), file);

        assertThat(file.getFileName().toString()).isEqualTo("benchmark-20260301T090507Z.json");
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertThat(json.path("floor").path("perSecond").asDouble()).isEqualTo(2_000.0);
        assertThat(json.path("sustained").path("placeToConfirmed").path("p99Ms").asDouble())
                .isEqualTo(80.25);
        assertThat(json.path("hotSale").path("exact").asBoolean()).isTrue();
        assertThat(json.path("search").path("largestKeptPace").asInt()).isEqualTo(200);
        assertThat(json.path("ratios").path("sustained").asDouble()).isCloseTo(0.049, within(1e-9));
        assertThat(json.path("catalog").get(0).path("statuses").path("200").asLong())
                .isEqualTo(1_000);
        assertThat(json.path("notes").get(0).asText()).contains("rate limit");
    }

    @Test
    void theLoginAttackComparesThePurchasesWithAndWithoutIt(@TempDir Path directory) throws Exception {
        LoginAttackResult attack = loginAttack();

        assertThat(attack.completedRatio()).isCloseTo(0.5, within(1e-9));
        assertThat(attack.p99Ratio()).isCloseTo(2.0, within(1e-9));
        assertThat(attack.victimLocked()).isTrue();
        assertThat(attack.otherAccountLoggedIn()).isTrue();
        List<ReportWriter.Row> rows = ReportWriter.rows(aReport()).stream()
                .filter(row -> row.phase().startsWith("login attack"))
                .toList();
        assertThat(rows)
                .extracting(ReportWriter.Row::phase)
                .containsExactly(
                        "login attack: purchases without attack",
                        "login attack: purchases under attack",
                        "login attack: attempts",
                        "login attack: during it",
                        "login attack: under attack / without");
        assertThat(rows.get(1).rate()).isEqualTo("49.0");
        assertThat(rows.get(1).p99()).isEqualTo("160.5");
        assertThat(rows.get(2).rate()).isEqualTo("500.0");
        assertThat(rows.get(2).detail()).contains("12 reached the password check", "401: 12", "429: 14988");
        assertThat(rows.get(3).detail()).contains("HTTP 429 (locked)", "HTTP 200 (signed in)");
        assertThat(rows.get(4).rate()).isEqualTo("0.500");
        assertThat(rows.get(4).detail()).contains("2.000");

        Path file = ReportWriter.write(aReport(), directory.resolve("report.json"));
        JsonNode json = new ObjectMapper().readTree(Files.readString(file)).path("loginAttack");
        assertThat(json.path("reachedPasswordCheck").asLong()).isEqualTo(12);
        assertThat(json.path("underAttack").path("completedPerSecond").asDouble())
                .isEqualTo(49.0);
        assertThat(json.path("statuses").path("429").asLong()).isEqualTo(14_988);
    }

    private LoginAttackResult loginAttack() {
        Summary slower = new Summary(100, 25.0, 60.0, 160.5, 240.0);
        SustainedResult underAttack = new SustainedResult(
                100, 50, 60.0, 6_000, 6_000, 0, 100.0, 100.0, 6_000, 49.0, slower, slower, 12, 0, 3.5, Map.of());
        var tally = new LoginAttack.Tally(30.0, 15_000, 12, 14_988, 0, Map.of("401", 12L, "429", 14_988L));
        return LoginAttackResult.of(32, sustained, underAttack, tally, 429, 200);
    }

    private Report aReport() {
        CatalogResult details = new CatalogResult(
                "event details",
                "closed",
                "/api/v1/events/x",
                32,
                null,
                20.0,
                1_000,
                1_000,
                50.0,
                LATENCY,
                Map.of("200", 1_000L));
        CatalogResult openList = new CatalogResult(
                "event list",
                "open",
                "/api/v1/events",
                256,
                2_000,
                20.0,
                40_000,
                39_990,
                1_999.5,
                LATENCY,
                Map.of("200", 39_990L, "503", 10L));
        IdleResult idle = new IdleResult(20, 20, LATENCY, LATENCY, Map.of("CONFIRMED", 20L));
        SearchResult search = new SearchResult(
                10.0,
                List.of(
                        new SearchStep(100, 20.0, 2_000, 2_000, 2_000, 0, LATENCY, true),
                        new SearchStep(200, 20.0, 4_000, 4_000, 4_000, 0, LATENCY, true),
                        new SearchStep(300, 20.0, 6_000, 6_000, 3_000, 3_000, LATENCY, false)),
                200);
        return new Report(
                "2026-03-01T09:05:07Z",
                "2026-03-01T09:20:00Z",
                Map.of("cores", 2),
                Options.parse().asMap(),
                List.of("the gateway's per-client rate limit is raised"),
                floor,
                hotFloor,
                List.of(details, openList),
                idle,
                sustained,
                search,
                loginAttack(),
                hotSale,
                Ratios.of(sustained, floor, hotSale, hotFloor),
                List.of());
    }
}
