package com.kpbank.lc.platform.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A deadline waiting in the application's database: what to deliver ({@code payload} and {@code metaData},
 * serialised with the one Axon serializer), to whom ({@code scope}, the serialised scope descriptor) and when
 * ({@code triggerAt}). The row is written in the transaction of the command that schedules the deadline and
 * removed in the transaction that delivers or cancels it.
 */
@Entity
@Table(name = "lc_deadline", indexes = {
        @Index(name = "lc_deadline_trigger_at", columnList = "triggerAt"),
        @Index(name = "lc_deadline_name", columnList = "deadlineName")})
public class StoredDeadline {

    static final int MAX_SERIALISED_LENGTH = 4000;

    @Id
    private String scheduleId;
    @Column(nullable = false)
    private String deadlineName;
    @Column(nullable = false)
    private String scopeType;
    @Column(nullable = false, length = MAX_SERIALISED_LENGTH)
    private String scope;
    @Column(nullable = false)
    private String messageIdentifier;
    @Column(nullable = false)
    private String payloadType;
    private String payloadRevision;
    @Column(length = MAX_SERIALISED_LENGTH)
    private String payload;
    @Column(nullable = false, length = MAX_SERIALISED_LENGTH)
    private String metaData;
    @Column(nullable = false)
    private Instant triggerAt;
    private int failedAttempts;

    protected StoredDeadline() {
    }

    public StoredDeadline(String scheduleId, String deadlineName, String scopeType, String scope, String messageIdentifier,
                   String payloadType, String payloadRevision, String payload, String metaData, Instant triggerAt) {
        this.scheduleId = scheduleId;
        this.deadlineName = deadlineName;
        this.scopeType = scopeType;
        this.scope = scope;
        this.messageIdentifier = messageIdentifier;
        this.payloadType = payloadType;
        this.payloadRevision = payloadRevision;
        this.payload = payload;
        this.metaData = metaData;
        this.triggerAt = triggerAt;
    }

    public String scheduleId() {
        return scheduleId;
    }

    public String deadlineName() {
        return deadlineName;
    }

    public String scopeType() {
        return scopeType;
    }

    public String scope() {
        return scope;
    }

    public String messageIdentifier() {
        return messageIdentifier;
    }

    public String payloadType() {
        return payloadType;
    }

    public String payloadRevision() {
        return payloadRevision;
    }

    public String payload() {
        return payload;
    }

    public String metaData() {
        return metaData;
    }

    public Instant triggerAt() {
        return triggerAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }
}
