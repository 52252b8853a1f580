package com.ticketorleaveit.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ticketorleaveit.benchmark.Latencies.Summary;
import com.ticketorleaveit.benchmark.Results.CatalogResult;
import com.ticketorleaveit.benchmark.Results.FloorResult;
import com.ticketorleaveit.benchmark.Results.LoginAttackResult;
import com.ticketorleaveit.benchmark.Results.Report;
import com.ticketorleaveit.benchmark.Results.SearchStep;
import com.ticketorleaveit.benchmark.Results.SustainedResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The report as a table for the console and as one JSON document. */
final class ReportWriter {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] HEADINGS = {"Phase", "Rate/s", "p50 ms", "p99 ms", "Detail"};

    /** One line of the table. */
    record Row(String phase, String rate, String p50, String p99, String detail) {

        String[] cells() {
            return new String[] {phase, rate, p50, p99, detail};
        }
    }

    private ReportWriter() {}

    static Path fileFor(Path directory, Instant startedAt) {
        return directory.resolve("benchmark-" + FILE_TIME.format(startedAt) + ".json");
    }

    static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("The report cannot be written as JSON", e);
        }
    }

    static Path write(Report report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, json(report) + "\n");
    }

    static List<Row> rows(Report report) {
        List<Row> rows = new ArrayList<>();
        if (report.floor() != null) {
            rows.add(floorRow("floor: purchase, " + report.floor().tiers() + " tiers", report.floor()));
        }
        if (report.floorHot() != null) {
            rows.add(floorRow("floor: purchase, one hot tier", report.floorHot()));
        }
        for (CatalogResult catalog : report.catalog()) {
            String detail = catalog.mode().equals("open")
                    ? "open model, offered " + catalog.offeredPerSecond() + "/s, latency from intended send"
                    : "closed loop, " + catalog.connections() + " connections";
            rows.add(new Row(
                    "catalog: " + catalog.name(),
                    rate(catalog.achievedPerSecond()),
                    p50(catalog.latency()),
                    p99(catalog.latency()),
                    detail + "; " + catalog.ok() + "/" + catalog.requests() + " ok" + errors(catalog.statuses())));
        }
        if (report.idle() != null) {
            var idle = report.idle();
            String detail = idle.completed() + "/" + idle.orders() + " complete" + outcomes(idle.outcomes());
            rows.add(new Row(
                    "idle: place -> CONFIRMED",
                    "",
                    p50(idle.placeToConfirmed()),
                    p99(idle.placeToConfirmed()),
                    detail));
            rows.add(new Row("idle: place -> mail", "", p50(idle.placeToMail()), p99(idle.placeToMail()), ""));
        }
        if (report.sustained() != null) {
            var sustained = report.sustained();
            rows.add(new Row(
                    "sustained: offered",
                    rate(sustained.offeredPerSecond()),
                    "",
                    "",
                    sustained.offered() + " orders over " + sustained.tiers() + " tiers in "
                            + seconds(sustained.seconds())));
            rows.add(new Row(
                    "sustained: accepted (202)",
                    rate(sustained.acceptedPerSecond()),
                    "",
                    "",
                    sustained.accepted() + " accepted" + outcomes(sustained.outcomes()) + "; " + sustained.busyAnswers()
                            + " busy answers (503/429) asked again"));
            rows.add(new Row(
                    "sustained: completed",
                    rate(sustained.completedPerSecond()),
                    p50(sustained.placeToConfirmed()),
                    p99(sustained.placeToConfirmed()),
                    sustained.completed() + " complete; place -> CONFIRMED; backlog " + sustained.backlogAtOfferEnd()
                            + " at offer end, " + sustained.backlogAtEnd() + " after waiting "
                            + seconds(sustained.waitedSeconds())));
            rows.add(new Row(
                    "sustained: place -> mail", "", p50(sustained.placeToMail()), p99(sustained.placeToMail()), ""));
        }
        if (report.search() != null) {
            for (SearchStep step : report.search().steps()) {
                rows.add(new Row(
                        "search: " + step.rate() + "/s for " + seconds(step.seconds()),
                        rate(step.completedInTime() / step.seconds()),
                        p50(step.placeToConfirmed()),
                        p99(step.placeToConfirmed()),
                        (step.keptPace() ? "kept pace" : "fell behind") + ": " + step.completedInTime() + "/"
                                + step.offered() + " complete in step + grace, backlog " + step.backlog()));
            }
            Integer largest = report.search().largestKeptPace();
            rows.add(new Row(
                    "search: largest rate kept",
                    largest == null ? "none" : String.valueOf(largest),
                    "",
                    "",
                    "place -> CONFIRMED + mail within the step + "
                            + seconds(report.search().graceSeconds())));
        }
        if (report.loginAttack() != null) {
            rows.addAll(loginAttackRows(report.loginAttack()));
        }
        if (report.hotSale() != null) {
            var hot = report.hotSale();
            rows.add(new Row(
                    "hot on-sale: " + hot.seats() + " seats, " + hot.orders() + " orders",
                    hot.sellOutPerSecond() == null ? "n/a" : rate(hot.sellOutPerSecond()),
                    "",
                    "",
                    "sold out in " + seconds(hot.secondsToSellOut()) + ", all final "
                            + seconds(hot.secondsLastAcceptedToAllFinal()) + " after the last 202; "
                            + hot.busyAnswers() + " busy answers (503/429) asked again"));
            rows.add(new Row(
                    "hot on-sale: outcome",
                    "",
                    "",
                    "",
                    (hot.exact() ? "exact" : "NOT EXACT") + ": CONFIRMED " + hot.confirmed() + ", REJECTED "
                            + hot.rejected() + ", other " + hot.other() + "; catalog sold " + hot.sold()
                            + ", remaining " + hot.remaining()));
        }
        if (report.ratios() != null) {
            rows.add(new Row(
                    "ratio: sustained / floor",
                    ratio(report.ratios().sustained()),
                    "",
                    "",
                    "completed purchases/s over plain-SQL purchases/s"));
            rows.add(new Row(
                    "ratio: hot sell-out / hot floor",
                    ratio(report.ratios().hotSale()),
                    "",
                    "",
                    "seats sold/s over plain-SQL purchases/s on one tier"));
        }
        return rows;
    }

    static String table(Report report) {
        return table(rows(report));
    }

    static String table(List<Row> rows) {
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = HEADINGS[i].length();
        }
        for (Row row : rows) {
            String[] cells = row.cells();
            for (int i = 0; i < cells.length - 1; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        line(table, HEADINGS, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length - 1; i++) {
            rule.append("-".repeat(widths[i])).append("  ");
        }
        table.append(rule.append("-".repeat(HEADINGS[HEADINGS.length - 1].length())))
                .append('\n');
        for (Row row : rows) {
            line(table, row.cells(), widths);
        }
        return table.toString();
    }

    private static void line(StringBuilder table, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean numeric = i > 0 && i < cells.length - 1;
            String cell = cells[i];
            if (i == cells.length - 1) {
                line.append(cell);
            } else if (numeric) {
                line.append(" ".repeat(widths[i] - cell.length())).append(cell).append("  ");
            } else {
                line.append(cell).append(" ".repeat(widths[i] - cell.length())).append("  ");
            }
        }
        table.append(line.toString().stripTrailing()).append('\n');
    }

    private static List<Row> loginAttackRows(LoginAttackResult attack) {
        return List.of(
                attackPurchaseRow("login attack: purchases without attack", attack.withoutAttack()),
                attackPurchaseRow("login attack: purchases under attack", attack.underAttack()),
                new Row(
                        "login attack: attempts",
                        rate(attack.attemptsPerSecond()),
                        "",
                        "",
                        attack.attempts() + " wrong passwords for one account in " + seconds(attack.attackSeconds())
                                + ", " + attack.inFlight() + " in flight; " + attack.reachedPasswordCheck()
                                + " reached the password check, 429 " + attack.refusedForAccount()
                                + " account locked + " + attack.refusedForAddress() + " address limited"
                                + statuses(attack.statuses())),
                new Row(
                        "login attack: during it",
                        "",
                        "",
                        "",
                        "the victim's right password: HTTP " + attack.victimStatus()
                                + (attack.victimLocked() ? " (locked)" : " (NOT LOCKED)") + "; another account: HTTP "
                                + attack.otherAccountStatus()
                                + (attack.otherAccountLoggedIn() ? " (signed in)" : " (NOT SIGNED IN)")),
                new Row(
                        "login attack: under attack / without",
                        ratio(attack.completedRatio()),
                        "",
                        "",
                        "completed purchases/s; place -> CONFIRMED p99 " + ratio(attack.p99Ratio())));
    }

    private static Row attackPurchaseRow(String phase, SustainedResult purchases) {
        return new Row(
                phase,
                rate(purchases.completedPerSecond()),
                p50(purchases.placeToConfirmed()),
                p99(purchases.placeToConfirmed()),
                purchases.completed() + "/" + purchases.offered() + " complete at " + purchases.offeredRate()
                        + "/s offered; place -> CONFIRMED; backlog " + purchases.backlogAtEnd() + " after waiting "
                        + seconds(purchases.waitedSeconds()) + outcomes(purchases.outcomes()));
    }

    private static String statuses(Map<String, Long> statuses) {
        return statuses.isEmpty()
                ? ""
                : " (HTTP "
                        + statuses.entrySet().stream()
                                .map(entry -> entry.getKey() + ": " + entry.getValue())
                                .collect(Collectors.joining(", "))
                        + ")";
    }

    private static Row floorRow(String phase, FloorResult floor) {
        return new Row(
                phase,
                rate(floor.perSecond()),
                "",
                "",
                floor.purchases() + " purchases by " + floor.threads() + " JDBC threads in "
                        + seconds(floor.seconds()));
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String ratio(Double ratio) {
        return ratio == null ? "n/a" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static String p50(Summary summary) {
        return millis(summary == null ? null : summary.p50Ms());
    }

    private static String p99(Summary summary) {
        return millis(summary == null ? null : summary.p99Ms());
    }

    private static String millis(Double millis) {
        return millis == null ? "-" : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String seconds(Double seconds) {
        return seconds == null ? "never" : String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String errors(Map<String, Long> statuses) {
        String others = statuses.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("200"))
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
        return others.isEmpty() ? "" : " (" + others + ")";
    }

    private static String outcomes(Map<String, Long> outcomes) {
        return outcomes.isEmpty()
                ? ""
                : " ("
                        + outcomes.entrySet().stream()
                                .map(entry -> entry.getKey() + " " + entry.getValue())
                                .collect(Collectors.joining(", "))
                        + ")";
    }
}
