package com.kpbank.lc.gateway.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.kpbank.lc.api.projection.ProjectionStatus;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.hateoas.server.core.Relation;

/** One read model as an operator sees it, with the {@code replay} template. */
@Relation(collectionRelation = "projections", itemRelation = "projection")
public class ProjectionModel extends RepresentationModel<ProjectionModel> {

    @JsonUnwrapped
    private final ProjectionStatus status;

    ProjectionModel(ProjectionStatus status) {
        this.status = status;
    }

    public ProjectionStatus getStatus() {
        return status;
    }
}
