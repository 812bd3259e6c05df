package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One answer of the API as a hypermedia client sees it: status, headers and body, and what the body
 * offers — its link relations ({@code _links}) and HAL-FORMS templates ({@code _templates}).
 *
 * @param uri the URI that was requested, against which relative links resolve
 */
record ApiResponse(int status, URI uri, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON; a missing node when it is empty or not JSON. */
    JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return MissingNode.getInstance();
        }
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    Optional<String> etag() {
        return headers.firstValue("ETag");
    }

    /** The aggregate version its ETag carries, e.g. 3 for {@code "3"}. */
    Optional<Long> version() {
        return etag().map(tag -> Long.parseLong(tag.replaceAll("\\D", "")));
    }

    Optional<URI> location() {
        return headers.firstValue("Location").map(uri::resolve);
    }

    /** The names of the link relations the representation carries. */
    Set<String> links() {
        return names(json().path("_links"));
    }

    /** The names of the HAL-FORMS templates the representation carries. */
    Set<String> templates() {
        return names(json().path("_templates"));
    }

    /** The href of a link relation, as given: it may be a URI template. */
    Optional<String> href(String relation) {
        JsonNode link = json().path("_links").path(relation);
        return Optional.ofNullable((link.isArray() ? link.path(0) : link).path("href").textValue());
    }

    Optional<JsonNode> template(String name) {
        JsonNode template = json().path("_templates").path(name);
        return template.isObject() ? Optional.of(template) : Optional.empty();
    }

    /** A field of the representation, e.g. {@code state}; empty when absent or null. */
    Optional<String> text(String field) {
        return Optional.ofNullable(json().path(field).asText(null));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    public String toString() {
        return status + " " + uri + " " + contentType() + " " + body;
    }
}
