package com.ticketorleaveit.saga;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The processes that span contexts: they react to integration events and send commands. */
@SpringBootApplication(scanBasePackages = "com.ticketorleaveit.saga")
@EnableConfigurationProperties(ReadModels.class)
public class SagaOrchestratorApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(SagaOrchestratorApplication.class, args);
    }
}
