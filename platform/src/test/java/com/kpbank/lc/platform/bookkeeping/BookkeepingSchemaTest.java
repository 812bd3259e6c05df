package com.kpbank.lc.platform.bookkeeping;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The distributed deployment's bookkeeping schema, on a real PostgreSQL: the migrations create it in each service's
 * own schema; the entities of Axon's token store, saga store and dead-letter queue, our deadlines and live instances, match it as
 * mapped by the deployment's dialect (Hibernate validates, as the services do at start-up); serialised tokens are
 * stored in the row as {@code bytea}; and a segment claimed by one instance cannot be taken by another.
 */
class BookkeepingSchemaTest {

    private static final List<String> SERVICE_SCHEMAS = List.of("search", "saga");
    private static final String TOKEN_STORE_PACKAGE = "org.axonframework.eventhandling.tokenstore.jpa";

    private static PostgresServer postgres;
    private static DriverManagerDataSource dataSource;
    private static PropertySource<?> distributed;

    @BeforeAll
    static void migrate() throws IOException {
        postgres = PostgresServer.start();
        dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), PostgresServer.USER, "");
        distributed = new YamlPropertySourceLoader().load("distributed", new ClassPathResource("lc-platform-distributed.yml")).get(0);
        SERVICE_SCHEMAS.forEach(schema -> Flyway.configure().dataSource(dataSource).schemas(schema)
                .locations(String.valueOf(distributed.getProperty("spring.flyway.locations"))).load().migrate());
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void every_bookkeeping_entity_matches_the_migrated_schema_of_each_service() {
        SERVICE_SCHEMAS.forEach(schema -> entityManagerFactory(schema,
                TOKEN_STORE_PACKAGE, "org.axonframework.modelling.saga.repository.jpa",
                "org.axonframework.eventhandling.deadletter.jpa", "com.kpbank.lc.platform.deadline",
                "com.kpbank.lc.platform.processing").close());
    }

    @Test
    void serialised_columns_are_stored_in_the_row_not_as_large_objects() {
        List<String> types = new JdbcTemplate(dataSource).queryForList(
                "select distinct data_type from information_schema.columns where table_schema = 'search' and column_name in"
                + " ('token', 'serialized_saga', 'payload', 'meta_data', 'diagnostics') and table_name <> 'lc_deadline'", String.class);
        assertThat(types).containsExactly("bytea");
    }

    @Test
    void a_segment_claimed_by_one_instance_is_not_taken_by_another_and_its_token_survives_the_round_trip() {
        EntityManagerFactory factory = entityManagerFactory("search", TOKEN_STORE_PACKAGE);
        try {
            SpringTransactionManager transactions = new SpringTransactionManager(new JpaTransactionManager(factory));
            EntityManager entityManager = SharedEntityManagerCreator.createSharedEntityManager(factory);
            JpaTokenStore first = tokenStore(entityManager, "instance-1");
            JpaTokenStore second = tokenStore(entityManager, "instance-2");
            transactions.executeInTransaction(() -> first.initializeTokenSegments("projection", 2));

            transactions.executeInTransaction(() -> first.storeToken(new GlobalSequenceTrackingToken(41), "projection", 0));

            assertThat(transactions.fetchInTransaction(() -> first.fetchToken("projection", 0)))
                    .isEqualTo(new GlobalSequenceTrackingToken(41));
            assertThatThrownBy(() -> transactions.executeInTransaction(() -> second.fetchToken("projection", 0)))
                    .isInstanceOf(UnableToClaimTokenException.class);
            TrackingToken untouched = transactions.fetchInTransaction(() -> second.fetchToken("projection", 1));
            assertThat(untouched).isNull();
        } finally {
            factory.close();
        }
    }

    private static JpaTokenStore tokenStore(EntityManager entityManager, String node) {
        return JpaTokenStore.builder().entityManagerProvider(() -> entityManager)
                .serializer(JacksonSerializer.defaultSerializer()).nodeId(node).build();
    }

    /** The entities of those packages over the schema, validated against it as the services' Hibernate does. */
    private static EntityManagerFactory entityManagerFactory(String schema, String... packages) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPersistenceProviderClass(HibernatePersistenceProvider.class);
        factory.setPackagesToScan(packages);
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", distributed.getProperty("spring.jpa.database-platform"));
        settings.put("hibernate.hbm2ddl.auto", distributed.getProperty("spring.jpa.hibernate.ddl-auto"));
        settings.put("hibernate.default_schema", schema);
        // Spring Boot's naming, as the services have it
        settings.put("hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        settings.put("hibernate.implicit_naming_strategy", "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
        factory.setJpaPropertyMap(settings);
        factory.afterPropertiesSet();
        return factory.getObject();
    }
}
