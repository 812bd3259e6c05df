package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's required documents were set. */
public record RequiredDocumentsChanged(LCApplicationId lcApplicationId, RequiredDocuments requiredDocuments) implements LCApplicationEvent {
}
