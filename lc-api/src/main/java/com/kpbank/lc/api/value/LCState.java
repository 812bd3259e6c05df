package com.kpbank.lc.api.value;

/** The life of an application: {@code DRAFT -> SUBMITTED -> APPROVED | DECLINED}, and {@code DRAFT | SUBMITTED -> CANCELLED}. */
public enum LCState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    DECLINED,
    CANCELLED;

    public boolean isDecided() {
        return this == APPROVED || this == DECLINED;
    }
}
