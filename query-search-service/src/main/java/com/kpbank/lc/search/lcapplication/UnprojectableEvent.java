package com.kpbank.lc.search.lcapplication;

/**
 * An event the search document cannot be changed by, because it lacks what the change needs. It is
 * parked in the projection's dead-letter queue, with the later events of its application, for an
 * operator to see, retry or drop.
 */
class UnprojectableEvent extends RuntimeException {

    UnprojectableEvent(Object event, String what) {
        super(event.getClass().getSimpleName() + " cannot be projected into the search read model: " + what);
    }
}
