package com.ticketorleaveit.platform.openapi;

import com.ticketorleaveit.platform.web.Caller;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The API document every servlet deployable serves at {@code /v3/api-docs} (ADR 27): each operation with a summary,
 * the bearer token it needs (or none), and the problem+json answers it can give; the document with the security scheme
 * and the shared problem responses those operations refer to.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocumentConfiguration {

    static {
        // resolved from the access token (CallerArgumentResolver), never sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OperationCustomizer apiOperations() {
        return new ApiOperations();
    }

    @Bean
    OpenApiCustomizer apiDocument(@Value("${spring.application.name:ticketing}") String applicationName) {
        return new ApiDocument(applicationName);
    }
}
