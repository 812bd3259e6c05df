package com.kpbank.lc.gateway.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names a field at fault by its path in the JSON body the client sent ({@code address.country},
 * {@code items[0].quantity}): a value type such as {@code Country} is one JSON value, so its inner
 * component does not appear in the path.
 */
final class JsonFieldPaths {

    private JsonFieldPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String of(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            String indexed = node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]";
            names.add(indexed);
        }
        if (names.size() > 1 && isSingleValue(violation.getLeafBean())) {
            names.remove(names.size() - 1);
        }
        return names.isEmpty() ? "body" : names.stream().collect(Collectors.joining("."));
    }

    private static boolean isSingleValue(Object bean) {
        return bean != null && Arrays.stream(bean.getClass().getMethods()).anyMatch(method -> method.isAnnotationPresent(JsonValue.class));
    }
}
