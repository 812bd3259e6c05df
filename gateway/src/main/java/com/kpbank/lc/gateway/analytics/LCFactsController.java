package com.kpbank.lc.gateway.analytics;

import com.kpbank.lc.api.query.FindLCFacts;
import com.kpbank.lc.api.query.LCFacts;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.gateway.GatewayBus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.MediaTypes;
import org.springframework.hateoas.LinkRelation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;

/** The LC facts of the analytics read model over the applications this viewer may see, as that read model answers them. */
@RestController
@RequestMapping(path = "/analytics", produces = {MediaTypes.HAL_JSON_VALUE, MediaTypes.HAL_FORMS_JSON_VALUE})
public class LCFactsController {

    public static final LinkRelation ANALYTICS = LinkRelation.of("analytics");

    private final GatewayBus bus;

    LCFactsController(GatewayBus bus) {
        this.bus = bus;
    }

    @GetMapping
    EntityModel<LCFacts> facts(Viewer viewer) {
        LCFacts facts = bus.query(new FindLCFacts(viewer), ResponseTypes.instanceOf(LCFacts.class));
        return EntityModel.of(facts, linkTo(LCFactsController.class).withSelfRel());
    }
}
