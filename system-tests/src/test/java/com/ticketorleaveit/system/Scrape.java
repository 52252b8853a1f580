package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a deployable's {@code /actuator/prometheus} said at one moment: its samples, by metric name and labels. */
record Scrape(URI deployable, List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {}

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape of(URI deployable) {
        var response = new Api(deployable).getText("/actuator/prometheus");
        assertThat(response.status())
                .as("%s /actuator/prometheus: %s", deployable, response)
                .isEqualTo(200);
        return parse(deployable, response.body());
    }

    static Scrape parse(URI deployable, String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher matcher = LINE.matcher(line);
            if (line.startsWith("#") || !matcher.find()) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            if (matcher.group(2) != null) {
                Matcher label = LABEL.matcher(matcher.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(3))));
        }
        return new Scrape(deployable, samples);
    }

    /** The sum over the samples of this name whose labels include {@code labels}; 0 when there is none. */
    double sum(String name, Map<String, String> labels) {
        return matching(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    boolean has(String name, Map<String, String> labels) {
        return !matching(name, labels).isEmpty();
    }

    List<Sample> matching(String name, Map<String, String> labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name))
                .filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(sample -> names.add(sample.name()));
        return names;
    }

    /** The sum of one metric over several replicas' scrapes. */
    static double sum(List<Scrape> scrapes, String name, Map<String, String> labels) {
        return scrapes.stream().mapToDouble(scrape -> scrape.sum(name, labels)).sum();
    }
}
