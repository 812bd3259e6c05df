package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.value.LCApplicationId;

/** Reads the reference another context gives one of our applications. */
final class ForeignReferences {

    private ForeignReferences() {
    }

    static LCApplicationId lcApplicationId(String reference, String context) {
        try {
            return LCApplicationId.of(reference);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UntranslatableCheckMessage(context + " refers to '" + reference + "', which is not an LC application id");
        }
    }
}
