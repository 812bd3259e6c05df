package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.platform.projection.RefusedWrites;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.search.index.SearchReadModel;
import com.kpbank.lc.search.index.SearchReadModel.WriteTarget;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch written into the live generation publishes each new view once queries can find it; one
 * written into a generation in build publishes nothing.
 */
class SearchBatchPublishingTest {

    private final LCApplicationHistory history = LCApplicationHistory.draft("applicant-p", "PO-0815", "copper wire", "Andes Coffee",
            Money.of("2500.00", "EUR"), Instant.now());

    @Test
    void aWriteIntoTheLiveGenerationPublishesTheNewViewOnceItIsSearchable() throws IOException {
        String index = index("publish-live");
        List<LCApplicationView> published = new ArrayList<>();
        List<Long> searchableWhenPublished = new ArrayList<>();
        write(new WriteTarget(index, true), view -> {
            published.add(view);
            searchableWhenPublished.add(searchable(index));
        });

        assertThat(published).singleElement().satisfies(view -> assertThat(view.version()).isEqualTo(history.version()));
        assertThat(searchableWhenPublished).containsExactly(1L);
    }

    @Test
    void aWriteIntoAGenerationInBuildPublishesNothing() throws IOException {
        String index = index("publish-build");
        List<LCApplicationView> published = new ArrayList<>();
        write(new WriteTarget(index, false), published::add);

        assertThat(published).isEmpty();
        assertThat(SearchTestNode.documents(index)).singleElement()
                .satisfies(document -> assertThat(document.get("version").asLong()).isEqualTo(history.version()));
    }

    private void write(WriteTarget target, Consumer<LCApplicationView> published) {
        SearchBatch batch = new SearchBatch(SearchTestNode.client(), target, published, new RefusedWrites());
        history.events().forEach(event -> batch.add(
                LCApplicationChange.of((LCApplicationEvent) event.getPayload(), event.getSequenceNumber(), event.getTimestamp())));
        batch.write();
    }

    /** How many documents of the application a search finds, without refreshing the index first. */
    private long searchable(String index) {
        try {
            return SearchTestNode.client().count(count -> count.index(index)
                    .query(query -> query.ids(ids -> ids.values(history.id().toString())))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String index(String name) throws IOException {
        String index = name + "-" + System.nanoTime();
        SearchReadModel.createIndex(SearchTestNode.client(), index, index + "-alias");
        return index;
    }
}
