package com.kpbank.lc.gateway.hal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.kpbank.lc.api.value.CalendarDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Request bodies are read as they were sent, or refused (API.md, errors): no value changes its type on the
 * way in ({@code 1.9} is not a quantity, {@code 123} not a name, {@code "true"} not a flag), a date is a
 * calendar date written {@code yyyy-MM-dd} and nothing else ({@code 20270101} is not an epoch day,
 * {@code +999999999-12-31} not a date of this API), a text is well-formed Unicode (an unpaired surrogate,
 * which a JSON escape can carry, could be stored but never written out again), and an unknown or
 * repeated property is an error, not something dropped or overwritten. A flag is {@code true} or
 * {@code false} ({@code null} is neither); one left out is {@code false}, as a form leaves out a box not
 * ticked. A count left out is 0, which its bound refuses.
 * The template of a form advertises the same: dates by {@link CalendarDate#PATTERN}, every other bound
 * from the body type's constraints.
 * <p>
 * This is the mapping of the API's HTTP bodies only: messages between services keep the tolerant
 * mapping of the published language ({@code LcJson}), so a reader accepts what a newer writer adds.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBinding {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deserializerByType(LocalDate.class, new CalendarDates())
                .deserializerByType(String.class, new WellFormedTexts())
                .deserializerByType(boolean.class, new Flags());
    }

    /** A value written as a JSON string and nothing else, read from its text or refused as malformed. */
    abstract static class FromTextOnly<T> extends StdScalarDeserializer<T> {

        private final String expected;

        FromTextOnly(Class<T> type, String expected) {
            super(type);
            this.expected = expected;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            T value = read(parser.getText());
            return value != null ? value : (T) context.handleWeirdStringValue(handledType(), "", expected);
        }

        /** The value of the text; {@code null} when the text is not one. */
        abstract T read(String text);
    }

    /** A text is a JSON string (not a number or a flag written as one) of well-formed UTF-16. */
    static final class WellFormedTexts extends FromTextOnly<String> {

        WellFormedTexts() {
            super(String.class, "not well-formed Unicode");
        }

        @Override
        String read(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return null;
                }
            }
            return text;
        }
    }

    /** A flag is JSON {@code true} or {@code false}; absent, it is {@code false}. */
    static final class Flags extends StdScalarDeserializer<Boolean> {

        Flags() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE)) {
                return parser.getBooleanValue();
            }
            return (Boolean) context.handleUnexpectedToken(boolean.class, parser);
        }

        @Override
        public Boolean getNullValue(DeserializationContext context) throws JsonMappingException {
            throw MismatchedInputException.from(context.getParser(), boolean.class, "a flag is true or false, not null");
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return Boolean.FALSE;
        }
    }

    /** A date is a JSON string of the form {@code yyyy-MM-dd} naming a day of the calendar. */
    static final class CalendarDates extends FromTextOnly<LocalDate> {

        private static final Pattern FORM = Pattern.compile(CalendarDate.PATTERN);

        CalendarDates() {
            super(LocalDate.class, "not a calendar date of the form yyyy-MM-dd");
        }

        @Override
        LocalDate read(String text) {
            if (!FORM.matcher(text).matches()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                return null; // e.g. 2027-02-30
            }
        }
    }
}
