package com.kpbank.lc.command.lcapplication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param snapshotThreshold after how many events an LC application's snapshot is taken */
@ConfigurationProperties("lc.command")
public record SnapshotSettings(@DefaultValue("50") int snapshotThreshold) {
}
