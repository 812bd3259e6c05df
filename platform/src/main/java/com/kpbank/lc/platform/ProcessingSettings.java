package com.kpbank.lc.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the event processors of a service share their work: every processor (read models, the saga) is a pooled
 * streaming processor whose event stream is split into {@code segments} by application, each segment claimed by
 * one thread of one instance at a time through its token. As many instances as segments can share a processor;
 * the count applies when a processor first starts (its tokens hold it from then on). The instances share the segments
 * fairly: every {@code balanceInterval} each says how many segments of each processor it holds, and gives some up
 * when it holds more than its share while another is short ({@link com.kpbank.lc.platform.processing.SegmentBalancer}).
 *
 * <p>
 * One segment unless a deployment says otherwise (the distributed one: 4): a single instance gains nothing from
 * splitting a processor's work into several threads on a small machine, and loses by it under load, each work
 * package writing and refreshing its own small batches (README, Benchmarks: 3.43 lifecycles/s with one segment
 * against 2.51 with two, read-your-writes 170 ms against 233 ms).
 *
 * @param segments        segments of a processor's first start
 * @param balanceInterval how often an instance says what it holds and gives up segments beyond its share
 */
@ConfigurationProperties("lc.processing")
public record ProcessingSettings(@DefaultValue("1") int segments, @DefaultValue("PT5S") Duration balanceInterval) {
}
