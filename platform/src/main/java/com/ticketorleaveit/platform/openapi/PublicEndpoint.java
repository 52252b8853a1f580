package com.ticketorleaveit.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint the gateway lets through without an access token (the catalog, registration, login). The API document
 * marks it as such; every other endpoint is documented as needing the bearer token, as the gateway denies by default.
 * This only documents: the gateway's security configuration decides, and a system test holds the two together.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {}
