package com.kpbank.lc.command.deadline;

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
class StoredDeadline {

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

    StoredDeadline(String scheduleId, String deadlineName, String scopeType, String scope, String messageIdentifier,
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

    String scheduleId() {
        return scheduleId;
    }

    String deadlineName() {
        return deadlineName;
    }

    String scopeType() {
        return scopeType;
    }

    String scope() {
        return scope;
    }

    String messageIdentifier() {
        return messageIdentifier;
    }

    String payloadType() {
        return payloadType;
    }

    String payloadRevision() {
        return payloadRevision;
    }

    String payload() {
        return payload;
    }

    String metaData() {
        return metaData;
    }

    Instant triggerAt() {
        return triggerAt;
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
