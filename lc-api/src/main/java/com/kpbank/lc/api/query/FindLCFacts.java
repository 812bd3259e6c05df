package com.kpbank.lc.api.query;

/** The LC facts for analysis (the analytics read model). Answers {@link LCFacts}. */
public record FindLCFacts() {
}
