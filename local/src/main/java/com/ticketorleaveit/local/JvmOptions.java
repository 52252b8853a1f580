package com.ticketorleaveit.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JVM settings a deployable is started with, as one of two profiles.
 *
 * <ul>
 *   <li>{@link Profile#QUICK_START}: small heaps, the serial collector and C1 only. The JVM is ready seconds sooner,
 *       but the code never gets C2-compiled and runs several times slower: for tests that start many processes.
 *   <li>{@link Profile#THROUGHPUT}: C2 on, the parallel collector, a fixed heap per deployable, sized so that the four
 *       fit next to PostgreSQL and the broker on a small machine: for the local run and the benchmark.
 * </ul>
 *
 * <p>The local run picks the profile from {@value #PROFILE_VARIABLE} ({@code throughput} unless set to
 * {@code quick-start}).
 */
public final class JvmOptions {

    public static final String PROFILE_VARIABLE = "TICKETING_LOCAL_JVM_PROFILE";

    public enum Profile {
        QUICK_START,
        THROUGHPUT;

        /** {@code quick-start} or {@code throughput}, case and {@code -}/{@code _} ignored. */
        public static Profile parse(String name) {
            String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Profile profile : values()) {
                if (profile.name().equals(normalized)) {
                    return profile;
                }
            }
            throw new IllegalArgumentException("Unknown JVM profile '" + name + "': use quick-start or throughput");
        }

        public String displayName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private record Heaps(String quickStart, String throughput) {}

    /** By deployable name; a replica ({@code command-services-2}) gets its deployable's heap. */
    private static final Map<String, Heaps> HEAPS = Map.of(
            "command-services", new Heaps("384m", "768m"),
            "query-services", new Heaps("384m", "512m"),
            "saga-orchestrator", new Heaps("320m", "512m"),
            "gateway", new Heaps("256m", "384m"));

    private JvmOptions() {}

    /** The profile named by {@value #PROFILE_VARIABLE}, {@link Profile#THROUGHPUT} when it is not set. */
    public static Profile profileFromEnvironment() {
        String name = Env.get(PROFILE_VARIABLE, null);
        return name == null ? Profile.THROUGHPUT : Profile.parse(name);
    }

    /**
     * @param deployable {@code command-services}, {@code query-services}, {@code saga-orchestrator} or
     *     {@code gateway}, optionally with a replica suffix such as {@code -2}
     */
    public static List<String> of(Profile profile, String deployable) {
        Heaps heaps = heaps(deployable);
        return switch (profile) {
            case QUICK_START -> quickStart(heaps.quickStart());
            case THROUGHPUT -> throughput(heaps.throughput());
        };
    }

    /** Start-up first: C1 only and the serial collector, which needs no GC threads. */
    public static List<String> quickStart(String maxHeap) {
        return List.of("-Xmx" + maxHeap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    }

    /**
     * Steady state first: tiered compilation up to C2, the parallel collector (the most work per CPU, pauses are short
     * for heaps this size), and a fixed heap, so that it is never resized under load.
     */
    public static List<String> throughput(String heap) {
        return List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError");
    }

    private static Heaps heaps(String deployable) {
        return HEAPS.entrySet().stream()
                .filter(entry ->
                        deployable.equals(entry.getKey()) || deployable.matches("\\Q" + entry.getKey() + "\\E-\\d+"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown deployable '" + deployable + "'; known: " + HEAPS.keySet()));
    }
}
