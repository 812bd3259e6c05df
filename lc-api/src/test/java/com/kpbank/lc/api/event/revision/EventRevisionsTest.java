package com.kpbank.lc.api.event.revision;

import com.kpbank.lc.api.contract.SerializedEvents;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored events of every revision read as today's events, and no event type can leave its revision out. */
class EventRevisionsTest {

    private static final LCApplicationId ID = LCApplicationId.of("2f1e4b1c-9d2a-4c59-9a6e-2b0d9a1f3c11");

    @Test
    void every_event_type_declares_its_revision() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().acceptPackages(LCApplicationEvent.class.getPackageName()).scan()) {
            List<Class<?>> events = scan.getClassesImplementing(LCApplicationEvent.class).loadClasses();
            assertThat(events).hasSizeGreaterThan(10)
                    .allSatisfy(event -> assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull());
        }
    }

    @Test
    void an_amount_changed_before_tolerances_existed_reads_as_tolerance_zero() {
        String stored = "{\"lcApplicationId\":\"" + ID.value() + "\",\"amount\":{\"amount\":\"12500.00\",\"currency\":\"USD\"}}";
        assertThat(read(LCAmountChanged.class, null, stored)).isEqualTo(new LCAmountChanged(ID, Money.of("12500.00", "USD"), 0));
    }

    @Test
    void a_submission_before_tolerances_existed_reads_as_tolerance_zero() {
        String stored = "{\"lcApplicationId\":\"" + ID.value() + "\",\"applicantId\":\"applicant-1\","
                + "\"amount\":{\"amount\":\"8000.00\",\"currency\":\"USD\"},\"beneficiaryCountry\":\"GB\"}";
        assertThat(read(LCApplicationSubmitted.class, "", stored))
                .isEqualTo(new LCApplicationSubmitted(ID, new ApplicantId("applicant-1"), Money.of("8000.00", "USD"), 0, Country.of("GB")));
    }

    @Test
    void an_event_of_the_current_revision_reads_unchanged() {
        LCAmountChanged changed = new LCAmountChanged(ID, Money.of("12500.00", "USD"), 10);
        assertThat(read(LCAmountChanged.class, "2", serialized(changed))).isEqualTo(changed);
    }

    @Test
    void an_unchanged_event_stored_without_a_revision_reads_as_revision_one() {
        LCApplicationStarted started = new LCApplicationStarted(ID, new ApplicantId("applicant-1"), new ClientReference("PO-1"));
        assertThat(read(LCApplicationStarted.class, null, serialized(started))).isEqualTo(started);
    }

    private static String serialized(Object event) {
        return new String(SerializedEvents.payloadOf(event), StandardCharsets.UTF_8);
    }

    /** An event as the event store hands it over, through the upcasters to today's type at today's revision. */
    private static Object read(Class<?> type, String revision, String payload) {
        IntermediateEventRepresentation read = SerializedEvents.upcast(type.getName(), revision, payload.getBytes(StandardCharsets.UTF_8));
        assertThat(read.getType().getRevision()).as("the revision read").isEqualTo(type.getAnnotation(Revision.class).value());
        return SerializedEvents.SERIALIZER.deserialize(read.getData());
    }
}
