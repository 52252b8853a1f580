package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Options.Phase;
import com.ticketorleaveit.benchmark.ReportWriter.Row;
import com.ticketorleaveit.benchmark.Results.CatalogResult;
import com.ticketorleaveit.benchmark.Results.FloorResult;
import com.ticketorleaveit.benchmark.Results.HotSaleResult;
import com.ticketorleaveit.benchmark.Results.IdleResult;
import com.ticketorleaveit.benchmark.Results.LoginAttackResult;
import com.ticketorleaveit.benchmark.Results.Ratios;
import com.ticketorleaveit.benchmark.Results.Report;
import com.ticketorleaveit.benchmark.Results.SearchResult;
import com.ticketorleaveit.benchmark.Results.SustainedResult;
import com.ticketorleaveit.benchmark.TrackedOrder.Tier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import reactor.netty.resources.LoopResources;

/**
 * The project's benchmark: {@code java -jar benchmark/target/benchmark-exec.jar [--quick] [--name=value ...]} from the
 * repository root. See docs/benchmarks.md for what each phase measures.
 */
public final class Benchmark {

    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String RUN_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    /** Two event-loop threads: the machine has two cores to share with the system under test. */
    private static final int HTTP_THREADS = 2;
    /** Longer than the gateway's circuit breakers stay open. */
    private static final Duration CIRCUIT_PAUSE = Duration.ofSeconds(15);

    private final Options options;
    private final Instant startedAt = Instant.now();
    private final String runId = "bench-" + randomId(8);
    private final List<String> notes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<CatalogResult> catalog = new ArrayList<>();
    private final Map<String, Object> environment = new LinkedHashMap<>();
    private final Map<String, Double> generatorCpu = new LinkedHashMap<>();
    private FloorResult floor;
    private FloorResult floorHot;
    private IdleResult idle;
    private SustainedResult sustained;
    private SearchResult search;
    private LoginAttackResult loginAttack;
    private HotSaleResult hotSale;
    /** The rows already printed: the report orders its rows by kind, so a new one need not come last. */
    private final Set<Row> rowsPrinted = new HashSet<>();

    private SystemUnderTest system;

    private Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        if (Options.wantsHelp(args)) {
            System.out.print(Options.usage());
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.Invalid e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean ok;
        try {
            ok = new Benchmark(options).run();
        } catch (Exception e) {
            System.err.println("Benchmark failed: " + e);
            ok = false;
        }
        System.exit(ok ? 0 : 1);
    }

    private boolean run() throws IOException, InterruptedException {
        Path home = options.home().toAbsolutePath().normalize();
        Path workDir = options.output().toAbsolutePath().normalize().resolve("run-" + RUN_TIME.format(startedAt));
        system = new SystemUnderTest(home, workDir, runId, Benchmark::say);
        boolean needsDeployables = options.phases().stream().anyMatch(phase -> phase != Phase.FLOOR);
        if (needsDeployables) {
            system.requireJars();
        }
        Thread stopper = new Thread(system::close, "benchmark-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        describeEnvironment(home);
        say("Ticket or Leave It benchmark " + runId + " (work directory " + workDir + ")");
        notes.add("All load goes to 127.0.0.1 from this one client; the gateway's per-client rate limit is raised to "
                + SystemUnderTest.RATE_LIMIT + "/s (burst " + SystemUnderTest.RATE_LIMIT
                + ") so that it does not answer 429 to the benchmark.");
        notes.add("Customers are not registered: their access tokens are signed by the benchmark with the users"
                + " context's key, which it made and gave command-services.");
        notes.add("The purchase hold has its default duration.");
        say("Note: " + notes.get(0));
        try {
            system.startInfrastructure();
            environment.putAll(system.describe());
            if (options.runs(Phase.FLOOR)) {
                phase("plain-SQL floor", this::runFloor);
            }
            if (needsDeployables) {
                system.startDeployables();
                runAgainstSystem();
            }
        } catch (IOException | RuntimeException e) {
            // the report still says how far the run got
            failures.add("the system could not be started or set up: " + e.getMessage());
        } finally {
            Report report = report(true);
            Path file = ReportWriter.write(report, ReportWriter.fileFor(options.output(), startedAt));
            say("");
            System.out.print(ReportWriter.table(report));
            say("");
            say("Report: " + file.toAbsolutePath());
            failures.forEach(failure -> say("Failed: " + failure));
            say("Stopping...");
            system.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // already shutting down: the hook stops the system
            }
            say("Stopped.");
        }
        return failures.isEmpty();
    }

