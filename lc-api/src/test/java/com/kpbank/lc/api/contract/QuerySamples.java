package com.kpbank.lc.api.contract;

import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCFacts;
import com.kpbank.lc.api.query.FindMyLCApplications;
import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.SearchLCApplications;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCState;

import java.util.Set;

/** One query of each type the gateway asks, as a query service's pact shows it: the fields the service reads. */
public final class QuerySamples {

    public static final Viewer APPLICANT = Viewer.of("applicant-1", Role.APPLICANT);

    private QuerySamples() {
    }

    public static FindLCApplication findApplication() {
        return new FindLCApplication(EventSamples.ID, APPLICANT);
    }

    public static FindMyLCApplications findMine() {
        return new FindMyLCApplications(APPLICANT, PageRequest.first(20));
    }

    public static SearchLCApplications search() {
        return new SearchLCApplications(APPLICANT, "steel", Set.of(LCState.SUBMITTED), null, null, null, null, null, PageRequest.first(20));
    }

    public static FindLCFacts findFacts() {
        return new FindLCFacts(APPLICANT);
    }

    public static FindTradingTerms findTradingTerms() {
        return new FindTradingTerms();
    }

    public static FindProjectionStatuses findProjectionStatuses() {
        return new FindProjectionStatuses();
    }
}
