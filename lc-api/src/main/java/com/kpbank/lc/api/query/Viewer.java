package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.LCState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who asks a query. Read models answer with only what this viewer may see: an applicant its own
 * applications; managers and analysts the submitted and decided applications of every applicant.
 */
public record Viewer(@NotBlank String name, @NotNull Set<Role> roles) {

    private static final Set<LCState> BANK_VISIBLE_STATES = EnumSet.of(LCState.SUBMITTED, LCState.APPROVED, LCState.DECLINED);

    public Viewer {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Viewer of(String name, Role... roles) {
        return new Viewer(name, Set.of(roles));
    }

    /** The viewer as the actor of what it does. */
    public Actor actor() {
        return Actor.user(name);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Managers and analysts see the applications the bank works on, of every applicant. */
    public boolean worksForTheBank() {
        return has(Role.TRADE_FINANCE_MANAGER) || has(Role.PRODUCT_ANALYST) || has(Role.CREDIT_ANALYST);
    }

    /** Staff see the facts over the applications the bank works on: managers, analysts and operators. */
    public boolean isStaff() {
        return worksForTheBank() || has(Role.OPERATOR);
    }

    /** The one rule of visibility every read model applies. */
    public boolean maySee(ApplicantId owner, LCState state) {
        return (has(Role.APPLICANT) && owner != null && owner.value().equals(name))
                || (worksForTheBank() && BANK_VISIBLE_STATES.contains(state));
    }

    /** The states the bank's staff see, for read models that filter in their store. */
    public static Set<LCState> bankVisibleStates() {
        return BANK_VISIBLE_STATES;
    }
}
