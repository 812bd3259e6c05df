package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Viewer;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place that decides what a user may do with an application now: the representation offers
 * exactly these actions as links and templates, and the task endpoints accept exactly these. A pure
 * function of the application as the read model shows it and of the user (API.md, "Allowed actions"),
 * read from the table of {@link Action}s.
 */
public final class AllowedActions {

    /** Why an action may or may not be taken, in the order the API answers it. */
    public enum Verdict {
        ALLOWED,
        /** not this user's action to take, whatever the state: 403 */
        NOT_THEIRS,
        /** theirs, but not in the application's current state: 409 */
        WRONG_STATE
    }

    private AllowedActions() {
    }

    /** Every action this user may take on this application now. */
    public static Set<Action> of(LCApplicationView application, Viewer user) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        Arrays.stream(Action.values())
                .filter(action -> verdict(action, application, user) == Verdict.ALLOWED)
                .forEach(allowed::add);
        return allowed;
    }

    public static Verdict verdict(Action action, LCApplicationView application, Viewer user) {
        if (!action.isTheirs(application, user)) {
            return Verdict.NOT_THEIRS;
        }
        return action.fitsState(application) ? Verdict.ALLOWED : Verdict.WRONG_STATE;
    }
}
