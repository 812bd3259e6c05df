package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.hateoas.UriTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A client of the hypermedia API that is given one URL, the root, and knows only the names of API.md:
 * it follows link relations (expanding templated links, RFC 6570), and takes actions by filling the
 * HAL-FORMS template of that name — its method, its target (or the representation's {@code self}) and
 * its properties — sending the ETag of the representation it took the form from as {@code If-Match}.
 * It builds no other URL, so a test written with it fails when the API stops offering what it should.
 * It speaks real HTTP as one user (HTTP Basic, or the bearer tokens of the system's identity provider); one client may
 * be used by many threads.
 */
final class HypermediaClient {

    static final String HAL_FORMS = "application/prs.hal-forms+json";
    static final String JSON_MEDIA_TYPE = "application/json";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The demo users of the standalone system: HTTP Basic, password = user name. */
    static final Function<DemoUser, String> HTTP_BASIC = user -> basic(user.userName(), user.password());
    /** How the demo users prove who they are to a system, by the authority of its root, where it is not HTTP Basic. */
    private static final Map<String, Function<DemoUser, String>> DEMO_USERS = new ConcurrentHashMap<>();

    private final URI root;
    private final Supplier<Optional<String>> authorization;
    private final Consumer<HttpRequest> observer;

    private HypermediaClient(URI root, Supplier<Optional<String>> authorization, Consumer<HttpRequest> observer) {
        this.root = root;
        this.authorization = authorization;
        this.observer = observer;
    }

    /** A demo user, authenticated as the system at that root takes them (asked at each request: tokens expire). */
    static HypermediaClient as(DemoUser user, URI root) {
        return new HypermediaClient(root, () -> Optional.of(authorization(user, root)), request -> { });
    }

    static HypermediaClient withCredentials(String user, String password, URI root) {
        String authorization = basic(user, password);
        return new HypermediaClient(root, () -> Optional.of(authorization), request -> { });
    }

    static HypermediaClient anonymous(URI root) {
        return new HypermediaClient(root, Optional::empty, request -> { });
    }

    /** The {@code Authorization} header a demo user sends now to the system at that root. */
    static String authorization(DemoUser user, URI root) {
        return DEMO_USERS.getOrDefault(root.getRawAuthority(), HTTP_BASIC).apply(user);
    }

    /** The demo users send this {@code Authorization} header to the system at that root (e.g. its identity provider's token). */
    static void authenticateDemoUsers(URI root, Function<DemoUser, String> authorization) {
        DEMO_USERS.put(root.getRawAuthority(), authorization);
    }

    /** The demo users send HTTP Basic to the system at that root again. */
    static void forgetDemoUsers(URI root) {
        DEMO_USERS.remove(root.getRawAuthority());
    }

    /** This client, telling the observer of every request it sends before sending it: for tests that count them. */
    HypermediaClient observedBy(Consumer<HttpRequest> observer) {
        return new HypermediaClient(root, authorization, observer);
    }

    /** The {@code Authorization} header of HTTP Basic. */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    ApiResponse root() {
        return get(root);
    }

    /** GETs the target of a link relation the representation carries. */
    ApiResponse follow(ApiResponse from, String relation) {
        return follow(from, relation, Map.of());
    }

    /** GETs the target of a (templated) link relation, its template expanded with these parameters. */
    ApiResponse follow(ApiResponse from, String relation, Map<String, ?> parameters) {
        return get(linkTarget(from, relation, parameters));
    }

    /** The application's history as this user sees it: its first hundred entries, oldest first. */
    List<JsonNode> history(ApiResponse application) {
        ApiResponse history = follow(application, "history", Map.of("size", 100));
        if (history.status() != 200) {
            throw new AssertionError("no history: " + history);
        }
        List<JsonNode> entries = new ArrayList<>();
        history.json().path("_embedded").path("entries").forEach(entries::add);
        return entries;
    }

    /** A read model as the operators' projections show it, found from the root by its name. */
    ApiResponse projection(String name) {
        JsonNode projections = follow(root(), "projections").json().path("_embedded").path("projections");
        for (JsonNode projection : projections) {
            if (projection.path("name").asText().equals(name)) {
                return get(URI.create(projection.path("_links").path("self").path("href").asText()));
            }
        }
        throw new AssertionError("no projection " + name + " in " + projections);
    }

    /** The representation again, as its {@code self} link now answers. */
    ApiResponse reload(ApiResponse representation) {
        return follow(representation, "self");
    }

    /** Where a link relation of the representation points, its template expanded with these parameters. */
    static URI linkTarget(ApiResponse from, String relation, Map<String, ?> parameters) {
        String href = from.href(relation).orElseThrow(() -> new AssertionError("no link '" + relation + "' in " + from));
        return from.uri().resolve(UriTemplate.of(href).expand(parameters));
    }

    /**
     * Fills the template with these values, keyed by the template's property names ({@code address.country}
     * is {@code country} inside {@code address} of the body), and submits it. Refuses values the form does
     * not ask for and forms missing a required property, as a form in a user interface would.
     */
    ApiResponse submit(ApiResponse from, String template, Map<String, ?> values) {
        JsonNode form = form(from, template);
        Set<String> required = new HashSet<>();
        Set<String> declared = new HashSet<>();
        form.path("properties").forEach(property -> {
            declared.add(property.path("name").asText());
            if (property.path("required").asBoolean()) {
                required.add(property.path("name").asText());
            }
        });
        if (!declared.containsAll(values.keySet()) || !values.keySet().containsAll(required)) {
            throw new IllegalArgumentException("template '" + template + "' declares " + declared + ", requires "
                    + required + "; given " + values.keySet());
        }
        ObjectNode body = JSON.createObjectNode();
        values.forEach((path, value) -> put(body, path, JSON.valueToTree(value)));
        return submitBody(from, template, body.toString());
    }

    /** Submits a template with this body exactly as given, valid or not: for tests of the API's refusals. */
    ApiResponse submitBody(ApiResponse from, String template, String body) {
        JsonNode form = form(from, template);
        String target = Optional.ofNullable(form.path("target").textValue())
                .or(() -> from.href("self"))
                .orElseThrow(() -> new AssertionError("template '" + template + "' has no target and " + from + " no self link"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", form.path("contentType").asText(JSON_MEDIA_TYPE));
        from.etag().ifPresent(etag -> headers.put("If-Match", etag));
        return send(form.path("method").asText("POST"), from.uri().resolve(target), headers,
                HttpRequest.BodyPublishers.ofString(body));
    }

    ApiResponse get(URI uri) {
        return send("GET", uri, Map.of(), HttpRequest.BodyPublishers.noBody());
    }

    /** Opens the event stream a link relation points to, as this user, with these extra headers (e.g. {@code Last-Event-ID}). */
    EventStream stream(ApiResponse from, String relation, Map<String, String> headers) {
        return stream(from, relation, Map.of(), headers);
    }

    /** Opens the event stream a templated link relation points to, its template expanded with these parameters. */
    EventStream stream(ApiResponse from, String relation, Map<String, ?> parameters, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(linkTarget(from, relation, parameters)).GET().header("Accept", "text/event-stream");
        authorization.get().ifPresent(value -> request.header("Authorization", value));
        headers.forEach(request::setHeader);
        try {
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new EventStream(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + relation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + relation, e);
        }
    }

    /** Any request, as this user: the escape hatch of the tests that send what no form would. */
    ApiResponse send(String method, URI uri, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).method(method, body).header("Accept", HAL_FORMS);
        authorization.get().ifPresent(value -> request.header("Authorization", value));
        headers.forEach(request::setHeader);
        HttpRequest built = request.build();
        observer.accept(built);
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), uri, response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + uri, e);
        }
    }

    private static JsonNode form(ApiResponse from, String template) {
        return from.template(template).orElseThrow(() -> new AssertionError("no template '" + template + "' in " + from));
    }

    private static void put(ObjectNode body, String path, JsonNode value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.set(path, value);
        } else {
            ObjectNode inner = body.has(path.substring(0, dot)) ? (ObjectNode) body.get(path.substring(0, dot))
                    : body.putObject(path.substring(0, dot));
            put(inner, path.substring(dot + 1), value);
        }
    }
}
