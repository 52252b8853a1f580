package com.ticketorleaveit.platform.commandbus;

import java.net.URI;
import java.util.Map;
import org.springframework.cloud.client.serviceregistry.Registration;

/** This node as the command router sees it, when discovery is a static list rather than a registry. */
record LocalRegistration(String serviceId, URI uri) implements Registration {

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public String getHost() {
        return uri.getHost();
    }

    @Override
    public int getPort() {
        return uri.getPort();
    }

    @Override
    public boolean isSecure() {
        return "https".equals(uri.getScheme());
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public Map<String, String> getMetadata() {
        return Map.of();
    }
}
