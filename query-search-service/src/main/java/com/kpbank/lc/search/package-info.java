/**
 * The search read model: one Elasticsearch document per LC application, projected from every LC event
 * ({@link com.kpbank.lc.search.lcapplication}), stored in generations of an index behind an alias so
 * that it can be rebuilt while it answers ({@link com.kpbank.lc.search.index}).
 */
package com.kpbank.lc.search;
