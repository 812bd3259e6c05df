package com.kpbank.lc.platform.processing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An instance running an event processor, and how many of the processor's segments it held, when it last said so
 * ({@code seenAt}): how the instances sharing a database know how many of them share a processor's work, and whether
 * one of them is short of its share ({@link SegmentBalancer}).
 */
@Entity
@Table(name = "lc_live_instance")
@IdClass(LiveInstance.Key.class)
public class LiveInstance {

    @Id
    private String nodeId;
    @Id
    private String processorName;
    @Column(nullable = false)
    private int segmentsHeld;
    @Column(nullable = false)
    private Instant seenAt;

    protected LiveInstance() {
    }

    public LiveInstance(String nodeId, String processorName, int segmentsHeld, Instant seenAt) {
        this.nodeId = nodeId;
        this.processorName = processorName;
        this.segmentsHeld = segmentsHeld;
        this.seenAt = seenAt;
    }

    public String nodeId() {
        return nodeId;
    }

    public int segmentsHeld() {
        return segmentsHeld;
    }

    /** The identity of a row: an instance's processor. */
    public static class Key implements Serializable {

        private String nodeId;
        private String processorName;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(nodeId, key.nodeId) && Objects.equals(processorName, key.processorName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nodeId, processorName);
        }
    }
}
