package com.kpbank.lc.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Elasticsearch jars, packed by the build as a zip resource of this module, extracted on first use into a cache
 * directory named after the Elasticsearch version and the zip's content hash, so that a changed bundle never reuses
 * a stale extraction. Works the same whether this module is a directory, a jar, or a jar nested in a Spring Boot jar.
 */
final class ElasticsearchDistribution {

    private static final String BUNDLE = "elasticsearch.zip";

    static final String VERSION = loadVersion();

    /** Computed once per JVM: reading the whole bundle takes a noticeable fraction of a second. */
    private static String bundleHash;

    private final Path home;

    private ElasticsearchDistribution(Path home) {
        this.home = home;
    }

    /** The extracted distribution under {@code cache}, extracting it first if no process has done so yet. */
    static ElasticsearchDistribution in(Path cache) throws IOException {
        Path home = cache.resolve("elasticsearch-" + VERSION + "-" + bundleHash());
        if (!Files.isDirectory(home)) {
            Files.createDirectories(cache);
            Path partial = Files.createTempDirectory(cache, ".extracting-");
            try {
                extractBundle(partial);
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(home)) {
                    throw e;
                }
                // another process won the race: its copy is complete, as it was moved in atomically
            } finally {
                deleteRecursively(partial);
            }
        }
        return new ElasticsearchDistribution(home);
    }

    /** Directory of the server jar and its dependencies, for the module path. */
    Path lib() {
        return home.resolve("lib");
    }

    /** Directory of the child's main class, for the class path. */
    Path launcher() {
        return home.resolve("launcher");
    }

    /** The {@code path.home} of the node: holds {@code lib} and {@code modules}. */
    Path home() {
        return home;
    }

    private static synchronized String bundleHash() throws IOException {
        if (bundleHash != null) {
            return bundleHash;
        }
        try (DigestInputStream in = new DigestInputStream(openBundle(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            bundleHash = HexFormat.of().formatHex(in.getMessageDigest().digest(), 0, 8);
            return bundleHash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extractBundle(Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(openBundle())) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Bundle entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        }
    }

    private static InputStream openBundle() throws IOException {
        InputStream bundle = ElasticsearchDistribution.class.getResourceAsStream(BUNDLE);
        if (bundle == null) {
            throw new IOException("Resource " + BUNDLE + " missing next to " + ElasticsearchDistribution.class.getName()
                    + ": it is packed by the Maven build of elasticsearch-node (mvn -pl elasticsearch-node install)");
        }
        return bundle;
    }

    private static String loadVersion() {
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream("elasticsearch-node.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("elasticsearch.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
