package com.kpbank.lc.standalone.api;

import java.net.URI;

/** The started system the system-level tests talk to over HTTP, knowing only its root. */
interface SystemUnderTest extends AutoCloseable {

    /** The one URL a client is given. */
    URI root();

    /** Stops the system and removes its data. */
    @Override
    void close();
}
