package com.kpbank.lc.command.lookup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes {@link LCLookupData} a bean, bound from {@code lc.lookup.*}, for the command handlers to receive. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LCLookupData.class)
public class LCLookupDataConfiguration {
}
