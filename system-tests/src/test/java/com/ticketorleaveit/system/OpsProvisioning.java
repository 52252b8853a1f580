package com.ticketorleaveit.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** The operator's files in {@code ops/}: Prometheus' configuration and alert rules, Grafana's dashboard. */
final class OpsProvisioning {

    static final Path OPS = Path.of(System.getProperty("ticketing.home", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("ops");
    static final Path PROMETHEUS = OPS.resolve("prometheus/prometheus.yml");
    static final Path RULES = OPS.resolve("prometheus/rules/ticketing.yml");
    static final Path DASHBOARD = OPS.resolve("grafana/dashboards/ticketing.json");
    static final Path DATASOURCE = OPS.resolve("grafana/provisioning/datasources/prometheus.yml");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    /** A name not followed by an opening parenthesis (that would be a function or an aggregation). */
    private static final Pattern NAME = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");

    private OpsProvisioning() {}

    /** Every metric name the dashboard's panels and the alert rules query. */
    static Set<String> metricNamesUsed() {
        Set<String> names = new TreeSet<>();
        expressions().forEach(expression -> names.addAll(metricNames(expression)));
        return names;
    }

    static List<String> expressions() {
        List<String> expressions = new ArrayList<>(dashboardExpressions());
        expressions.addAll(ruleExpressions());
        return expressions;
    }

    static List<String> dashboardExpressions() {
        List<String> expressions = new ArrayList<>();
        dashboard().findValues("expr").forEach(expr -> expressions.add(expr.asText()));
        return expressions;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules() {
        Map<String, Object> file = yaml(RULES);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    static List<String> ruleExpressions() {
        return rules().stream().map(rule -> String.valueOf(rule.get("expr"))).toList();
    }

    /** The metric names in one PromQL expression: what is left once strings, labels, ranges and groupings are gone. */
    static Set<String> metricNames(String promql) {
        String stripped = STRING.matcher(promql).replaceAll(" ");
        stripped = LABEL_MATCHERS.matcher(stripped).replaceAll(" ");
        stripped = RANGE.matcher(stripped).replaceAll(" ");
        stripped = GROUPING.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(stripped);
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group(1).toLowerCase())) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    static JsonNode dashboard() {
        try {
            return new ObjectMapper().readTree(DASHBOARD.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
