package com.kpbank.lc.standalone.api;

import io.axoniq.axonserver.grpc.query.QueryResponse;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.GenericQueryResponseMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/**
 * Every query answer of the one-JVM system crosses the wire as it would between the distributed services: the
 * handler's result is serialized into Axon Server's {@code QueryResponse} by the Axon Server connector's own
 * {@link QuerySerializer}, with the platform's serializer, and read back, before the bus converts it to the
 * query's response type for the caller. Local buses never serialize, so without this an answer that cannot cross Axon Server (an
 * untyped list, a type Jackson cannot rebuild) passes every end-to-end test and fails only in production.
 * Added to the system the tests start ({@code spring.main.sources}).
 */
@Configuration(proxyBeanMethods = false)
public class QueriesOverTheWire {

    @Bean
    public ConfigurerModule queryAnswersOverTheWire() {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(() -> {
            Serializer serializer = configuration.serializer();
            QuerySerializer wire = new QuerySerializer(serializer, serializer, new AxonServerConfiguration());
            QueryBus queryBus = configuration.queryBus();
            queryBus.registerHandlerInterceptor((unitOfWork, chain) -> {
                Object answer = chain.proceed();
                if (answer instanceof Optional<?> optional) {
                    // the bus sends what an Optional holds, or null, as it does after its interceptors
                    answer = optional.orElse(null);
                }
                QueryMessage<?, ?> query = unitOfWork.getMessage();
                QueryResponse carried = wire.serializeResponse(
                        GenericQueryResponseMessage.asNullableResponseMessage(query.getResponseType().responseMessagePayloadType(), answer),
                        query.getIdentifier());
                // read back as sent; the bus then converts it to the query's response type, as Axon Server's would
                return wire.deserializeResponse(carried).getPayload();
            });
        }));
    }
}
