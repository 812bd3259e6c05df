package com.kpbank.lc.gateway.hal;

import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.core.ResolvableType;
import org.springframework.hateoas.AffordanceModel.InputPayloadMetadata;
import org.springframework.hateoas.AffordanceModel.Named;
import org.springframework.hateoas.AffordanceModel.PropertyMetadata;
import org.springframework.hateoas.mediatype.PropertyUtils;
import org.springframework.http.MediaType;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The properties of a request body as one flat HAL-FORMS form: HAL-FORMS has no nested properties,
 * so the leaves of nested value objects become properties named by their path in the JSON body
 * ({@code address.country}), and single-value types ({@code Country}, {@code Bic}) are one property
 * carrying the constraints of their value. A client that sets each path in the body sends what the
 * task endpoint reads.
 * Works around spring-projects/spring-hateoas#1115 (no nested data in a HAL-FORMS template).
 */
public final class FlatPayload implements InputPayloadMetadata {

    private static final String PUBLISHED_LANGUAGE = "com.kpbank.lc";

    private final Class<?> type;
    private final Map<String, PropertyMetadata> properties;
    private final List<MediaType> mediaTypes;

    private FlatPayload(Class<?> type, Map<String, PropertyMetadata> properties, List<MediaType> mediaTypes) {
        this.type = type;
        this.properties = properties;
        this.mediaTypes = mediaTypes;
    }

    public static FlatPayload of(Class<?> type) {
        Map<String, PropertyMetadata> properties = new LinkedHashMap<>();
        flatten("", type, true).forEach(property -> properties.put(property.getName(), property));
        return new FlatPayload(type, properties, List.of(MediaType.APPLICATION_JSON));
    }

    private static Stream<PropertyMetadata> flatten(String prefix, Class<?> type, boolean required) {
        return PropertyUtils.getExposedProperties(type).stream().flatMap(property -> {
            Class<?> propertyType = property.getType().resolve(Object.class);
            String path = prefix + property.getName();
            boolean leafRequired = required && property.isRequired();
            if (singleValue(propertyType).isPresent()) {
                String valueName = singleValue(propertyType).get();
                return PropertyUtils.getExposedProperties(propertyType).getPropertyMetadata(valueName).stream()
                        .map(value -> new PathProperty(path, value, leafRequired));
            }
            if (propertyType.isRecord() && propertyType.getPackageName().startsWith(PUBLISHED_LANGUAGE)) {
                return flatten(path + ".", propertyType, leafRequired);
            }
            return Stream.of(new PathProperty(path, property, leafRequired));
        });
    }

    /** The one component of a value type that stands for it in JSON, if it is one. */
    private static Optional<String> singleValue(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.isAnnotationPresent(JsonValue.class))
                .map(Method::getName)
                .findFirst();
    }

    @Override
    public Stream<PropertyMetadata> stream() {
        return properties.values().stream();
    }

    @Override
    public <T extends Named> T customize(T target, Function<PropertyMetadata, T> customizer) {
        PropertyMetadata metadata = properties.get(target.getName());
        return metadata == null ? target : customizer.apply(metadata);
    }

    @Override
    public List<String> getI18nCodes() {
        return List.of(type.getSimpleName());
    }

    @Override
    public InputPayloadMetadata withMediaTypes(List<MediaType> mediaTypes) {
        return new FlatPayload(type, properties, mediaTypes);
    }

    @Override
    public List<MediaType> getMediaTypes() {
        return mediaTypes;
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    /**
     * A leaf property under its path in the body. Spring HATEOAS reads {@code @Size} as a numeric range
     * whatever the type; on text and lists it is a length, which HAL-FORMS carries as
     * {@code minLength}/{@code maxLength} only.
     */
    private record PathProperty(String name, PropertyMetadata leaf, boolean required) implements PropertyMetadata {

        private static final String RANGE = "range";

        private boolean isNumber() {
            Class<?> type = leaf.getType().resolve(Object.class);
            return Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isRequired() {
            return required;
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }

        @Override
        public Optional<String> getPattern() {
            return leaf.getPattern();
        }

        @Override
        public ResolvableType getType() {
            return leaf.getType();
        }

        @Override
        public Number getMin() {
            return isNumber() ? leaf.getMin() : null;
        }

        @Override
        public Number getMax() {
            return isNumber() ? leaf.getMax() : null;
        }

        @Override
        public Long getMinLength() {
            return leaf.getMinLength() != null || isNumber() ? leaf.getMinLength() : positive(leaf.getMin());
        }

        @Override
        public Long getMaxLength() {
            return leaf.getMaxLength() != null || isNumber() ? leaf.getMaxLength() : positive(leaf.getMax());
        }

        private static Long positive(Number size) {
            return size == null || size.longValue() <= 0 ? null : size.longValue();
        }

        @Override
        public String getInputType() {
            if (!isNumber() && RANGE.equals(leaf.getInputType())) {
                return CharSequence.class.isAssignableFrom(leaf.getType().resolve(Object.class)) ? "text" : null;
            }
            return leaf.getInputType();
        }
    }
}
