package com.kpbank.lc.api.query;

import java.util.List;

/** Versions of one application, oldest first. */
public record LCApplicationVersions(List<LCApplicationView> versions) {

    public LCApplicationVersions {
        versions = List.copyOf(versions);
    }
}
