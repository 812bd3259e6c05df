package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.search.SearchServiceApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search service as it runs, on the test JVM's Elasticsearch node and a fresh embedded event store:
 * one Spring context shared by every test class extending this one.
 */
@SpringBootTest(classes = SearchServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SearchSpringTest {

    private static final java.nio.file.Path DATA_DIRECTORY = SearchTestNode.dataDirectory();

    @DynamicPropertySource
    static void searchNode(DynamicPropertyRegistry properties) {
        properties.add("lc.search.elasticsearch.uri", () -> SearchTestNode.uri().toString());
        properties.add("lc.data-dir", DATA_DIRECTORY::toString);
        properties.add("lc.search.batch-size", () -> 100);
    }
}
