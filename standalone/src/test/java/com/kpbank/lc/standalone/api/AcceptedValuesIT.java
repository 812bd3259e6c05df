package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DOMAIN.md's promise on bounds, as a property: whatever value of whatever JSON type is sent in any
 * position of any task's body — dates far in the past and future, numbers of extreme exponent and
 * precision, empty and huge texts, any character, arrays and objects where a scalar belongs — the API
 * either refuses it with a 4xx problem detail, or accepts it, and then the search read model shows
 * exactly what was sent and no projection reports an error or parks an event. Sent over HTTP to the
 * started system, one draft taking every accepted change.
 * <p>
 * Builds replay a fixed seed, so that a build's outcome does not depend on the values it happened to
 * draw (a random seed once drew too few acceptable values for the coverage check); change {@link #SEED}
 * to explore other values.
 */
class AcceptedValuesIT {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String VALUE = "\"@value@\"";
    static final String SEED = "20261202";
    private static final String ADDRESS = "{\"street\":\"Hafenstrasse 1\",\"city\":\"Hamburg\",\"postalCode\":\"20457\",\"country\":\"DE\"}";
    private static final String ITEM = "{\"description\":\"Lathe\",\"hsCode\":\"845811\",\"quantity\":3,\"unit\":\"piece\"}";
    private static final String CONDITIONS = "{\"tenor\":\"AT_SIGHT\",\"deferredDays\":null,\"partialShipmentsAllowed\":true,"
            + "\"transshipmentAllowed\":false,\"latestShipmentDate\":\"" + LocalDate.now().plusMonths(2) + "\"}";

    /** Every position of a value in a task's body: the task, its body with the value in place, where the application shows it. */
    private static final List<Position> POSITIONS = List.of(
            new Position("start", "{\"clientReference\":" + VALUE + "}", "clientReference"),
            new Position("change-applicant", "{\"name\":" + VALUE + ",\"address\":" + ADDRESS + "}", "applicant.name"),
            new Position("change-applicant", "{\"name\":\"Rheinwerk\",\"address\":" + ADDRESS.replace("\"Hafenstrasse 1\"", VALUE) + "}", "applicant.address.street"),
            new Position("change-applicant", "{\"name\":\"Rheinwerk\",\"address\":" + ADDRESS.replace("\"Hamburg\"", VALUE) + "}", "applicant.address.city"),
            new Position("change-applicant", "{\"name\":\"Rheinwerk\",\"address\":" + ADDRESS.replace("\"20457\"", VALUE) + "}", "applicant.address.postalCode"),
            new Position("change-beneficiary", "{\"name\":\"Sheffield Tube\",\"address\":" + ADDRESS.replace("\"DE\"", VALUE) + "}", "beneficiary.address.country"),
            new Position("change-beneficiary", "{\"name\":\"Sheffield Tube\",\"address\":" + VALUE + "}", "beneficiary.address"),
            new Position("change-advising-bank", "{\"bic\":" + VALUE + ",\"name\":\"Advising Bank\",\"country\":\"GB\"}", "advisingBank.bic"),
            new Position("change-advising-bank", "{\"bic\":\"ADVBGB2L\",\"name\":" + VALUE + ",\"country\":\"GB\"}", "advisingBank.name"),
            new Position("change-advising-bank", "{\"bic\":\"ADVBGB2L\",\"name\":\"Advising Bank\",\"country\":" + VALUE + "}", "advisingBank.country"),
            new Position("change-amount", "{\"amount\":" + VALUE + ",\"currency\":\"USD\"}", "amount.amount"),
            new Position("change-amount", "{\"amount\":\"1250.00\",\"currency\":" + VALUE + "}", "amount.currency"),
            new Position("change-amount", "{\"amount\":\"1250.00\",\"currency\":\"USD\",\"tolerancePercent\":" + VALUE + "}", "tolerancePercent"),
            new Position("change-merchandise", "{\"items\":[" + ITEM.replace("\"Lathe\"", VALUE) + "],\"hazardous\":false}", "merchandise.items[0].description"),
            new Position("change-merchandise", "{\"items\":[" + ITEM.replace("\"845811\"", VALUE) + "],\"hazardous\":false}", "merchandise.items[0].hsCode"),
            new Position("change-merchandise", "{\"items\":[" + ITEM.replace("3", VALUE) + "],\"hazardous\":false}", "merchandise.items[0].quantity"),
            new Position("change-merchandise", "{\"items\":[" + ITEM.replace("\"piece\"", VALUE) + "],\"hazardous\":false}", "merchandise.items[0].unit"),
            new Position("change-merchandise", "{\"items\":[" + ITEM + "],\"hazardous\":" + VALUE + "}", "merchandise.hazardous"),
            new Position("change-merchandise", "{\"items\":" + VALUE + ",\"hazardous\":false}", "merchandise.items"),
            new Position("change-documents", "{\"documents\":" + VALUE + "}", "requiredDocuments.documents"),
            new Position("change-conditions", CONDITIONS.replace("\"AT_SIGHT\"", VALUE), "conditions.tenor"),
            new Position("change-conditions", CONDITIONS.replace("\"AT_SIGHT\"", "\"DEFERRED\"").replace("null", VALUE), "conditions.deferredDays"),
            new Position("change-conditions", CONDITIONS.replace("true", VALUE), "conditions.partialShipmentsAllowed"),
            new Position("change-conditions", CONDITIONS.replaceFirst("\"latestShipmentDate\":\"[^\"]*\"", "\"latestShipmentDate\":" + VALUE), "conditions.latestShipmentDate"),
            new Position("change-expiry-date", "{\"expiryDate\":" + VALUE + "}", "expiryDate"));

    private static HypermediaClient applicant;
    private static HypermediaClient operator;
    private static URI draft;

    @BeforeContainer
    static void draftOnTheStartedSystem() {
        SystemUnderTest system = SharedSystem.system();
        applicant = HypermediaClient.as(DemoUser.APPLICANT_1, system.root());
        operator = HypermediaClient.as(DemoUser.OPERATOR, system.root());
        ApiResponse started = applicant.submit(applicant.root(), "start", Map.of("clientReference", "PROPERTY-1"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        draft = started.location().orElseThrow();
    }

    @Property(tries = 600, seed = SEED)
    void every_value_is_refused_with_a_problem_or_shown_as_sent(@ForAll("positions") Position position, @ForAll("values") String value) {
        // a property whose values were all refused would check nothing of what is accepted
        Statistics.label("answer").coverage(coverage -> coverage.check("accepted").count(count -> count >= 20));
        ApiResponse answer = send(position, value);

        if (answer.status() >= 400 && answer.status() < 500) {
            Statistics.label("answer").collect("refused");
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
            return;
        }
        Statistics.label("answer").collect("accepted");
        assertThat(answer.status()).as("accepted, or refused with a 4xx: " + answer).isIn(200, 201, 202);
        URI application = answer.location().orElseThrow();
        JsonNode sent = parse(value);
        // a 200 or 201 carries the representation the read model shows; a 202 says it will show it
        ApiResponse seen = answer.status() == 202
                ? await().atMost(Duration.ofSeconds(30)).until(() -> applicant.get(application), shownAt -> shownAt.status() == 200)
                : answer;
        JsonNode shown = shown(seen.json(), position.shownAt());
        assertThat(sameValue(position, sent, shown)).as(position + " shows " + shown + ", was sent " + value).isTrue();
        operator.follow(operator.root(), "projections").json().path("_embedded").path("projections").forEach(projection -> {
            assertThat(projection.path("state").asText()).as(projection.toString()).isNotEqualTo("ERROR");
            assertThat(projection.path("deadLetters").asLong()).as(projection.toString()).isZero();
        });
    }

    @Provide
    Arbitrary<Position> positions() {
        return Arbitraries.of(POSITIONS);
    }

    /** JSON values of every type, across each type's whole range, as the JSON text a client would send. */
    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().alpha().numeric().withChars(" -.,/&'").ofMinLength(0).ofMaxLength(200),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(11),
                Arbitraries.strings().alpha().ofMinLength(1_000).ofMaxLength(70_000),
                Arbitraries.of("", " ", "AT_SIGHT", "DEFERRED", "CERTIFICATE_OF_ORIGIN", "DE", "GB", "KP", "USD", "AUD", "XXX",
                        "usd", "de", "\u0000", "\ud800", "\udfff\ud800", "\u202e", "<script>", "${jndi:ldap://x}"));
        Arbitrary<String> dates = Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(day -> LocalDate.ofEpochDay(day).toString()),
                Arbitraries.integers().between(-40_000, 40_000).map(days -> LocalDate.now().plusDays(days).toString()),
                Arbitraries.of("2027-02-30", "2027-1-31", "27-01-31", "2027-01-31T00:00:00Z", "20270131", "2027/01/31"));
        Arbitrary<String> decimals = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(3).map(BigDecimal::toPlainString),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("600000")).ofScale(2).map(BigDecimal::toPlainString),
                Arbitraries.integers().between(-10_000_000, 10_000_000).map(exponent -> "1e" + exponent),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40));
        Arbitrary<String> scalars = Arbitraries.oneOf(
                texts.map(AcceptedValuesIT::json),
                dates.map(AcceptedValuesIT::json),
                decimals.map(AcceptedValuesIT::json),
                decimals,
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(String::valueOf),
                Arbitraries.integers().between(-5, 400).map(String::valueOf),
                Arbitraries.of("true", "false", "null", "-0", "0.0", "1.9", "1E+2"));
        return Arbitraries.oneOf(scalars,
                scalars.list().ofMaxSize(4).map(list -> "[" + String.join(",", list) + "]"),
                Arbitraries.of("CERTIFICATE_OF_ORIGIN", "BILL_OF_LADING", "PACKING_LIST", "PASSPORT").map(AcceptedValuesIT::json)
                        .list().ofMaxSize(7).map(list -> "[" + String.join(",", list) + "]"),
                scalars.map(inner -> "{\"value\":" + inner + "}"),
                Arbitraries.just("[" + ITEM + "," + ITEM.replace("Lathe", "Drill") + "]"),
                Arbitraries.just("{}"));
    }

    private static ApiResponse send(Position position, String value) {
        String body = position.body().replace(VALUE, value);
        URI target = position.task().equals("start") ? draft.resolve("/lc-applications") : URI.create(draft + "/" + position.task());
        return applicant.send("POST", target, Map.of("Content-Type", "application/json"), HttpRequest.BodyPublishers.ofString(body));
    }

    /** The value at a path such as {@code merchandise.items[0].quantity}; a missing node where there is none. */
    private static JsonNode shown(JsonNode application, String path) {
        JsonNode node = application;
        for (String step : path.split("\\.")) {
            int index = step.indexOf('[');
            node = index < 0 ? node.path(step) : node.path(step.substring(0, index)).path(Integer.parseInt(step.substring(index + 1, step.length() - 1)));
        }
        return node;
    }

    /** The value shown is the one sent: amounts and counts as numbers, sets of documents as sets. */
    private static boolean sameValue(Position position, JsonNode sent, JsonNode shown) {
        if (sent.isNull()) {
            return shown.isNull() || shown.isMissingNode();
        }
        if (position.shownAt().equals("amount.amount")) {
            return shown.isTextual() && new BigDecimal(sent.asText()).compareTo(new BigDecimal(shown.asText())) == 0;
        }
        if (sent.isNumber() && shown.isNumber()) {
            return sent.decimalValue().compareTo(shown.decimalValue()) == 0;
        }
        if (position.shownAt().equals("requiredDocuments.documents")) {
            return asSet(sent).equals(asSet(shown));
        }
        return sent.equals(shown);
    }

    private static Set<JsonNode> asSet(JsonNode array) {
        Set<JsonNode> elements = new HashSet<>();
        array.forEach(elements::add);
        return elements;
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the generator made JSON that is not: " + value, e);
        }
    }

    /** A text as a JSON string, every character outside printable ASCII escaped, unpaired surrogates included. */
    private static String json(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    record Position(String task, String body, String shownAt) {
        @Override
        public String toString() {
            return task + " " + shownAt;
        }
    }
}
