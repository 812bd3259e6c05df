package com.kpbank.lc.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.api.value.Address;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static net.logstash.logback.argument.StructuredArguments.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON log lines carry the fields Kibana's saved objects and Filebeat rely on, and no personal data.
 */
class LogFieldsTest {

    private static final Logger log = LoggerFactory.getLogger(LogFieldsTest.class);

    @Configuration(proxyBeanMethods = false)
    static class NothingButLogging {
    }

    @Test
    void a_json_log_line_carries_service_trace_and_application_ids_and_masks_parties(@TempDir Path dataDir) throws Exception {
        Party exporter = new Party("Steelworks Ltd", new Address("1 Mill Road", "Sheffield", "S1 2AB", Country.of("GB")));
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(NothingButLogging.class)
                .web(WebApplicationType.NONE)
                .run("--spring.application.name=log-test", "--lc.data-dir=" + dataDir)) {
            MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
            MDC.put("spanId", "00f067aa0ba902b7");
            MDC.put("lcApplicationId", "0b7f5c1e-7f6a-4c1b-9d7e-3c1d2a9b8e10");
            try {
                log.info("beneficiary changed to {}", exporter, value("beneficiary", exporter));
            } finally {
                MDC.clear();
            }
        }

        List<String> lines = Files.readAllLines(dataDir.resolve("logs/log-test.json"));
        String raw = lines.stream().filter(l -> l.contains("beneficiary changed")).findFirst().orElseThrow();
        assertThat(raw.split("\"service\":", -1)).as("service is written once").hasSize(2);
        assertThat(raw).doesNotContain("dataDir");
        JsonNode line = new ObjectMapper().readTree(raw);
        assertThat(line.path("service").asText()).isEqualTo("log-test");
        assertThat(line.path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.path("spanId").asText()).isEqualTo("00f067aa0ba902b7");
        assertThat(line.path("lcApplicationId").asText()).isEqualTo("0b7f5c1e-7f6a-4c1b-9d7e-3c1d2a9b8e10");
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("logger_name").asText()).isEqualTo(LogFieldsTest.class.getName());
        assertThat(line.path("beneficiary").path("name").asText()).isEqualTo("***");
        assertThat(line.path("beneficiary").path("address").path("street").asText()).isEqualTo("***");
        assertThat(line.path("beneficiary").path("address").path("country").asText()).isEqualTo("GB");
        assertThat(line.toString()).doesNotContain("Steelworks", "Mill Road", "Sheffield", "S1 2AB");
    }
}
