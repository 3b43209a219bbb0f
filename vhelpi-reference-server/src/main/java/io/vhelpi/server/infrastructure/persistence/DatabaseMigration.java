package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.infrastructure.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date when the application is deployed, before any request is served; on
 * the embedded default it then adds the demo organisation.
 *
 * <p>Every database runs the migrations of {@code db/migration}; those of a product's own folder
 * below {@code db/vendor} (e.g. {@code db/vendor/postgresql}) run only on that product, for what
 * the products do differently.
 *
 * <p>Flyway manages its own transactions, one per migration, hence bean-managed transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigration.class);

    /** The migrations every database runs. */
    private static final String COMMON_LOCATION = "classpath:db/migration";

    /** Below it, one folder per database product with what only that product needs. */
    private static final String VENDOR_FOLDER = "db/vendor/";

    @Resource(lookup = "java:jboss/datasources/VhelpiDS")
    DataSource dataSource;

    @Inject ServerConfig config;
    @Inject DemoData demoData;

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        List<String> locations = new ArrayList<>(List.of(COMMON_LOCATION));
        if (getClass().getClassLoader().getResource(VENDOR_FOLDER + vendor) != null) {
            locations.add("classpath:" + VENDOR_FOLDER + vendor);
        }
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
                "Database schema on {} at version {} ({} migrations applied now)",
                vendor,
                result.targetSchemaVersion != null
                        ? result.targetSchemaVersion
                        : result.initialSchemaVersion,
                result.migrationsExecuted);

        if (config.embeddedDefault()) {
            demoData.ensurePresent(dataSource);
        }
    }

    /** The database product in the form of the vendor folders: {@code h2}, {@code postgresql}. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
