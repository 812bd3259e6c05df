package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md: "No request, however malformed, produces a 5xx, a stack trace, or an error page that is not a
 * problem detail." Sends
 * {@value #DEFAULT_REQUESTS} malformed, oversized and wrong-typed requests (more with
 * {@code -Dlc.fuzz.requests=N}) to every endpoint as every kind of caller, from a seeded generator: the
 * seed is printed, and {@code -Dlc.fuzz.seed=S} replays a run request for request; builds replay a fixed seed,
 * {@code -Dlc.fuzz.seed=random} explores new requests. The URLs are those the
 * API hands out (discovered from the root), garbled.
 */
@ExtendWith(SharedSystem.class)
class ApiFuzzIT {

    private static final int DEFAULT_REQUESTS = 2_400;
    /** The builds replay this seed, so that they are reproducible; it found a body charset that gave a 500. */
    private static final long REGRESSION_SEED = 8986525109122L;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(10);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by:|\\b[\\w.]+(Exception|Error)\\b[:\\s]");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");
    private static final List<String> FIELDS = List.of("clientReference", "name", "address", "address.street",
            "address.city", "address.postalCode", "address.country", "bic", "country", "amount", "currency", "items",
            "hazardous", "documents", "tenor", "deferredDays", "partialShipmentsAllowed", "transshipmentAllowed",
            "latestShipmentDate", "expiryDate", "reason", "decision", "remarks");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
            "application/json; charset=UTF-16", "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz", "application/prs.hal-forms+json", "x/y/z", ";;;", "application/json; charset=nonsense",
            "*/*", "application/*");
    private static final List<String> ACCEPTS = List.of(HypermediaClient.HAL_FORMS, "application/hal+json", "*/*",
            "text/html", "application/xml", "application/problem+json", "a/b;q=x", "image/png");

    private final SystemUnderTest system;
    private final Random random;
    private final List<URI> applications = new ArrayList<>();
    private final List<URI> actions = new ArrayList<>();
    private final List<URI> projections = new ArrayList<>();
    private URI root;
    private String collection;
    private URI analytics;

    ApiFuzzIT(SystemUnderTest system) {
        this.system = system;
        String configured = System.getProperty("lc.fuzz.seed", String.valueOf(REGRESSION_SEED));
        long seed = configured.equals("random") ? System.nanoTime() : Long.parseLong(configured);
        System.out.println("ApiFuzzIT seed " + seed + " (replay with -Dlc.fuzz.seed=" + seed + ")");
        this.random = new Random(seed);
    }

    @Test
    void no_request_however_malformed_gets_a_5xx_or_a_stack_trace() {
        discover();
        int requests = Integer.getInteger("lc.fuzz.requests", DEFAULT_REQUESTS);
        Instant deadline = Instant.now().plus(TIME_LIMIT);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        while (sent < requests && Instant.now().isBefore(deadline)) {
            Request request = next();
            ApiResponse response = request.send();
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500 || STACK_TRACE.matcher(response.body()).find() || isAnErrorPageNotAProblem(response)) {
                failures.add(request + "\n  -> " + abbreviate(response.toString()));
            }
            sent++;
        }
        System.out.println("ApiFuzzIT sent " + sent + " requests; answers by status: " + statuses);

        assertThat(failures).as("answers with a 5xx or a stack trace").isEmpty();
        assertThat(sent).as("requests sent within " + TIME_LIMIT).isEqualTo(requests);
    }

    /** An error with a body that is not a problem detail, e.g. the servlet container's HTML page. */
    private static boolean isAnErrorPageNotAProblem(ApiResponse response) {
        return response.status() >= 400 && !response.body().isEmpty() && !response.contentType().startsWith("application/problem+json");
    }

    /** The URLs the API hands out: root, collection, applications in two states and every action on them. */
    private void discover() {
        HypermediaClient applicant = HypermediaClient.as(DemoUser.APPLICANT_1, system.root());
        HypermediaClient operator = HypermediaClient.as(DemoUser.OPERATOR, system.root());
        ApiResponse home = applicant.root();
        root = home.uri();
        collection = home.href("lc-applications").orElseThrow();
        analytics = HypermediaClient.linkTarget(home, "analytics", Map.of());
        ApiResponse draft = applicant.submit(home, "start", Map.of("clientReference", "FUZZ-DRAFT"));
        ApiResponse submitted = applicant.submit(home, "start", Map.of("clientReference", "FUZZ-SUBMITTED"));
        for (Drafts.Change change : Drafts.complete("1000.00", "EUR", "fuzzed widgets")) {
            submitted = applicant.submit(submitted, change.template(), change.values());
        }
        submitted = applicant.submit(submitted, "submit", Map.of());
        assertThat(submitted.text("state")).hasValue("SUBMITTED");
        for (ApiResponse application : List.of(draft, submitted,
                HypermediaClient.as(DemoUser.MANAGER, system.root()).reload(submitted),
                HypermediaClient.as(DemoUser.ANALYST, system.root()).reload(submitted))) {
            applications.add(HypermediaClient.linkTarget(application, "self", Map.of()));
            // a live view answers for as long as it is open, not once: HistoryAndLiveUpdatesIT refuses its bad requests
            application.links().stream().filter(link -> !link.equals("self") && !link.equals("updates"))
                    .forEach(link -> actions.add(HypermediaClient.linkTarget(application, link, Map.of())));
        }
        ApiResponse projectionList = operator.follow(operator.root(), "projections");
        projections.add(projectionList.uri());
        projectionList.json().path("_embedded").path("projections")
                .forEach(projection -> projections.add(root.resolve(projection.path("_links").path("self").path("href").asText())));
    }

    /** One garbled request to a randomly chosen endpoint. */
    private Request next() {
        return switch (random.nextInt(11)) {
            case 0 -> request(anyMethod(), root, noBody());
            case 10 -> request(random.nextBoolean() ? "GET" : "POST", containerRefusal(), noBody())
                    .with("X-Padding", "x".repeat(random.nextInt(30_000)));
            case 1 -> request("GET", badCollectionQuery(), noBody());
            case 2 -> request(random.nextBoolean() ? "GET" : anyMethod(), badApplicationId(), noBody());
            case 3 -> request("POST", root.resolve(collection.substring(0, collection.indexOf('{'))), garbageBody())
                    .with("Idempotency-Key", badIdempotencyKey());
            case 4, 5 -> request(random.nextInt(5) == 0 ? anyMethod() : "POST", pick(actions), garbageBody())
                    .with("If-Match", badIfMatch());
            case 6 -> request(anyMethod(), analytics, garbageBody());
            case 7 -> request(random.nextBoolean() ? "GET" : pick(List.of("PUT", "DELETE", "PATCH")),
                    random.nextBoolean() ? pick(projections) : root.resolve("projections/" + encode(garbage(1, 40)) + "/replay"),
                    garbageBody());
            case 8 -> request(anyMethod(), root.resolve(pick(List.of("explorer", "explorer/", "explorer/index.html",
                    "explorer/" + encode(garbage(1, 60)), "explorer/../../etc/passwd"))), noBody());
            default -> request(anyMethod(), root.resolve(encode(garbage(1, 80))), garbageBody());
        };
    }

    private Request request(String method, URI uri, byte[] body) {
        Request request = new Request(method, uri, new LinkedHashMap<>(), body);
        request.headers.put("Accept", pick(ACCEPTS));
        if (body.length > 0 || random.nextInt(4) == 0) {
            request.headers.put("Content-Type", pick(CONTENT_TYPES));
        }
        credentials().ifPresent(authorization -> request.headers.put("Authorization", authorization));
        return request;
    }

    /** Mostly the demo users, sometimes nobody, a wrong password or a garbled header. */
    private java.util.Optional<String> credentials() {
        int choice = random.nextInt(10);
        if (choice < DemoUser.values().length + 2) {
            DemoUser user = DemoUser.values()[random.nextInt(DemoUser.values().length)];
            return java.util.Optional.of(HypermediaClient.authorization(user, system.root()));
        }
        return switch (choice) {
            case 7 -> java.util.Optional.empty();
            case 8 -> java.util.Optional.of(HypermediaClient.basic("manager", garbage(0, 30)));
            default -> java.util.Optional.of(pick(List.of("Basic", "Basic !!!", "Basic " + garbage(1, 50), "Bearer abc.def.ghi",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)))));
        };
    }

    private URI badCollectionQuery() {
        String base = collection.substring(0, collection.indexOf('{'));
        List<Supplier<String>> parameters = List.of(
                () -> "q=" + encode(garbage(0, 300)),
                () -> "q=" + "x".repeat(random.nextInt(5_000)),
                () -> "q=" + encode("*~^\"(:[{ AND OR /regex/ \\"),
                () -> "state=" + pick(List.of("BOGUS", "draft", "", "DRAFT,NOPE", "%00")),
                () -> "state=SUBMITTED&state=" + encode(garbage(1, 10)),
                () -> "page=" + pick(List.of("-1", "abc", "99999999999999999999", "1e3", "", "10001", "2147483648", "100&size=100", "9999&size=2")),
                () -> "size=" + pick(List.of("0", "-5", "1000000", "abc", "", "9223372036854775808")),
                () -> "sort=" + encode(garbage(1, 20)));
        StringBuilder query = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            query.append(i == 0 ? "?" : "&").append(pick(parameters).get());
        }
        return root.resolve(base + query);
    }

    /** What Tomcat or the security firewall refuses before the API sees it: encodings in the path, oversized lines. */
    private URI containerRefusal() {
        return URI.create(root + pick(List.of("lc-applications/%00", "lc-applications/a%2Fb", "projections;x=1",
                "lc-applications/%5C", "lc-applications/%25", "lc-applications/" + UUID.randomUUID() + ";jsessionid=x",
                "lc-applications?q=" + "x".repeat(8_000 + random.nextInt(8_000)), "%2e%2e/%2e%2e/etc/passwd", "lc-applications//x")));
    }

    private URI badApplicationId() {
        String id = pick(List.of(encode(garbage(1, 60)), UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
                "not-a-uuid", "x".repeat(2_000 + random.nextInt(10_000)), "%20", "..", "%2e%2e%2f", "-1",
                UUID.randomUUID() + "/" + encode(garbage(1, 20))));
        return root.resolve("lc-applications/" + id);
    }

    private byte[] garbageBody() {
        String field = pick(FIELDS);
        return switch (random.nextInt(14)) {
            case 0 -> new byte[0];
            case 1 -> utf8(pick(List.of("null", "[]", "\"\"", "0", "true", "{}", "-1e999", "\"x\"")));
            case 2 -> utf8(garbage(0, 300));
            case 3 -> invalidUtf8(field);
            case 4 -> utf8("{\"" + field + "\": \"" + "a".repeat(10_000 + random.nextInt(1_000_000)) + "\"}");
            case 5 -> utf8("[".repeat(1_000 + random.nextInt(100_000)));
            case 6 -> utf8("{\"a\":".repeat(500 + random.nextInt(5_000)) + "1" + "}".repeat(random.nextInt(5_000)));
            case 7 -> utf8(wrongTypes());
            case 8 -> utf8("{\"amount\": " + pick(List.of("9".repeat(1 + random.nextInt(20_000)), "1e10000000", "\"1e10000000\"",
                    "\"-1e-10000000\"", "1E+2147483647")) + ", \"currency\": \"USD\"}");
            case 9 -> utf8(validLookingBody() + pick(List.of("", "garbage", "}", ",", "{\"again\": 1}")));
            case 10 -> utf8("{\"" + field + "\": \"" + pick(List.of("\\u0000", "\\ud800", "\\uDFFF\\uD800", "\u202e\u0000",
                    "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "' OR 1=1 --", "\\\\")) + "\"}");
            case 11 -> utf8("{\"" + field + "\": 1, \"" + field + "\": \"dup\", \"" + garbage(1, 10).replace("\"", "") + "\": []}");
            case 12 -> randomBytes();
            default -> utf8(validLookingBody());
        };
    }

    /** Every known field with a value of some type, mostly the wrong one. */
    private String wrongTypes() {
        StringBuilder json = new StringBuilder("{");
        for (String field : FIELDS) {
            if (random.nextBoolean()) {
                json.append(json.length() > 1 ? "," : "").append('"').append(field).append("\":").append(anyJsonValue(2));
            }
        }
        return json.append('}').toString();
    }

    private String anyJsonValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> pick(List.of("1e400", "-0", "0.0000000000000000000001", "NaN", "1.5", "-7"));
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> '"' + garbage(0, 40).replace("\\", "").replace("\"", "") + '"';
            case 5 -> '"' + pick(List.of("2027-02-30", "yesterday", "USD", "KP", "DEFERRED", "APPROVED", "")) + '"';
            case 6 -> "\"" + LocalDate.now().plusDays(random.nextInt(2_000) - 1_000) + "\"";
            case 7 -> "[" + anyJsonValue(depth - 1) + "," + anyJsonValue(depth - 1) + "]";
            default -> "{\"" + pick(FIELDS) + "\":" + anyJsonValue(depth - 1) + "}";
        };
    }

    /** A body of the shape of some task, one value garbled. */
    private String validLookingBody() {
        return pick(List.of(
                "{\"clientReference\": \"" + garbage(0, 40).replace("\\", "").replace("\"", "") + "\"}",
                "{\"amount\": \"" + pick(List.of("1", "0", "-1", "12.345", "1e5", "9999999999999.99", "abc")) + "\", \"currency\": \""
                        + pick(List.of("USD", "usd", "XXX", "", "EURO")) + "\"}",
                "{\"name\": \"x\", \"address\": {\"street\": \"s\", \"city\": \"c\", \"postalCode\": \"p\", \"country\": \""
                        + pick(List.of("DE", "KP", "ZZ", "de", "")) + "\"}}",
                "{\"bic\": \"" + pick(List.of("DEUTDEFF", "bad", "DEUTDEFF500", "")) + "\", \"name\": \"n\", \"country\": \"DE\"}",
                "{\"items\": [{\"description\": \"d\", \"hsCode\": \"" + pick(List.of("123", "730419", "x")) + "\", \"quantity\": "
                        + pick(List.of("0", "-1", "1", "1e10", "\"many\"")) + ", \"unit\": \"kg\"}], \"hazardous\": \"maybe\"}",
                "{\"documents\": [\"" + pick(List.of("CERTIFICATE_OF_ORIGIN", "PASSPORT", "")) + "\", null]}",
                "{\"tenor\": \"" + pick(List.of("AT_SIGHT", "DEFERRED", "LATER")) + "\", \"deferredDays\": " + (random.nextInt(1_000) - 100)
                        + ", \"latestShipmentDate\": " + pick(List.of("\"2027-01-01\"", "\"2027-13-45\"", "\"soon\"", "\"+999999999-12-31\"",
                        "\"-999999999-01-01\"", "20270101", "\"0000-01-01\"", "\"9999-12-31\"")) + "}",
                "{\"expiryDate\": " + pick(List.of("\"2000-01-01\"", "\"2099-12-31\"", "\"31/12/2027\"", "\"\"", "\"+10000-01-01\"", "-1", "1.5e300")) + "}",
                "{\"items\": [{\"description\": \"d\", \"quantity\": " + pick(List.of("1.9", "\"2\"", "1e1000000000", "true")) + ", \"unit\": \"kg\", \"extra\": 1}], \"hazardous\": 0}",
                "{\"reason\": " + pick(List.of("\"\"", "\"   \"", "null", "\"because\"")) + "}",
                "{\"decision\": \"" + pick(List.of("APPROVED", "REJECTED", "MAYBE", "")) + "\", \"remarks\": 5}"));
    }

    private String badIfMatch() {
        return pick(List.of("", "*", "\"0\"", "\"-1\"", "W/\"1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "garbage",
                "\"" + garbage(0, 20).replace("\"", "") + "\"", "\"" + random.nextInt(30) + "\"", "\"" + random.nextInt(30) + "\""));
    }

    private String badIdempotencyKey() {
        return pick(List.of("", " ", "k".repeat(201), "k".repeat(5_000), garbage(1, 50), UUID.randomUUID().toString(), "same-key"));
    }

    private byte[] invalidUtf8(String field) {
        byte[] prefix = utf8("{\"" + field + "\": \"");
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] suffix = utf8("\"}");
        byte[] body = Arrays.copyOf(prefix, prefix.length + invalid.length + suffix.length);
        System.arraycopy(invalid, 0, body, prefix.length, invalid.length);
        System.arraycopy(suffix, 0, body, prefix.length + invalid.length, suffix.length);
        return body;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(2_000)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Printable ASCII, JSON and URL metacharacters included. */
    private String garbage(int min, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = min + random.nextInt(max - min + 1); i < n; i++) {
            text.append((char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }

    private String anyMethod() {
        return pick(METHODS);
    }

    private byte[] noBody() {
        return random.nextInt(5) == 0 ? garbageBody() : new byte[0];
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    /** A request as sent, described well enough to read a failure. */
    private final class Request {
        private final String method;
        private final URI uri;
        private final Map<String, String> headers;
        private final byte[] body;

        private Request(String method, URI uri, Map<String, String> headers, byte[] body) {
            this.method = method;
            this.uri = uri;
            this.headers = headers;
            this.body = body;
        }

        Request with(String header, String value) {
            if (random.nextBoolean()) {
                headers.put(header, value);
            }
            return this;
        }

        ApiResponse send() {
            boolean bodyless = Stream.of("GET", "HEAD", "OPTIONS").anyMatch(method::equals) && body.length == 0;
            return HypermediaClient.anonymous(system.root()).send(method, uri, headers,
                    bodyless ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        }

        @Override
        public String toString() {
            return method + " " + abbreviate(uri.toString()) + " " + headers.keySet().stream()
                    .map(name -> name + "=" + abbreviate(headers.get(name))).toList() + " body(" + body.length + " bytes): "
                    + abbreviate(new String(body, StandardCharsets.UTF_8));
        }
    }
}
