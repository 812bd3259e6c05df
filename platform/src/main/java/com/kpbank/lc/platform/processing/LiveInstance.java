package com.kpbank.lc.platform.processing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An instance of a service that said it was alive at {@code seenAt}: how the instances sharing a database know how
 * many of them share the work ({@link SegmentBalancer}).
 */
@Entity
@Table(name = "lc_live_instance")
public class LiveInstance {

    @Id
    private String nodeId;
    @Column(nullable = false)
    private String service;
    @Column(nullable = false)
    private Instant seenAt;

    protected LiveInstance() {
    }

    public LiveInstance(String nodeId, String service, Instant seenAt) {
        this.nodeId = nodeId;
        this.service = service;
        this.seenAt = seenAt;
    }
}
