package org.mentorbot.app.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Quartz's tables on PostgreSQL when they are missing, from the script Quartz ships
 * ({@code org/quartz/impl/jdbcjobstore/tables_postgres.sql}) without its DROP statements, and
 * makes sure the indexes on NEXT_FIRE_TIME and TRIGGER_STATE exist. Idempotent and safe when
 * several nodes start at once: one transaction under a PostgreSQL advisory lock does it all,
 * and nothing that exists is dropped (unlike {@code spring.quartz.jdbc.initialize-schema=always},
 * which would wipe a running cluster's schedule at every start).
 */
public final class QuartzSchema {

    static final String QUARTZ_SCRIPT = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";
    static final String INDEXES = "db/quartz/indexes.sql";
    private static final long LOCK_ID = 0x6d656e746f72L;
    private static final Logger log = LoggerFactory.getLogger(QuartzSchema.class);

    private QuartzSchema() {
    }

    public static void ensure(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_ID + ")");
                if (!tablesExist(statement)) {
                    ScriptUtils.executeSqlScript(connection, new ByteArrayResource(withoutDropsAndCommit(read(QUARTZ_SCRIPT))));
                    log.info("Created Quartz's tables from {}", QUARTZ_SCRIPT);
                }
                ScriptUtils.executeSqlScript(connection, new ClassPathResource(INDEXES));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static boolean tablesExist(Statement statement) throws SQLException {
        try (ResultSet found = statement.executeQuery("SELECT to_regclass('qrtz_locks') IS NOT NULL")) {
            found.next();
            return found.getBoolean(1);
        }
    }

    private static byte[] withoutDropsAndCommit(String script) {
        return Arrays.stream(script.split("\n"))
                .filter(line -> !line.strip().toUpperCase().startsWith("DROP TABLE"))
                .filter(line -> !line.strip().equalsIgnoreCase("COMMIT;"))
                .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = QuartzSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Quartz's schema script " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
