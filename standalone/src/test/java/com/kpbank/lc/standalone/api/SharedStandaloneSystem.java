package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one {@link StandaloneSystem} of this test JVM: started by the first test that asks for it
 * (starting the system with its Elasticsearch node takes the better part of a minute, so every class
 * shares it), closed when the JVM exits — after every test engine of the run (JUnit Jupiter's and
 * jqwik's) is done with it. Jupiter tests take it as a parameter of type {@link StandaloneSystem};
 * others call {@link #system()}.
 */
final class SharedStandaloneSystem implements ParameterResolver {

    private static StandaloneSystem system;

    static synchronized StandaloneSystem system() {
        if (system == null) {
            StandaloneSystem started = StandaloneSystem.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "standalone-system-stop"));
            system = started;
        }
        return system;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == StandaloneSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return system();
    }
}
