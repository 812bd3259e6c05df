package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.gateway.GatewayBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Delivers check outcomes as record commands on the command bus (see {@link CheckOutcomeDelivery}). */
@Configuration(proxyBeanMethods = false)
class CheckOutcomeDeliveryConfiguration {

    @Bean
    CheckOutcomeDelivery checkOutcomeDelivery(GatewayBus bus) {
        return bus::send;
    }
}
