package com.kpbank.lc.gateway.checks;

/**
 * A message of another context that says nothing we can record: an unknown or not yet final verdict,
 * an unknown kind of screening, or a reference that is not one of our applications' ids. Nothing is sent.
 */
public class UntranslatableCheckMessage extends IllegalArgumentException {

    public UntranslatableCheckMessage(String message) {
        super(message);
    }
}
