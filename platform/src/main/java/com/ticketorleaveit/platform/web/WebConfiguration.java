package com.ticketorleaveit.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Error responses as problem+json for every servlet deployable, and a limit on the size of what is sent to them. */
@AutoConfiguration
@Import(ProblemHandler.class)
public class WebConfiguration {

    /** Before every other filter, security included: a body over the limit is refused unread. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${ticketing.platform.web.max-request-body:1MB}") DataSize limit, ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes(), objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
