package com.kpbank.lc.search;

import com.kpbank.lc.platform.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The search read model as a service of its own: projects every LC event into Elasticsearch and answers
 * the application queries from it. It connects to the node at {@code lc.search.elasticsearch.uri}
 * and never starts one.
 */
@SpringBootApplication
public class SearchServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(SearchServiceApplication.class, args);
    }
}
