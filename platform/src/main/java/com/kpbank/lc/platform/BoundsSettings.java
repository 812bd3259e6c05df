package com.kpbank.lc.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * The configured bounds of values (DOMAIN.md, bounds), the same in every service that validates them.
 *
 * @param dateHorizon how far ahead of today an expiry or latest shipment date may be
 */
@ConfigurationProperties("lc.bounds")
public record BoundsSettings(@DefaultValue("P5Y") Period dateHorizon) {
}
