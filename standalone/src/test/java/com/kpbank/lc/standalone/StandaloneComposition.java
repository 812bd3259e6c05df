package com.kpbank.lc.standalone;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** A test of the standalone composition, with all its data in a directory of its own. */
@SpringBootTest(classes = StandaloneApplication.class)
@DirtiesContext // stops the composition (and its search node) before its data directory is deleted
abstract class StandaloneComposition {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lc.data-dir", dataDir::toString);
    }
}
