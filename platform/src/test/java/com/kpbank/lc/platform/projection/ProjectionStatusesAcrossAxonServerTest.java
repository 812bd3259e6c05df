package com.kpbank.lc.platform.projection;

import com.kpbank.lc.api.json.LcJson;
import com.kpbank.lc.api.projection.DeadLetter;
import com.kpbank.lc.api.projection.ProjectionState;
import com.kpbank.lc.api.projection.ProjectionStatus;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryResponseMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The answer to the operators' status query as it crosses Axon Server: serialized and read back by the Axon Server
 * connector's own {@link QuerySerializer} with the platform's JSON serializer.
 */
class ProjectionStatusesAcrossAxonServerTest {

    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(LcJson.objectMapper()).build();
    private static final QuerySerializer WIRE = new QuerySerializer(SERIALIZER, SERIALIZER, new AxonServerConfiguration());
    private static final ProjectionStatus STATUS = new ProjectionStatus("lc-search", ProjectionState.RUNNING, 41, 0, "1", null, 1,
            List.of(new DeadLetter("event-7", "LCAmountChanged", "lc-application-1", "amount missing", null, null)), null);

    @Test
    void a_bare_list_of_statuses_comes_back_as_maps_that_no_list_response_type_accepts() {
        assertThatThrownBy(() -> acrossAxonServer(List.of(STATUS), ResponseTypes.multipleInstancesOf(ProjectionStatus.class)))
                .hasMessageContaining("is not convertible to a List of the expected response type");
    }

    @Test
    void the_statuses_of_a_service_come_back_as_they_were_sent() {
        ProjectionStatuses sent = new ProjectionStatuses(List.of(STATUS));

        assertThat(acrossAxonServer(sent, ResponseTypes.instanceOf(ProjectionStatuses.class))).isEqualTo(sent);
    }

    private static <R> R acrossAxonServer(Object answer, ResponseType<R> responseType) {
        return WIRE.deserializeResponse(WIRE.serializeResponse(GenericQueryResponseMessage.asResponseMessage(answer), "request-1"),
                                        responseType).getPayload();
    }
}
