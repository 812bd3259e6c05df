package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The draft's required documents were set. */
@Revision("1")
public record RequiredDocumentsChanged(LCApplicationId lcApplicationId, RequiredDocuments requiredDocuments) implements LCApplicationEvent {
}
