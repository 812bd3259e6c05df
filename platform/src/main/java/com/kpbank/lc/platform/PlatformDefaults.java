package com.kpbank.lc.platform;

import org.springframework.boot.DefaultPropertiesPropertySource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.CompositePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Gives every application the platform's defaults, below anything the application, its profile or
 * the environment says: an embedded durable store by default; Axon Server under the {@code distributed}
 * profile. One place, so a component never knows which deployment it runs in.
 * <p>
 * The defaults join the application's own default properties ({@code SpringApplication.setDefaultProperties},
 * {@code SpringApplicationBuilder.properties}), after them: Spring Boot moves that property source to the
 * very end once the environment is prepared, so defaults merely added last would outrank it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String DISTRIBUTED_PROFILE = "distributed";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        CompositePropertySource defaults = new CompositePropertySource(DefaultPropertiesPropertySource.NAME);
        PropertySource<?> applicationDefaults = sources.remove(DefaultPropertiesPropertySource.NAME);
        if (applicationDefaults != null) {
            defaults.addPropertySource(applicationDefaults);
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains(DISTRIBUTED_PROFILE)) {
            load("lc-platform-distributed.yml").forEach(defaults::addPropertySource);
        }
        load("lc-platform-defaults.yml").forEach(defaults::addPropertySource);
        sources.addLast(defaults);
    }

    private static List<PropertySource<?>> load(String name) {
        try {
            return new YamlPropertySourceLoader().load(name, new ClassPathResource(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the platform defaults " + name, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
