package com.kpbank.lc.api.value;

import jakarta.validation.constraints.NotNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The set of documents the beneficiary must present. */
public record RequiredDocuments(@NotNull Set<@NotNull DocumentType> documents) {

    public RequiredDocuments {
        documents = documents == null || documents.stream().anyMatch(Objects::isNull) ? documents
                : Collections.unmodifiableSet(documents.isEmpty() ? EnumSet.noneOf(DocumentType.class) : EnumSet.copyOf(documents));
    }

    public static RequiredDocuments of(DocumentType... documents) {
        return new RequiredDocuments(Set.of(documents));
    }

    public boolean includes(DocumentType document) {
        return documents.contains(document);
    }
}
