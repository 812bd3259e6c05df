package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.platform.PlatformAutoConfiguration;
import org.axonframework.modelling.saga.SimpleResourceInjector;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The saga store keeps sagas as JSON with the platform's serializer: the state must survive it, the resources must not enter it. */
class AutoApprovalSagaSerializationTest {

    private final Serializer serializer = new PlatformAutoConfiguration().serializer();

    @Test
    void a_waiting_saga_survives_a_serialization_round_trip() {
        LCApplicationId id = LCApplicationId.newId();
        AutoApprovalSaga saga = new AutoApprovalSaga();
        new SimpleResourceInjector(new AutoApprovalPolicy(new AutoApprovalProperties())).injectResources(saga);
        saga.on(new LCApplicationSubmitted(id, new ApplicantId("applicant-1"), Money.of("8000", "USD"), 0, Country.of("DE")));
        saga.on(new ProductValueValidated(id, Decision.approved("plausible")));

        SerializedObject<byte[]> stored = serializer.serialize(saga, byte[].class);
        AutoApprovalSaga restored = serializer.deserialize(stored);

        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains(id.toString(), "PRODUCT_VALUE").doesNotContain("policy", "gateway");
        assertThat(restored).usingRecursiveComparison().ignoringFields("policy", "gateway").isEqualTo(saga);
        assertThat(serializer.serialize(restored, byte[].class).getData()).isEqualTo(stored.getData());
    }
}
