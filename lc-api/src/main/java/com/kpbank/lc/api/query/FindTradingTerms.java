package com.kpbank.lc.api.query;

/** What the bank trades in now, as the command service's lookup data says. Answers {@link TradingTerms}. */
public record FindTradingTerms() {
}
