/**
 * The analytics service: the LC facts read model (MongoDB) and its queries. {@code facts} holds the
 * read model, its projection and its queries; {@code store} the embedded Mongo-protocol server that
 * stands in for MongoDB in the one-JVM composition and in tests.
 */
package com.kpbank.lc.analytics;
