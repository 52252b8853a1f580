package com.ticketorleaveit.gateway.routing;

import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Drops client-sent {@code X-User-*} headers before a request is forwarded, so no backend can be fooled by an
 * identity the gateway did not establish. The Authorization header travels unchanged.
 */
@Component
class StripIdentityHeadersFilter implements GlobalFilter, Ordered {

    private static final String IDENTITY_HEADER_PREFIX = "x-user-";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> identityHeaders = exchange.getRequest().getHeaders().keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(IDENTITY_HEADER_PREFIX))
                .toList();
        if (identityHeaders.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> identityHeaders.forEach(headers::remove)))
                .build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
