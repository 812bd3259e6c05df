package com.kpbank.lc.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's defaults rank below everything an application says, its own default properties included. */
class PlatformDefaultsTest {

    @Configuration(proxyBeanMethods = false)
    static class NothingButTheEnvironment {
    }

    @Test
    void the_application_default_properties_win_over_the_platform_defaults(@TempDir Path dataDir) {
        assertThat(dataDirOf(application().properties("lc.data-dir=" + dataDir))).isEqualTo(dataDir.toString());
    }

    @Test
    void the_command_line_wins_over_the_application_default_properties(@TempDir Path dataDir, @TempDir Path other) {
        assertThat(dataDirOf(application().properties("lc.data-dir=" + other), "--lc.data-dir=" + dataDir))
                .isEqualTo(dataDir.toString());
    }

    @Test
    void a_platform_default_applies_where_the_application_says_nothing(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext context = application().run("--lc.data-dir=" + dataDir)) {
            assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("update");
        }
    }

    /** Spring Boot's default opens a database session for each web request's whole length: on every request of the gateway too. */
    @Test
    void no_web_request_holds_a_database_session_open(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext context = application().run("--lc.data-dir=" + dataDir)) {
            assertThat(context.getEnvironment().getProperty("spring.jpa.open-in-view")).isEqualTo("false");
        }
    }

    private static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(NothingButTheEnvironment.class).web(WebApplicationType.NONE);
    }

    private static String dataDirOf(SpringApplicationBuilder application, String... args) {
        try (ConfigurableApplicationContext context = application.run(args)) {
            return context.getEnvironment().getProperty("lc.data-dir");
        }
    }
}
