package com.kpbank.lc.saga.autoapproval;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGatewayFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the auto-approval saga's command gateway: one try per call, the saga retrying later itself. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AutoApprovalProperties.class)
public class AutoApprovalConfiguration {

    @Bean
    public AutoApprovalGateway autoApprovalGateway(CommandBus commandBus) {
        return CommandGatewayFactory.builder()
                .commandBus(commandBus)
                .build()
                .createGateway(AutoApprovalGateway.class);
    }
}
