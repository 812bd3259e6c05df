package com.kpbank.lc.standalone.search;

import com.kpbank.lc.elasticsearch.ElasticsearchNode;
import com.kpbank.lc.standalone.StandaloneSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The standalone Elasticsearch node, launched in the background as soon as the application context begins to
 * refresh, so that its few seconds of start-up overlap the rest of the composition's instead of following them.
 * It is a {@link BeanFactoryPostProcessor} only to be created before any other bean; the node bean takes it over
 * with {@link #await()}. If the context closes before that, the node is closed once it has started.
 */
final class SearchNodeLaunch implements BeanFactoryPostProcessor, DisposableBean {

    private final CompletableFuture<ElasticsearchNode> node = new CompletableFuture<>();
    private volatile boolean takenOver;

    SearchNodeLaunch(Environment environment) {
        StandaloneSettings settings = Binder.get(environment).bindOrCreate("lc", StandaloneSettings.class);
        Thread launcher = new Thread(() -> {
            try {
                node.complete(ElasticsearchNode.builder(settings.dataDir().resolve("elasticsearch"))
                                               .httpPort(settings.search().nodePort()).start());
            } catch (RuntimeException | Error e) {
                node.completeExceptionally(e);
            }
        }, "elasticsearch-node-launch");
        launcher.setDaemon(true);
        launcher.start();
    }

    /** The started node, waiting for it if it is still starting; rethrows what stopped it from starting. */
    ElasticsearchNode await() {
        takenOver = true;
        try {
            return node.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing to change: being a post-processor is what makes the launch begin first
    }

    @Override
    public void destroy() {
        if (!takenOver) {
            node.thenAccept(ElasticsearchNode::close);
        }
    }
}