    private void runFloor() throws Exception {
        SqlFloor sql = new SqlFloor(system::connect);
        sql.prepare(options.floorTiers());
        say("Plain-SQL floor: " + options.floorThreads() + " threads, " + options.floorTiers() + " tiers, "
                + Durations.format(options.floorDuration()));
        floor = sql.run("sustained", options.floorThreads(), options.floorTiers(), options.floorDuration());
        printNewRows();
        say("Plain-SQL floor: one hot tier, " + Durations.format(options.floorHotDuration()));
        floorHot = sql.run("hot tier", options.floorThreads(), 1, options.floorHotDuration());
    }

    private void runAgainstSystem() throws InterruptedException {
        LoopResources loops = LoopResources.create("benchmark-http", HTTP_THREADS, true);
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(daemon("benchmark-retry"));
        ExecutorService generator = Executors.newSingleThreadExecutor(daemon("benchmark-generator"));
        String gateway = system.gatewayUrl();
        try (Http setup = new Http("setup", gateway, 8, loops);
                Http placing = new Http("placing", gateway, options.connections(), loops);
                Http polling = new Http("polling", gateway, options.pollConnections(), loops)) {
            Catalog shop = new Catalog(setup);
            say("Setting up: an organizer and the events on sale");
            shop.signUpOrganizer(runId);
            int tierCount = options.sustainedTiers();
            List<Catalog.Event> events = shop.publish("Benchmark Night", tierCount, 1_000_000);
            List<Tier> tiers =
                    events.stream().flatMap(event -> event.tiers().stream()).toList();
            Catalog.Event hotEvent = options.runs(Phase.HOT)
                    ? shop.publish("Hot Night", 1, options.hotSeats()).get(0)
                    : null;
            say("  " + events.size() + " event(s) with " + tiers.size() + " tiers on sale"
                    + (hotEvent == null ? "" : ", and a hot tier of " + options.hotSeats() + " seats"));

            Purchaser purchaser = new Purchaser(placing, polling, retries, options.waitTimeout());
            purchaser.listenTo(system.infrastructure().mail());
            PurchaseLoad purchases = new PurchaseLoad(
                    purchaser, new Customers(system.tokenSigningKey(), runId), generator, Benchmark::say);
            if (options.runs(Phase.WARMUP)) {
                phase("warm-up", () -> warmUp(gateway, loops, events, purchases, tiers));
            }
            if (options.runs(Phase.CATALOG)) {
                phase("catalog", () -> runCatalog(gateway, loops, placing, events));
            }
            if (options.runs(Phase.IDLE)) {
                phase("idle purchase latency", () -> {
                    say("Idle purchase latency: " + options.idleOrders() + " purchases one after another");
                    idle = purchases.idle(options.idleOrders(), tiers);
                });
            }
            if (options.runs(Phase.SUSTAINED)) {
                phase("sustained purchases", () -> {
                    say("Sustained purchases: " + options.sustainedRate() + " orders/s for "
                            + Durations.format(options.sustainedDuration()) + " over " + tiers.size() + " tiers");
                    sustained = purchases.sustained(
                            options.sustainedRate(), options.sustainedDuration(), tiers, options.drain());
                });
            }
            if (options.runs(Phase.SEARCH)) {
                phase("rate search", () -> {
                    say("Rate search: " + options.searchRates() + " orders/s, "
                            + Durations.format(options.searchStep()) + " each + "
                            + Durations.format(options.searchGrace()) + " grace");
                    search = purchases.search(
                            options.searchRates(), options.searchStep(), options.searchGrace(), options.drain(), tiers);
                });
            }
            if (options.runs(Phase.LOGIN_ATTACK)) {
                phase("login attack", () -> runLoginAttack(gateway, loops, shop, purchases, tiers));
            }
            if (hotEvent != null) {
                phase("hot on-sale", () -> {
                    say("Hot on-sale: " + options.hotOrders() + " orders for " + options.hotSeats() + " seats, "
                            + options.hotInFlight() + " in flight");
                    hotSale = purchases.hotSale(
                            hotEvent, options.hotOrders(), options.hotInFlight(), options.hotDrain(), shop);
                });
            }
            if (options.runs(Phase.CATALOG_SEARCH)) {
                phase("catalog search", () -> runCatalogSearch(gateway, loops, placing, shop));
            }
        } finally {
            generator.shutdownNow();
            retries.shutdownNow();
            loops.disposeLater().block(Duration.ofSeconds(10));
        }
    }

