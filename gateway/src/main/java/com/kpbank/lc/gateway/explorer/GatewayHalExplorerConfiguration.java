package com.kpbank.lc.gateway.explorer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HAL Explorer at {@code /explorer}, pointed at the API's root: people browse and try the API with
 * the links and forms it offers, under the same authentication as any other client.
 */
@Configuration(proxyBeanMethods = false)
class GatewayHalExplorerConfiguration implements WebMvcConfigurer {

    private static final String EXPLORER = "/explorer";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(EXPLORER + "/**").addResourceLocations("classpath:/META-INF/spring-data-rest/hal-explorer/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController(EXPLORER, EXPLORER + "/index.html#uri=/");
    }
}
