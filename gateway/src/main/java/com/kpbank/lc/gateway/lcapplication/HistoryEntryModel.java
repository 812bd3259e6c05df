package com.kpbank.lc.gateway.lcapplication;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.kpbank.lc.api.query.LCApplicationHistoryPage;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.hateoas.server.core.Relation;

/** One entry of an application's history as the API shows it: what happened, who, when, the version it made. */
@Relation(collectionRelation = "entries", itemRelation = "entry")
public class HistoryEntryModel extends RepresentationModel<HistoryEntryModel> {

    @JsonUnwrapped
    private final LCApplicationHistoryPage.Entry entry;

    HistoryEntryModel(LCApplicationHistoryPage.Entry entry) {
        this.entry = entry;
    }

    public LCApplicationHistoryPage.Entry getEntry() {
        return entry;
    }
}
