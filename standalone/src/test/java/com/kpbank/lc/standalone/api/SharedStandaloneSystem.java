package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one {@link StandaloneSystem} of this test JVM: started by the first test that
 * asks for it (starting the system with its Elasticsearch node takes the better part of a minute, so
 * every class shares it), closed when JUnit closes its root store at the end of the run.
 * Tests take it as a parameter of type {@link StandaloneSystem}.
 */
final class SharedStandaloneSystem implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStandaloneSystem.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == StandaloneSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(StandaloneSystem.class, key -> new Running(StandaloneSystem.start()), Running.class)
                .system();
    }

    /** The system as a resource of the root store, so that JUnit closes it once every test has run. */
    private record Running(StandaloneSystem system) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            system.close();
        }
    }
}
