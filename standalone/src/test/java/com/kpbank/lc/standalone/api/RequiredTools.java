package com.kpbank.lc.standalone.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools beyond Java that some system-level tests drive, checked before the test asks for a started
 * system, so that a machine without them fails at once and says how to install them.
 */
final class RequiredTools {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");

    private RequiredTools() {
    }

    static void require(Path... executables) {
        assertThat(Arrays.stream(executables).filter(tool -> !Files.isExecutable(tool)).toList())
                .as("Debian packages this test needs are missing: run bin/install-test-tools").isEmpty();
    }
}
