package com.kpbank.lc.gateway.checks;

/**
 * Compliance's message, in Compliance's words: the result of screening the merchandise of the LC with
 * reference {@code lcReference} (our application id). Codes are kept as the strings Compliance sends, so
 * that a code we do not know is refused by the translator rather than lost in deserialisation.
 *
 * @param screening    {@code VALUE} (is the price plausible) or {@code LEGALITY} (may it be traded)
 * @param verdict      {@code PASS}, {@code FAIL}, or {@code REFER} (sent to a senior analyst: not final)
 * @param analystNotes free text by the product analyst
 */
public record ProductScreeningResult(String lcReference, String screening, String verdict, String analystNotes) {
}
