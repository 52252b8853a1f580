package com.ticketorleaveit.platform.openapi;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The problem+json answers (RFC 9457) that operations share, each with an example as the services and the gateway
 * write it: the type is {@code urn:problem:ticketing:<code>}, {@code code} the stable error code a client branches on.
 * An operation's own refusals (a sold-out tier, a name taken) carry codes of their own under the same shape.
 */
enum DocumentedProblems {
    BAD_REQUEST(
            400,
            "BadRequest",
            "Malformed input: a field or parameter fails validation (`VALIDATION_FAILED`, with the fields in `errors`),"
                    + " the body is not the JSON expected (`MALFORMED_REQUEST`), a parameter has an invalid value"
                    + " (`INVALID_PARAMETER`).",
            "VALIDATION_FAILED",
            "The request has invalid fields.",
            false),
    UNAUTHENTICATED(
            401,
            "Unauthenticated",
            "No access token, or one that is expired or not ours (`UNAUTHENTICATED`).",
            "UNAUTHENTICATED",
            "This endpoint needs an access token (Authorization: Bearer ...).",
            false),
    FORBIDDEN(
            403,
            "Forbidden",
            "The access token lacks a role this operation needs (`FORBIDDEN`), or the caller may not do this to this"
                    + " resource (a code of the operation's own, such as `NOT_DOOR_STAFF`).",
            "FORBIDDEN",
            "You may not do this.",
            false),
    NOT_FOUND(
            404,
            "NotFound",
            "No such resource, or one the caller may not see: someone else's is answered as if it did not exist.",
            "NOT_FOUND",
            "No such resource.",
            false),
    PAYLOAD_TOO_LARGE(
            413,
            "PayloadTooLarge",
            "The request body is over the limit (1 MB by default) and was not read (`PAYLOAD_TOO_LARGE`).",
            "PAYLOAD_TOO_LARGE",
            "The request body is larger than 1048576 bytes, the most this API accepts.",
            false),
    TOO_MANY_REQUESTS(
            429,
            "TooManyRequests",
            "The gateway's rate limit for this client and route is spent (`RATE_LIMITED`): retry after"
                    + " `Retry-After` seconds.",
            "RATE_LIMITED",
            "Too many requests; retry after the number of seconds in Retry-After.",
            true),
    SERVICE_UNAVAILABLE(
            503,
            "ServiceUnavailable",
            "A dependency is down or the service is starting (`SERVICE_UNAVAILABLE`): retry after `Retry-After` seconds."
                    + " Nothing was changed.",
            "SERVICE_UNAVAILABLE",
            "The service is starting or unavailable; retry shortly.",
            true);

    static final String REFERENCE = "#/components/responses/";
    static final String SCHEMA = "Problem";
    static final String SCHEMA_REFERENCE = "#/components/schemas/" + SCHEMA;
    static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String component;
    private final String description;
    private final String code;
    private final String detail;
    private final boolean retryAfter;

    DocumentedProblems(
            int status, String component, String description, String code, String detail, boolean retryAfter) {
        this.status = status;
        this.component = component;
        this.description = description;
        this.code = code;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    String component() {
        return component;
    }

    String reference() {
        return REFERENCE + component;
    }

    /** The shared response an operation refers to. */
    ApiResponse response() {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                MEDIA_TYPE,
                                new MediaType()
                                        .schema(new Schema<>().$ref(SCHEMA_REFERENCE))
                                        .example(example())));
        if (retryAfter) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("Seconds to wait before trying again.")
                            .schema(new IntegerSchema().minimum(BigDecimal.ZERO)));
        }
        return response;
    }

    private Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:problem:ticketing:" + code.toLowerCase().replace('_', '-'));
        example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/orders");
        example.put("code", code);
        if (this == BAD_REQUEST) {
            example.put(
                    "errors", List.of(Map.of("field", "quantity", "message", "must be greater than or equal to 1")));
        }
        return example;
    }

    /** RFC 9457's members, our {@code code}, and the fields a validation failure lists. */
    static Schema<?> schema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter, as sent."))
                .addProperty("message", new StringSchema().description("What is wrong with it."))
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("An error (RFC 9457). Some codes add members of their own, named in the operation.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri-reference")
                                .description("urn:problem:ticketing:<code in lower case, with hyphens>"))
                .addProperty("title", new StringSchema().description("The HTTP status' reason phrase."))
                .addProperty("status", new IntegerSchema().description("The HTTP status code."))
                .addProperty("detail", new StringSchema().description("What went wrong, for a human."))
                .addProperty("instance", new StringSchema().description("The request path."))
                .addProperty(
                        "code", new StringSchema().description("The stable error code: branch on this, not on detail."))
                .addProperty(
                        "errors",
                        new ArraySchema().items(fieldError).description("VALIDATION_FAILED only: each invalid field."))
                .required(List.of("type", "title", "status", "code"));
    }
}
