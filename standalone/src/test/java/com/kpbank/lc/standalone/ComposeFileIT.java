package com.kpbank.lc.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distributed deployment's compose file works as written, as far as it can be checked without a Docker engine:
 * Debian's {@code docker-compose} accepts it; every service it waits for exists and is waited for as healthy or
 * done; every image is pinned; every file it mounts is there (each application's jar built); every environment
 * variable it gives an application is one that application reads, and the port it sets is the one its health
 * check, its published port and Prometheus use; every address the configuration files name is a service of the file.
 */
class ComposeFileIT {

    private static final Path ROOT = Path.of("..");
    private static final Path DOCKER_COMPOSE = Path.of("/usr/bin/docker-compose");
    /** Spring Boot's own properties the applications are given by environment (relaxed binding). */
    private static final Set<String> SPRING_BOOT_PROPERTIES = Set.of("SPRING_PROFILES_ACTIVE", "SERVER_PORT", "SERVER_ADDRESS");
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://)?([a-z][a-z0-9-]*):(\\d+)");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void composeConfig() throws Exception {
        assertThat(Files.isExecutable(DOCKER_COMPOSE)).as("Debian's docker-compose: run bin/install-test-tools").isTrue();
        Path outputFile = Files.createTempFile("compose-config-", ".yml");
        Process config = new ProcessBuilder(DOCKER_COMPOSE.toString(), "-f", "docker-compose.yml", "config")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(outputFile.toFile()).start();
        if (!config.waitFor(1, TimeUnit.MINUTES)) {
            config.destroyForcibly();
            throw new AssertionError("docker-compose config did not finish within a minute");
        }
        String output = Files.readString(outputFile);
        Files.delete(outputFile);
        assertThat(config.exitValue()).as(output).isZero();
        services = (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(output).get("services");
    }

    @Test
    void every_service_waited_for_exists_and_is_waited_for_as_healthy_or_done() {
        services.forEach((name, service) -> dependencies(service).forEach((dependency, condition) -> {
            assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
            Map<String, Object> awaited = services.get(dependency);
            switch (condition) {
                case "service_healthy" -> assertThat(awaited).as("%s has a health check", dependency).containsKey("healthcheck");
                case "service_completed_successfully" -> assertThat(awaited).as("%s runs once", dependency).doesNotContainKey("restart");
                default -> assertThat(awaited).as("%s, started only, has no health check to wait for", dependency).doesNotContainKey("healthcheck");
            }
        }));
        applications().forEach(application -> assertThat(dependencies(services.get(application))).as(application)
                .containsEntry("axonserver", "service_healthy"));
    }

    @Test
    void every_image_is_pinned_to_a_version() {
        services.forEach((name, service) -> assertThat(String.valueOf(service.get("image"))).as(name)
                .matches("[^:]+:[^:]*\\d[^:]*").doesNotContain("latest"));
    }

    @Test
    void every_file_mounted_is_there_and_every_application_jar_built() {
        services.forEach((name, service) -> volumes(service).stream().filter(volume -> volume.startsWith("/") || volume.startsWith("."))
                .map(volume -> Path.of(volume.substring(0, volume.indexOf(':'))))
                .filter(source -> !source.startsWith("/var/"))
                .forEach(source -> assertThat(source).as(name).exists()));
        assertThat(applications()).containsExactlyInAnyOrder("command-service", "query-search-service", "query-analytics-service", "saga-service", "gateway");
        applications().forEach(application -> assertThat(jarOf(application)).as(application).isRegularFile());
    }

    @Test
    void every_environment_variable_given_to_an_application_is_read_by_it() throws IOException {
        for (String application : applications()) {
            Set<String> read = readBy(jarOf(application));
            environment(services.get(application)).keySet().forEach(variable -> assertThat(
                    SPRING_BOOT_PROPERTIES.contains(variable) || read.contains(variable) || read.contains(propertyPrefix(variable)))
                    .as("%s reads %s (a ${%s} placeholder, or the prefix %s of its configuration properties)", application, variable, variable, propertyPrefix(variable))
                    .isTrue());
        }
    }

    @Test
    void each_application_listens_where_its_health_check_its_published_port_and_prometheus_look() throws IOException {
        String prometheus = Files.readString(ROOT.resolve("observability/prometheus/prometheus.yml"));
        for (String application : applications()) {
            Map<String, Object> service = services.get(application);
            String port = String.valueOf(environment(service).get("SERVER_PORT"));
            assertThat(String.valueOf(service.get("healthcheck"))).as(application).contains("localhost:" + port + "/actuator/health");
            assertThat(prometheus).as("Prometheus scrapes %s", application).contains(application + ":" + port);
            List<Object> ports = list(service.get("ports"));
            ports.forEach(published -> assertThat(String.valueOf(published)).as(application).matches(".*\\b" + port + "\\b.*"));
        }
        assertThat(list(services.get("gateway").get("ports"))).as("the API is published").isNotEmpty();
        assertThat(environment(services.get("gateway"))).as("the gateway is reachable from outside its container")
                .containsEntry("SERVER_ADDRESS", "0.0.0.0");
    }

    @Test
    void every_address_the_configuration_names_is_a_service_of_the_file() throws IOException {
        List<String> configured = new ArrayList<>();
        for (String file : List.of("observability/prometheus/prometheus.yml", "observability/filebeat.yml", "observability/otel-collector.yml",
                "observability/grafana/provisioning/datasources/prometheus.yml")) {
            configured.add(Files.readString(ROOT.resolve(file)));
        }
        services.values().forEach(service -> environment(service).values().forEach(value -> configured.add(String.valueOf(value))));
        Set<String> hosts = new HashSet<>();
        for (String text : configured) {
            Matcher address = ADDRESS.matcher(text);
            while (address.find()) {
                hosts.add(address.group(1));
            }
        }
        hosts.remove("localhost");
        assertThat(hosts).isNotEmpty().allSatisfy(host -> assertThat(services).as("a service named %s", host).containsKey(host));
    }

    // --- reading the file

    /** The services that run one of the project's applications: the file mounts its jar. */
    private static List<String> applications() {
        return services.keySet().stream().filter(name -> volumes(services.get(name)).stream().anyMatch(volume -> volume.contains("-exec.jar:"))).sorted().toList();
    }

    private static Path jarOf(String application) {
        String volume = volumes(services.get(application)).stream().filter(mount -> mount.contains("-exec.jar:")).findFirst().orElseThrow();
        return Path.of(volume.substring(0, volume.indexOf(':')));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dependencies(Map<String, Object> service) {
        Map<String, String> dependencies = new java.util.TreeMap<>();
        Object dependsOn = service.get("depends_on");
        if (dependsOn instanceof Map<?, ?> conditions) {
            ((Map<String, Map<String, Object>>) conditions).forEach((name, condition) -> dependencies.put(name, String.valueOf(condition.get("condition"))));
        } else {
            list(dependsOn).forEach(name -> dependencies.put(String.valueOf(name), "service_started"));
        }
        return dependencies;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    /** Each volume as {@code source:target[:mode]}, sources as absolute paths. */
    @SuppressWarnings("unchecked")
    private static List<String> volumes(Map<String, Object> service) {
        List<String> volumes = new ArrayList<>();
        for (Object volume : list(service.get("volumes"))) {
            if (volume instanceof Map<?, ?> long_) {
                Map<String, Object> mount = (Map<String, Object>) long_;
                volumes.add(mount.get("source") + ":" + mount.get("target"));
            } else {
                volumes.add(String.valueOf(volume));
            }
        }
        return volumes;
    }

    private static List<Object> list(Object value) {
        return value == null ? List.of() : new ArrayList<>((List<?>) value);
    }

    /** The configuration-properties prefix an environment variable binds to by Spring's relaxed binding: its first two parts. */
    private static String propertyPrefix(String variable) {
        String[] parts = variable.toLowerCase(Locale.ROOT).split("_");
        return parts.length < 2 ? parts[0] : parts[0] + "." + parts[1];
    }

    /**
     * What an application's jar reads: the {@code ${...}} placeholders of its configuration files (as environment variables)
     * and the strings of its
     * classes (a configuration-properties prefix is one), its own and those of the project's modules it bundles.
     */
    private static Set<String> readBy(Path jar) throws IOException {
        Set<String> read = new HashSet<>();
        try (InputStream in = Files.newInputStream(jar)) {
            collect(new JarInputStream(in), read, true);
        }
        return read;
    }

    private static void collect(JarInputStream jar, Set<String> read, boolean outer) throws IOException {
        Pattern placeholder = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.-]*)");
        Pattern prefix = Pattern.compile("lc\\.[a-z-]+");
        for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
            String name = entry.getName();
            if (outer && name.startsWith("BOOT-INF/lib/") && name.matches(".*/(platform|lc-api|command-service|query-search-service|query-analytics-service|saga-service|gateway)-[^/]*\\.jar")) {
                collect(new JarInputStream(jar), read, false);
            } else if (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".properties")) {
                Matcher found = placeholder.matcher(new String(jar.readAllBytes(), StandardCharsets.UTF_8));
                while (found.find()) {
                    // a placeholder resolves from the environment variable of its name in upper case, dots and dashes as underscores
                    read.add(found.group(1).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
                }
            } else if (name.endsWith(".class") && !name.startsWith("BOOT-INF/lib/") && (outer ? name.startsWith("BOOT-INF/classes/com/kpbank/") : name.startsWith("com/kpbank/"))) {
                Matcher found = prefix.matcher(new String(jar.readAllBytes(), StandardCharsets.ISO_8859_1));
                while (found.find()) {
                    read.add(found.group());
                }
            }
        }
    }
}
