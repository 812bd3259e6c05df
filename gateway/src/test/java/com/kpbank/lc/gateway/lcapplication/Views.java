package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.LCState;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/** Applications as the read model would show them, for tests. */
public final class Views {

    private Views() {
    }

    public static LCApplicationView draftOf(String applicant) {
        return new LCApplicationView(LCApplicationId.newId(), new ApplicantId(applicant), new ClientReference("REF-" + applicant),
                LCState.DRAFT, null, null, null, null, 0, null, null, null, null, null, null, null,
                Instant.parse("2026-11-01T10:00:00Z"), null, null, null, null, 0, false, 0);
    }

    /** A copy with the named components replaced, e.g. {@code with(view, Map.of("state", SUBMITTED))}. */
    public static LCApplicationView with(LCApplicationView view, Map<String, Object> changes) {
        RecordComponent[] components = LCApplicationView.class.getRecordComponents();
        Object[] values = Arrays.stream(components).map(component -> {
            if (changes.containsKey(component.getName())) {
                return changes.get(component.getName());
            }
            try {
                return component.getAccessor().invoke(view);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toArray();
        try {
            return LCApplicationView.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LCApplicationView inState(LCApplicationView view, LCState state) {
        return with(view, Map.of("state", state));
    }
}
