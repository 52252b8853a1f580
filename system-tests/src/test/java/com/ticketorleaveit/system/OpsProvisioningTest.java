package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator's files are well-formed and complete: Prometheus scrapes every deployable, every alert rule says what it
 * is and how bad, the dashboard queries the provisioned data source. That each metric they name is really exposed is
 * {@link MetricsSystemIT}'s part.
 */
class OpsProvisioningTest {

    private static final List<String> DEPLOYABLES =
            List.of("gateway", "command-services", "query-services", "saga-orchestrator");

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryDeployablesActuatorEndpoint() {
        Map<String, Object> prometheus = OpsProvisioning.yaml(OpsProvisioning.PROMETHEUS);

        List<String> jobs = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) prometheus.get("scrape_configs")) {
            jobs.add((String) job.get("job_name"));
            assertThat(job.get("metrics_path")).as("%s", job).isEqualTo("/actuator/prometheus");
            var dns = (List<Map<String, Object>>) job.get("dns_sd_configs");
            assertThat(dns.get(0).get("names")).as("%s", job).isEqualTo(List.of(job.get("job_name")));
        }
        assertThat(jobs).containsExactlyInAnyOrderElementsOf(DEPLOYABLES);
        assertThat((List<String>) prometheus.get("rule_files")).containsExactly("/etc/prometheus/rules/*.yml");
    }

    @Test
    void everyAlertRuleHasAnExpressionASeverityAndASummary() {
        var rules = OpsProvisioning.rules();

        assertThat(rules)
                .extracting(rule -> rule.get("alert"))
                .contains(
                        "DeadLettersWaiting", "ProjectionDeadLettersWaiting", "EventProcessorLagging", "HighErrorRate");
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.get("expr")).as("%s", rule).isNotNull();
            assertThat(rule.get("for")).as("%s", rule).isNotNull();
            assertThat(((Map<?, ?>) rule.get("labels")).get("severity"))
                    .as("%s", rule)
                    .isIn("page", "warn");
            assertThat(((Map<?, ?>) rule.get("annotations")).get("summary"))
                    .as("%s", rule)
                    .isNotNull();
        });
    }

    @Test
    void theDashboardQueriesTheProvisionedDataSourceInEveryPanel() {
        JsonNode dashboard = OpsProvisioning.dashboard();
        Map<String, Object> datasources = OpsProvisioning.yaml(OpsProvisioning.DATASOURCE);
        @SuppressWarnings("unchecked")
        String uid = (String) ((List<Map<String, Object>>) datasources.get("datasources"))
                .get(0)
                .get("uid");

        List<JsonNode> panels = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> {
            if (!panel.get("type").asText().equals("row")) {
                panels.add(panel);
            }
        });
        assertThat(panels).hasSizeGreaterThan(10).allSatisfy(panel -> {
            assertThat(panel.at("/datasource/uid").asText()).isEqualTo(uid);
            assertThat(panel.get("targets")).isNotEmpty();
        });
        assertThat(dashboard.get("uid").asText()).isEqualTo("ticketing");
        assertThat(Files.exists(OpsProvisioning.OPS.resolve("grafana/provisioning/dashboards/ticketing.yml")))
                .isTrue();
    }

    @Test
    void dashboardAndRulesAskForTheFunnelLagQueuesDeadLettersAndBreakers() {
        assertThat(OpsProvisioning.metricNamesUsed())
                .contains(
                        "ticketing_orders_total",
                        "ticketing_orders_confirmation_seconds_bucket",
                        "ticketing_payments_total",
                        "ticketing_notifications_total",
                        "eventProcessor_latency",
                        "commandBus_allTimer_seconds_bucket",
                        "ticketing_axon_sagas_active",
                        "ticketing_messaging_queue_messages",
                        "ticketing_messaging_dead_letter_queue_messages",
                        "ticketing_axon_dead_letters",
                        "resilience4j_circuitbreaker_state",
                        "ticketing_gateway_rate_limited_total");
    }

    @Test
    void findsTheMetricNamesOfAnExpressionButNotItsFunctionsLabelsOrGroupings() {
        assertThat(
                        OpsProvisioning.metricNames(
                                "histogram_quantile(0.95, sum by (le, payloadType) (rate(commandBus_allTimer_seconds_bucket{job=\"x\"}[5m])))"))
                .containsExactly("commandBus_allTimer_seconds_bucket");
        assertThat(OpsProvisioning.metricNames(
                        "sum by (job) (rate(a_total{status=~\"5..\"}[5m])) / sum by (job) (rate(b_total[5m])) > 0.01"))
                .containsExactly("a_total", "b_total");
        assertThat(OpsProvisioning.metricNames("count(max by (name) (c > 0)) or vector(0)"))
                .containsExactly("c");
    }
}
