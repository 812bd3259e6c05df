package com.kpbank.lc.analytics.facts;

/**
 * An event the facts cannot be built from, because it lacks what they need. It is parked in the
 * projection's dead-letter queue, with the later events of its application, for an operator to see.
 */
class UnprojectableEvent extends RuntimeException {

    UnprojectableEvent(Object event, String what) {
        super(event.getClass().getSimpleName() + " cannot be projected into the LC facts: " + what);
    }
}
