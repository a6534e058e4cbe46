package kz.digitaledu.platform.core.internal.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Applies a component's versioned SQL scripts in order, each in its own transaction, and records
 * them with a checksum in {@code edu_schema_version}. The scripts are listed in
 * {@code db/<component>/migrations.txt}; statements end with a semicolon at the end of a line.
 *
 * <p>Column types that differ between the databases are written as placeholders: {@code ${TEXT}} (text of any
 * length: CLOB on Derby, TEXT on PostgreSQL) and {@code ${BYTES}} (binary of any length: BLOB on Derby, BYTEA on
 * PostgreSQL).
 */
public final class SqlMigrations {
    static final String TABLE = "edu_schema_version";

    private final DataSource dataSource;

    public SqlMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public synchronized int migrate(String component, ClassLoader loader) {
        if (!component.matches("[a-z][a-z0-9_.-]{0,40}")) {
            throw new IllegalArgumentException("bad component name " + component);
        }
        List<String> scripts = readIndex(component, loader);
        try (Connection c = dataSource.getConnection()) {
            ensureTable(c);
            Map<String, String> applied = applied(c, component);
            int ran = 0;
            for (String script : scripts) {
                String sql = read(loader, "db/" + component + "/" + script);
                String checksum = sha256(sql);
                String known = applied.get(script);
                if (known != null) {
                    if (!known.equals(checksum)) {
                        throw new IllegalStateException("Migration " + component + "/" + script
                                + " was changed after it was applied; add a new script instead");
                    }
                    continue;
                }
                apply(c, component, script, sql, checksum);
                ran++;
            }
            return ran;
        } catch (SQLException e) {
            throw new IllegalStateException("Migrating " + component + " failed: " + e.getMessage(), e);
        }
    }

    private static void apply(Connection c, String component, String script, String sql, String checksum) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement st = c.createStatement()) {
            for (String statement : statements(sql)) {
                st.execute(dialect(statement, postgres));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                    + " (component, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, component);
                ps.setString(2, script);
                ps.setString(3, checksum);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("in " + component + "/" + script + ": " + e.getMessage(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Replaces the type placeholders by the database's own types. */
    static String dialect(String statement, boolean postgres) {
        return statement.replace("${TEXT}", postgres ? "TEXT" : "CLOB").replace("${BYTES}", postgres ? "BYTEA" : "BLOB");
    }

    /** Splits a script into statements: a statement ends with ';' at the end of a line; '--' lines are comments. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static void ensureTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toUpperCase()}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + TABLE + " (component VARCHAR(64) NOT NULL, script VARCHAR(200) NOT NULL,"
                    + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (component, script))");
        }
    }

    private static Map<String, String> applied(Connection c, String component) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT script, checksum FROM " + TABLE + " WHERE component = ?")) {
            ps.setString(1, component);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return m;
    }

    private static List<String> readIndex(String component, ClassLoader loader) {
        String index = read(loader, "db/" + component + "/migrations.txt");
        List<String> scripts = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                scripts.add(s);
            }
        }
        return scripts;
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder b = new StringBuilder();
                r.lines().forEach(l -> b.append(l).append('\n'));
                return b.toString();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
