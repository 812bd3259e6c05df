package com.kpbank.lc.api.value;

/** The outcome of one check by another bounded context. */
public enum CheckDecision {
    APPROVED,
    REJECTED
}
