package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;

/**
 * The one system under test of this test JVM: started by the first test that asks for it (starting a system with its
 * Elasticsearch node takes the better part of a minute, so every class shares it), closed when the JVM exits — after
 * every test engine of the run (JUnit Jupiter's and jqwik's) is done with it. It is the {@link StandaloneSystem}, or,
 * with {@code LC_SYSTEM_UNDER_TEST=distributed} in the environment, the {@link DistributedSystem} (its tests skipped
 * when no Axon Server answers). Jupiter tests take it as a parameter of type {@link SystemUnderTest}; others call
 * {@link #system()}.
 */
final class SharedSystem implements ParameterResolver {

    private static SystemUnderTest system;

    static synchronized SystemUnderTest system() {
        if (system == null) {
            SystemUnderTest started = DistributedSystem.selected() ? DistributedSystem.start(Map.of()) : StandaloneSystem.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "system-under-test-stop"));
            system = started;
        }
        return system;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == SystemUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return system();
    }
}
