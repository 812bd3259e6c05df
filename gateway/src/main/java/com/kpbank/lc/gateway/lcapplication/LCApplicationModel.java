package com.kpbank.lc.gateway.lcapplication;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.kpbank.lc.api.query.LCApplicationView;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.hateoas.server.core.Relation;

/** One application as the API shows it: the read model's fields, and the links and templates of its allowed actions. */
@Relation(collectionRelation = "lcApplications", itemRelation = "lcApplication")
public class LCApplicationModel extends RepresentationModel<LCApplicationModel> {

    @JsonUnwrapped
    private final LCApplicationView application;

    LCApplicationModel(LCApplicationView application) {
        this.application = application;
    }

    public LCApplicationView getApplication() {
        return application;
    }
}
