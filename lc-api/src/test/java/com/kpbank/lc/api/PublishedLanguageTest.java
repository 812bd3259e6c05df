package com.kpbank.lc.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.api.command.LCApplicationCommand;
import com.kpbank.lc.api.command.LCTask;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.json.LcJson;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.value.Address;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.MerchandiseItem;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.axonframework.serialization.SerializedObject;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every message and value of the published language, found by scanning, survives a round trip through the
 * JSON that Axon writes (its {@link JacksonSerializer} on {@link LcJson#objectMapper()}) and through the plain
 * mapper: a new record cannot be forgotten. And Bean Validation refuses an obviously invalid value of every
 * constrained value type.
 */
class PublishedLanguageTest {

    private static final ObjectMapper MAPPER = LcJson.objectMapper();
    private static final JacksonSerializer AXON = JacksonSerializer.builder().objectMapper(LcJson.objectMapper()).build();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static List<Class<?>> publishedRecords() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().acceptPackages("com.kpbank.lc.api").scan()) {
            return scan.getAllClasses().stream()
                       .filter(c -> c.extendsSuperclass(Record.class))
                       .<Class<?>>map(c -> c.loadClass())
                       .toList();
        }
    }

    @Test
    void the_scan_finds_commands_events_queries_and_values() {
        assertThat(publishedRecords()).contains(
                StartNewLCApplication.class, LCApplicationStarted.class, FindLCApplication.class, Money.class);
    }

    @Test
    void every_task_of_the_table_is_one_command() throws ReflectiveOperationException {
        List<LCTask> tasks = new ArrayList<>();
        for (Class<?> type : publishedRecords()) {
            if (LCApplicationCommand.class.isAssignableFrom(type)) {
                tasks.add(((LCApplicationCommand) sample(type)).task());
            }
        }
        assertThat(tasks).containsExactlyInAnyOrder(LCTask.values());
    }

    @TestFactory
    Stream<DynamicTest> every_record_round_trips_through_axons_serializer_and_the_plain_mapper() {
        return publishedRecords().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
            Object sample = sample(type);

            SerializedObject<byte[]> serialized = AXON.serialize(sample, byte[].class);
            assertThat((Object) AXON.deserialize(serialized)).isEqualTo(sample);
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(sample), type)).isEqualTo(sample);
        }));
    }

    /** A sample with a non-null value in every component, recursively. */
    static Object sample(Type type) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(sample(arguments[0]), sample(arguments[1]));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(sample(arguments[0]));
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return List.of(sample(arguments[0]));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) return "sample";
        if (raw == int.class || raw == Integer.class) return 7;
        if (raw == long.class || raw == Long.class) return 7L;
        if (raw == double.class || raw == Double.class) return 0.5;
        if (raw == boolean.class || raw == Boolean.class) return true;
        if (raw == BigDecimal.class) return new BigDecimal("12500.50");
        if (raw == UUID.class) return UUID.fromString("4f1c2b1e-7d2a-4c59-9a6e-2b0d9a1f3c11");
        if (raw == LocalDate.class) return LocalDate.of(2027, 3, 31);
        if (raw == Instant.class) return Instant.parse("2026-11-22T10:15:30.123Z");
        if (raw == Duration.class) return Duration.ofMinutes(90);
        if (raw == Period.class) return Period.ofYears(5);
        if (raw == ObjectNode.class) return JsonNodeFactory.instance.objectNode().put("sample", "value").put("count", 7);
        if (raw.isEnum()) return raw.getEnumConstants()[0];
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType());
            }
            Constructor<?> canonical = raw.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        }
        throw new IllegalArgumentException("no sample for " + type + ": teach this test its type");
    }

    static Stream<Arguments> invalidValues() {
        Country germany = Country.of("DE");
        Address address = new Address("1 Harbour Road", "Port City", "12345", germany);
        return Stream.of(
                arguments("country code not in ISO 3166", Country.of("XX")),
                arguments("lower-case country code", Country.of("de")),
                arguments("BIC of 4 characters", new Bic("DEUT")),
                arguments("client reference of 3 characters", new ClientReference("abc")),
                arguments("blank applicant id", new ApplicantId(" ")),
                arguments("blank decision maker", new DecisionMaker("")),
                arguments("application id without UUID", new LCApplicationId(null)),
                arguments("negative amount", Money.of("-1", "USD")),
                arguments("unknown currency", Money.of("10", "XYZ")),
                arguments("blank street", new Address(" ", "Port City", "12345", germany)),
                arguments("blank party name", new Party("", address)),
                arguments("advising bank without BIC", new AdvisingBank(null, "Bank", germany)),
                arguments("merchandise item of quantity 0", new MerchandiseItem("Lathe", null, 0, "piece")),
                arguments("merchandise without items", new Merchandise(List.of(), false)),
                arguments("decision without outcome", new Decision(null, "fine")),
                arguments("deferred tenor of 0 days", new Conditions(Tenor.DEFERRED, 0, false, false, LocalDate.of(2027, 1, 1))),
                arguments("required documents without a set", new RequiredDocuments(null)),
                arguments("page of size 0", new PageRequest(0, 0)),
                arguments("page beyond the search window", new PageRequest(100, 100)),
                arguments("amount of 14 integer digits", Money.of("12345678901234", "USD")),
                arguments("amount of a huge exponent, refused unscaled", Money.of("1e10000000", "USD")),
                arguments("latest shipment date no store can hold", new Conditions(Tenor.AT_SIGHT, null, false, false, LocalDate.MAX)),
                arguments("latest shipment date past the horizon", new Conditions(Tenor.AT_SIGHT, null, false, false, LocalDate.now().plusYears(5).plusDays(1))),
                arguments("latest shipment date before 2000", new Conditions(Tenor.AT_SIGHT, null, false, false, LocalDate.of(1999, 12, 31))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void bean_validation_refuses_an_obviously_invalid_value(String what, Object value) {
        assertThat(VALIDATOR.validate(value)).isNotEmpty();
    }
}
