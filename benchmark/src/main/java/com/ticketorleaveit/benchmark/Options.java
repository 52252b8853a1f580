package com.ticketorleaveit.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The benchmark's settings, from {@code --name=value} arguments. {@code --quick} scales every phase down to seconds
 * for a smoke run; options given next to it win over its values.
 */
record Options(
        Set<Phase> phases,
        int floorThreads,
        int floorTiers,
        Duration floorDuration,
        Duration floorHotDuration,
        Duration warmup,
        int warmupOrders,
        int catalogConnections,
        Duration catalogDuration,
        int catalogRate,
        int idleOrders,
        int sustainedRate,
        Duration sustainedDuration,
        int sustainedTiers,
        Duration drain,
        List<Integer> searchRates,
        Duration searchStep,
        Duration searchGrace,
        int attackPurchaseRate,
        Duration attackDuration,
        int attackInFlight,
        int hotSeats,
        int hotOrders,
        int hotInFlight,
        Duration hotDrain,
        int searchEvents,
        int catalogSearchRate,
        int connections,
        int pollConnections,
        Duration waitTimeout,
        Path home,
        Path output) {

    /** The phases, in the order they run. */
    enum Phase {
        FLOOR,
        WARMUP,
        CATALOG,
        IDLE,
        SUSTAINED,
        SEARCH,
        LOGIN_ATTACK,
        HOT,
        /** Last: publishing its many events would disturb the purchase measurements. */
        CATALOG_SEARCH;

        String displayName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One option: its name, its value for a full run and for {@code --quick}, and what it sets. */
    record Spec(String name, String full, String quick, String description) {}

    static final List<Spec> SPECS = List.of(
            new Spec(
                    "phases",
                    "floor,warmup,catalog,idle,sustained,search,login-attack,hot,catalog-search",
                    null,
                    "phases to run, in this order"),
            new Spec("floor-threads", "16", null, "plain-SQL floor: client threads (one JDBC connection each)"),
            new Spec("floor-tiers", "100", "20", "plain-SQL floor: tiers the sustained floor spreads over"),
            new Spec("floor-duration", "15s", "3s", "plain-SQL floor over all tiers"),
            new Spec("floor-hot-duration", "10s", "2s", "plain-SQL floor on one hot tier"),
            new Spec("warmup", "60s", "3s", "warm-up, not measured: catalog reads for this long, then purchases"),
            new Spec("warmup-orders", "1500", "10", "warm-up: purchases offered, spread over the warm-up time"),
            new Spec("catalog-connections", "32", "8", "catalog closed loop: connections, one request each at a time"),
            new Spec("catalog-duration", "20s", "3s", "catalog: each of its four measurements"),
            new Spec("catalog-rate", "2000", "100", "catalog open model: requests offered per second"),
            new Spec("idle-orders", "20", "5", "idle purchase latency: purchases one after another"),
            new Spec("sustained-rate", "100", "5", "sustained purchases: orders offered per second"),
            new Spec("sustained-duration", "60s", "10s", "sustained purchases: how long orders are offered"),
            new Spec("sustained-tiers", "50", "5", "sustained purchases and search: tiers the orders spread over"),
            new Spec("drain", "60s", "30s", "sustained purchases and search: the longest wait for stragglers"),
            new Spec("search-rates", "50,100,200,300,400", "2,5", "rate search: offered rates per step, rising"),
            new Spec("search-step", "20s", "5s", "rate search: how long each step offers orders"),
            new Spec("search-grace", "10s", "10s", "rate search: how long after a step its orders may complete"),
            new Spec(
                    "attack-purchase-rate",
                    "10",
                    "5",
                    "login attack: orders offered per second, without and then under the attack"),
            new Spec("attack-duration", "30s", "10s", "login attack: each of its two purchase windows"),
            new Spec(
                    "attack-in-flight",
                    "32",
                    null,
                    "login attack: wrong-password logins for one account awaiting their answer at once"),
            new Spec("hot-seats", "2000", "50", "hot on-sale: seats of the one tier"),
            new Spec("hot-orders", "10000", "200", "hot on-sale: orders offered for it"),
            new Spec("hot-in-flight", "256", "32", "hot on-sale: orders placed at once (awaiting their 202)"),
            new Spec("hot-drain", "300s", "60s", "hot on-sale: the longest wait for every order to end"),
            new Spec("search-events", "10000", "100", "catalog search: published events searched over"),
            new Spec("catalog-search-rate", "200", "20", "catalog search open model: searches offered per second"),
            new Spec("connections", "256", "64", "connection pool for placing orders and open-model reads"),
            new Spec("poll-connections", "256", "64", "connection pool for the long-polls awaiting orders"),
            new Spec("wait-timeout", "8s", null, "each long-poll's ?timeout= (at most 30 s, the order's longest wait)"),
            new Spec("home", ".", null, "the repository root, where the deployables' jars are built"),
            new Spec("output", "target/benchmark", null, "where the JSON report is written"));

    static final String USAGE_HEADER = """
            Usage: java -jar benchmark/target/benchmark-exec.jar [--quick] [--name=value ...] [--help]

            Starts PostgreSQL and the AMQP broker (the machine's where they answer, embedded ones otherwise), a mail
            catcher and the four deployables (throughput JVM profile), measures a plain-SQL purchase floor, catalog reads,
            purchases, purchases while one account's password is guessed and a hot on-sale through the gateway on
            127.0.0.1, prints a table, writes a JSON report and stops everything it started. Build first:
            ./mvnw -DskipTests package

              --quick                  every phase scaled down to seconds (a smoke run); other options still apply
              --help                   this text
            """;

    /** Thrown for arguments that are not options; the message says why. */
    static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    static boolean wantsHelp(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"));
    }

    static Options parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean quick = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
                continue;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new Invalid("'" + arg + "' is not an option: use --name=value, --quick or --help");
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (SPECS.stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new Invalid("Unknown option --" + name + " (see --help)");
            }
            given.put(name, arg.substring(arg.indexOf('=') + 1));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Spec spec : SPECS) {
            String value = quick && spec.quick() != null ? spec.quick() : spec.full();
            values.put(spec.name(), given.getOrDefault(spec.name(), value));
        }
        Values read = new Values(values);
        Options options = new Options(
                read.get("phases", Options::phases),
                read.get("floor-threads", Options::positive),
                read.get("floor-tiers", Options::positive),
                read.get("floor-duration", Options::duration),
                read.get("floor-hot-duration", Options::duration),
                read.get("warmup", Options::duration),
                read.get("warmup-orders", Options::positive),
                read.get("catalog-connections", Options::positive),
                read.get("catalog-duration", Options::duration),
                read.get("catalog-rate", Options::positive),
                read.get("idle-orders", Options::positive),
                read.get("sustained-rate", Options::positive),
                read.get("sustained-duration", Options::duration),
                read.get("sustained-tiers", Options::positive),
                read.get("drain", Options::duration),
                read.get("search-rates", Options::rates),
                read.get("search-step", Options::duration),
                read.get("search-grace", Options::duration),
                read.get("attack-purchase-rate", Options::positive),
                read.get("attack-duration", Options::duration),
                read.get("attack-in-flight", Options::positive),
                read.get("hot-seats", Options::positive),
                read.get("hot-orders", Options::positive),
                read.get("hot-in-flight", Options::positive),
                read.get("hot-drain", Options::duration),
                read.get("search-events", Options::positive),
                read.get("catalog-search-rate", Options::positive),
                read.get("connections", Options::positive),
                read.get("poll-connections", Options::positive),
                read.get("wait-timeout", Options::duration),
                read.get("home", Path::of),
                read.get("output", Path::of));
        if (options.waitTimeout().compareTo(Duration.ofSeconds(30)) > 0) {
            throw new Invalid("--wait-timeout is at most 30s (the order endpoint's longest wait)");
        }
        if (options.sustainedTiers() > 1_000) {
            throw new Invalid("--sustained-tiers is at most 1000");
        }
        return options;
    }

    static String usage() {
        StringBuilder text = new StringBuilder(USAGE_HEADER);
        for (Spec spec : SPECS) {
            String defaults = "default " + spec.full() + (spec.quick() == null ? "" : ", quick " + spec.quick());
            text.append(
                    String.format(Locale.ROOT, "  --%-22s %s (%s)%n", spec.name() + "=", spec.description(), defaults));
        }
        return text.toString();
    }

    /** The options as given, for the report: names as on the command line, durations as written there. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("phases", phases.stream().map(Phase::displayName).toList());
        map.put("floor-threads", floorThreads);
        map.put("floor-tiers", floorTiers);
        map.put("floor-duration", Durations.format(floorDuration));
        map.put("floor-hot-duration", Durations.format(floorHotDuration));
        map.put("warmup", Durations.format(warmup));
        map.put("warmup-orders", warmupOrders);
        map.put("catalog-connections", catalogConnections);
        map.put("catalog-duration", Durations.format(catalogDuration));
        map.put("catalog-rate", catalogRate);
        map.put("idle-orders", idleOrders);
        map.put("sustained-rate", sustainedRate);
        map.put("sustained-duration", Durations.format(sustainedDuration));
        map.put("sustained-tiers", sustainedTiers);
        map.put("drain", Durations.format(drain));
        map.put("search-rates", searchRates);
        map.put("search-step", Durations.format(searchStep));
        map.put("search-grace", Durations.format(searchGrace));
        map.put("attack-purchase-rate", attackPurchaseRate);
        map.put("attack-duration", Durations.format(attackDuration));
        map.put("attack-in-flight", attackInFlight);
        map.put("hot-seats", hotSeats);
        map.put("hot-orders", hotOrders);
        map.put("hot-in-flight", hotInFlight);
        map.put("hot-drain", Durations.format(hotDrain));
        map.put("search-events", searchEvents);
        map.put("catalog-search-rate", catalogSearchRate);
        map.put("connections", connections);
        map.put("poll-connections", pollConnections);
        map.put("wait-timeout", Durations.format(waitTimeout));
        return map;
    }

    boolean runs(Phase phase) {
        return phases.contains(phase);
    }

    private record Values(Map<String, String> values) {

        <T> T get(String name, Function<String, T> parser) {
            String value = values.get(name);
            try {
                return parser.apply(value.strip());
            } catch (IllegalArgumentException e) {
                throw new Invalid("--" + name + "=" + value + ": " + e.getMessage());
            }
        }
    }

    private static int positive(String text) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    private static Duration duration(String text) {
        Duration duration = Durations.parse(text);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("must be longer than zero");
        }
        return duration;
    }

    private static List<Integer> rates(String text) {
        List<Integer> rates = new ArrayList<>();
        for (String part : text.split(",")) {
            int rate = positive(part.strip());
            if (!rates.isEmpty() && rate <= rates.get(rates.size() - 1)) {
                throw new IllegalArgumentException("rates must rise");
            }
            rates.add(rate);
        }
        return List.copyOf(rates);
    }

    private static Set<Phase> phases(String text) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String part : text.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                phases.add(Phase.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown phase '" + part.strip() + "'; phases: "
                        + Arrays.stream(Phase.values()).map(Phase::displayName).toList());
            }
        }
        return Collections.unmodifiableSet(phases);
    }
}