    /**
     * Purchases at one rate on their own, then the same while this client guesses one registered account's password
     * as fast as the gateway answers; halfway through, the account's right password and another account's login are
     * tried from the same address.
     */
    private void runLoginAttack(
            String gateway, LoopResources loops, Catalog shop, PurchaseLoad purchases, List<Tier> tiers)
            throws InterruptedException {
        int rate = options.attackPurchaseRate();
        Duration duration = options.attackDuration();
        int inFlight = options.attackInFlight();
        String victim = "victim@" + runId + ".example.test";
        shop.register("Victor", "Victim", victim);
        int signedIn = shop.logIn(victim, Catalog.PASSWORD);
        if (signedIn != 200) {
            throw new IllegalStateException(
                    "the attacked account could not sign in before the attack: HTTP " + signedIn);
        }
        say("Login attack: " + rate + " orders/s for " + Durations.format(duration) + " over " + tiers.size()
                + " tiers, without the attack");
        SustainedResult without = purchases.sustained(rate, duration, tiers, options.drain());
        say("  " + without.completed() + "/" + without.offered() + " complete");
        say("Login attack: the same while " + victim + "'s password is guessed, " + inFlight + " in flight");
        ExecutorService checker = Executors.newSingleThreadExecutor(daemon("benchmark-login-check"));
        try (Http attacker = new Http("login-attack", gateway, inFlight, loops);
                LoginAttack attack = new LoginAttack(attacker, victim, "wrong " + runId, inFlight)) {
            attack.start();
            var during = checker.submit(() -> {
                Thread.sleep(duration.toMillis() / 2);
                return new int[] {
                    shop.logIn(victim, Catalog.PASSWORD), shop.logIn(shop.organizerEmail(), Catalog.PASSWORD)
                };
            });
            SustainedResult under = purchases.sustained(rate, duration, tiers, options.drain());
            LoginAttack.Tally tally = attack.stop();
            say("  " + under.completed() + "/" + under.offered() + " complete; " + tally.attempts()
                    + " wrong passwords answered");
            int[] statuses = Catalog.await(during);
            loginAttack = LoginAttackResult.of(inFlight, without, under, tally, statuses[0], statuses[1]);
        } finally {
            checker.shutdownNow();
        }
    }

    /** JIT compilation, connection pools and caches settle before anything is measured. */
    private void warmUp(
            String gateway, LoopResources loops, List<Catalog.Event> events, PurchaseLoad purchases, List<Tier> tiers)
            throws InterruptedException {
        say("Warm-up (not measured): catalog reads for " + Durations.format(options.warmup()) + ", then "
                + options.warmupOrders() + " purchases over " + Durations.format(options.warmup()));
        List<String> paths = new ArrayList<>();
        events.forEach(event -> paths.add("/api/v1/events/" + event.id()));
        paths.add("/api/v1/events");
        try (Http http = new Http("warm-up", gateway, options.catalogConnections(), loops)) {
            CatalogResult reads = CatalogLoad.closedLoop(
                    "warm-up", http, options.catalogConnections(), options.warmup(), CatalogLoad.rotating(paths));
            say("  " + reads.ok() + " reads");
        }
        long completed = purchases.warmUp(options.warmupOrders(), options.warmup(), tiers, options.drain());
        say("  " + completed + "/" + options.warmupOrders() + " purchases complete");
        environment.put("warmUpPurchasesComplete", completed);
    }

    private void runCatalog(String gateway, LoopResources loops, Http open, List<Catalog.Event> events)
            throws InterruptedException {
        List<String> details =
                events.stream().map(event -> "/api/v1/events/" + event.id()).toList();
        int connections = options.catalogConnections();
        try (Http closed = new Http("catalog", gateway, connections, loops)) {
            say("Catalog: closed loop, " + connections + " connections, " + Durations.format(options.catalogDuration())
                    + " each");
            measured(CatalogLoad.closedLoop(
                    "event details", closed, connections, options.catalogDuration(), CatalogLoad.rotating(details)));
            measured(CatalogLoad.closedLoop(
                    "event list", closed, connections, options.catalogDuration(), index -> "/api/v1/events"));
        }
        say("Catalog: open model, " + options.catalogRate() + " requests/s, "
                + Durations.format(options.catalogDuration()) + " each");
        measured(CatalogLoad.openModel(
                "event details",
                open,
                options.connections(),
                options.catalogRate(),
                options.catalogDuration(),
                CatalogLoad.rotating(details)));
        measured(CatalogLoad.openModel(
                "event list",
                open,
                options.connections(),
                options.catalogRate(),
                options.catalogDuration(),
                index -> "/api/v1/events"));
    }

