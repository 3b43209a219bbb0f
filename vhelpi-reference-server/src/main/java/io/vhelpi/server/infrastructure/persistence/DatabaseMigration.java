package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.infrastructure.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date when the application is deployed, before any request is served; on
 * the embedded default it then adds the demo organisation.
 *
 * <p>Flyway manages its own transactions, one per migration, hence bean-managed transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigration.class);

    @Resource(lookup = "java:jboss/datasources/VhelpiDS")
    DataSource dataSource;

    @Inject ServerConfig config;
    @Inject DemoData demoData;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        config.extraMigrationLocations()
                .ifPresent(extra -> locations.addAll(List.of(extra.split(","))));

        MigrateResult result =
                Flyway.configure(getClass().getClassLoader())
                        .dataSource(dataSource)
                        .locations(locations.toArray(String[]::new))
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
        LOG.info(
                "Database schema at version {} ({} migrations applied now)",
                result.targetSchemaVersion != null
                        ? result.targetSchemaVersion
                        : result.initialSchemaVersion,
                result.migrationsExecuted);

        if (config.embeddedDefault()) {
            demoData.ensurePresent(dataSource);
        }
    }
}
