package org.postops.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.cli.PostOps;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import picocli.CommandLine;

/**
 * Tampers with the stored trail behind the server's back and checks that {@code postops audit verify}
 * notices and names the entry. Every test puts the row back in a finally block: the server, and so its
 * chain, is shared with every other test.
 */
class AuditChainTest extends ServerTest {

    private static final String COLUMNS = "id, occurred_at, actor, action, object_type, object_id, production_id, "
            + "remote_address, before_value, after_value, prev_hash, entry_hash";

    /** What the command printed and the exit code it returned. */
    record Run(int exitCode, String output) {
    }

    @Test
    void anUntouchedChainVerifies() {
        someChanges();
        Run run = verify();
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("audit trail intact");
    }

    @Test
    void aChangedEntryIsNamed() throws SQLException {
        someChanges();
        long id = lastId() - 2;
        List<Object> row = read(id);
        try (Connection db = connectDirectly();
                PreparedStatement forge = db.prepareStatement("update audit_entry set after_value = ? where id = ?")) {
            forge.setString(1, "{\"name\":\"forged\"}");
            forge.setLong(2, id);
            assertThat(forge.executeUpdate()).isEqualTo(1);
            Run run = verify();
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("entry " + id + " was changed");
        } finally {
            delete(id);
            insert(row);
        }
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    void aRemovedEntryInTheMiddleIsNamed() throws SQLException {
        someChanges();
        long id = lastId() - 2;
        List<Object> row = read(id);
        try {
            delete(id);
            Run run = verify();
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("entry " + id + " was removed");
        } finally {
            insert(row);
        }
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    void aRemovedLastEntryIsNamed() throws SQLException {
        someChanges();
        long id = lastId();
        List<Object> row = read(id);
        try {
            delete(id);
            Run run = verify();
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("newest entry written was " + id);
        } finally {
            insert(row);
        }
        assertThat(verify().exitCode()).isZero();
    }

    private void someChanges() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        api.patch(sup.token(), "/api/v1/productions/" + id, Map.of("client", "Audited"));
        facility.task(sup, id);
    }

    /** Runs {@code postops audit verify} in-process on this run's database. */
    static Run verify() {
        List<String> args = new ArrayList<>(List.of("audit", "verify", "--data", DATA.toString()));
        if (onPostgres()) {
            args.addAll(List.of("--db-url", jdbcUrl(), "--db-user", dbUser(), "--db-password", dbPassword()));
        }
        StringWriter out = new StringWriter();
        CommandLine cli = PostOps.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args.toArray(String[]::new));
        return new Run(code, out.toString());
    }

    private static long lastId() throws SQLException {
        try (Connection db = connectDirectly();
                ResultSet rs = db.createStatement().executeQuery("select max(id) from audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Object> read(long id) throws SQLException {
        try (Connection db = connectDirectly();
                PreparedStatement q = db.prepareStatement("select " + COLUMNS + " from audit_entry where id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= 12; i++) {
                    // texts as strings: H2 hands out large text as a Clob tied to this connection
                    row.add(i == 2 ? rs.getObject(i, java.time.OffsetDateTime.class)
                            : rs.getObject(i) instanceof java.sql.Clob ? rs.getString(i) : rs.getObject(i));
                }
                return row;
            }
        }
    }

    private static void delete(long id) throws SQLException {
        try (Connection db = connectDirectly();
                PreparedStatement d = db.prepareStatement("delete from audit_entry where id = ?")) {
            d.setLong(1, id);
            assertThat(d.executeUpdate()).isEqualTo(1);
        }
    }

    private static void insert(List<Object> row) throws SQLException {
        try (Connection db = connectDirectly(); PreparedStatement i = db.prepareStatement(
                "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int c = 0; c < row.size(); c++) {
                i.setObject(c + 1, row.get(c));
            }
            i.executeUpdate();
        }
    }
}