    /**
     * Searches over many published events: closed loop, then an open model at a rate a busy catalog sees; the target
     * is a p99 under 50 ms.
     */
    private void runCatalogSearch(String gateway, LoopResources loops, Http open, Catalog shop)
            throws InterruptedException {
        int count = options.searchEvents();
        try (Http setup = new Http("search-setup", gateway, 32, loops)) {
            say("Catalog search: publishing " + count + " events");
            long started = System.nanoTime();
            new SearchableCatalog(setup, shop.organizerToken(), runId).publish(count);
            say("  published and listed in " + Durations.format(Duration.ofNanos(System.nanoTime() - started)));
        }
        var searches = new SearchableCatalog(open, shop.organizerToken(), runId).searches(5_000);
        int connections = options.catalogConnections();
        try (Http closed = new Http("catalog-search", gateway, connections, loops)) {
            say("Catalog search: closed loop, " + connections + " connections, "
                    + Durations.format(options.catalogDuration()));
            measured(CatalogLoad.closedLoop("search", closed, connections, options.catalogDuration(), searches));
        }
        say("Catalog search: open model, " + options.catalogSearchRate() + " searches/s, "
                + Durations.format(options.catalogDuration()));
        measured(CatalogLoad.openModel(
                "search",
                open,
                options.connections(),
                options.catalogSearchRate(),
                options.catalogDuration(),
                searches));
    }

    /**
     * Keeps a catalog measurement. One that got 503s has opened a route's circuit breaker, which stays open for 10 s:
     * the next measurement waits until it may close again, instead of measuring the fallback.
     */
    private void measured(CatalogResult result) throws InterruptedException {
        catalog.add(result);
        printNewRows();
        if (result.statuses().containsKey("503")) {
            say("  the gateway answered 503 (circuit breaker open): pausing " + CIRCUIT_PAUSE.toSeconds() + " s");
            Thread.sleep(CIRCUIT_PAUSE.toMillis());
        }
    }

    /** A phase that fails is reported, and the run goes on with the next. */
    @FunctionalInterface
    private interface PhaseBody {
        void run() throws Exception;
    }

    private void phase(String name, PhaseBody body) throws InterruptedException {
        long cpuBefore = ownCpuNanos();
        try {
            body.run();
            system.requireRunning();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            failures.add(name + ": " + e.getMessage());
            say("  " + name + " failed: " + e);
        }
        generatorCpu.put(name, Math.round((ownCpuNanos() - cpuBefore) / 1e7) / 100.0);
        printNewRows();
    }

    /** CPU time of this JVM, the load generator, so that a report shows what the generator took from the machine. */
    private static long ownCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private void printNewRows() {
        List<Row> rows = ReportWriter.rows(report(false));
        for (Row row : rows) {
            if (!rowsPrinted.add(row)) {
                continue;
            }
            StringBuilder line = new StringBuilder("  => ").append(row.phase());
            if (!row.rate().isEmpty()) {
                // a ratio's row (its name holds " / ") shows a plain number
                line.append(": ").append(row.rate()).append(row.phase().contains(" / ") ? "" : "/s");
            }
            if (!row.p50().isEmpty()) {
                line.append(String.format(Locale.ROOT, ", p50 %s ms, p99 %s ms", row.p50(), row.p99()));
            }
            if (!row.detail().isEmpty()) {
                line.append("; ").append(row.detail());
            }
            say(line.toString());
        }
    }

    /** @param withRatios the ratios come last in the table, once every phase is over */
    private Report report(boolean withRatios) {
        return new Report(
                startedAt.toString(),
                Instant.now().toString(),
                environment,
                options.asMap(),
                notes,
                floor,
                floorHot,
                List.copyOf(catalog),
                idle,
                sustained,
                search,
                loginAttack,
                hotSale,
                withRatios ? Ratios.of(sustained, floor, hotSale, floorHot) : null,
                List.copyOf(failures));
    }

    private void describeEnvironment(Path home) {
        environment.put("runId", runId);
        environment.put("benchmarkCpuSecondsByPhase", generatorCpu);
        environment.put("cores", Runtime.getRuntime().availableProcessors());
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        environment.put("gitCommit", git(home, "rev-parse", "HEAD"));
        String status = git(home, "status", "--porcelain", "--untracked-files=no");
        environment.put("gitUncommittedChanges", status == null ? null : !status.isBlank());
    }

    private static String git(Path home, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", home.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String randomId(int length) {
        SecureRandom random = new SecureRandom();
        return IntStream.range(0, length)
                .mapToObj(i -> String.valueOf(RUN_ID_ALPHABET.charAt(random.nextInt(RUN_ID_ALPHABET.length()))))
                .collect(Collectors.joining());
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
