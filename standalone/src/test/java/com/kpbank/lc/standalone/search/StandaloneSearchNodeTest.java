package com.kpbank.lc.standalone.search;

import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.elasticsearch.ElasticsearchNode;
import com.kpbank.lc.platform.LcApplication;
import com.kpbank.lc.search.index.SearchElasticsearchEndpoint;
import com.kpbank.lc.standalone.StandaloneApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The one-JVM composition runs its own Elasticsearch node for the search read model, and stops it with itself. */
class StandaloneSearchNodeTest {

    @Test
    void theCompositionProjectsIntoItsOwnNodeUnderTheDataDirectoryAndStopsItOnShutdown(@TempDir Path dataDir) {
        ElasticsearchNode node;
        try (ConfigurableApplicationContext context = LcApplication.run(StandaloneApplication.class,
                "--server.port=0", "--server.address=127.0.0.1", "--lc.data-dir=" + dataDir)) {
            node = context.getBean(ElasticsearchNode.class);
            assertThat(node.directory()).isEqualTo(dataDir.resolve("elasticsearch").toAbsolutePath().normalize());
            assertThat(context.getBean(SearchElasticsearchEndpoint.class).uri()).isEqualTo(node.httpUri());

            LCApplicationId id = LCApplicationId.newId();
            Viewer applicant = Viewer.of("applicant-1", Role.APPLICANT);
            context.getBean(CommandGateway.class).sendAndWait(new StartNewLCApplication(id, new ApplicantId(applicant.name()), new ClientReference("PO-STANDALONE")));
            QueryGateway queries = context.getBean(QueryGateway.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> find(queries, id, applicant).isPresent());
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> node.onExit().isDone());
    }

    private static Optional<LCApplicationView> find(QueryGateway queries, LCApplicationId id, Viewer viewer) {
        return queries.query(new FindLCApplication(id, viewer), ResponseTypes.optionalInstanceOf(LCApplicationView.class)).join();
    }
}
