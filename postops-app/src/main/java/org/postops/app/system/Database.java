package org.postops.app.system;

import java.nio.file.Path;

/**
 * Where the data lives: PostgreSQL when {@code POSTOPS_DB_URL} (property {@code postops.db.url}) is set,
 * otherwise the embedded H2 database under the data directory. Shared by the server and by commands
 * such as {@code postops audit verify} that read the database without starting the server.
 */
public record Database(String url, String user, String password) {

    /**
     * H2 in PostgreSQL mode so that both databases answer alike; AUTO_SERVER lets a command open the
     * file while the server has it open; QUERY_TIMEOUT (milliseconds) bounds every statement once per
     * connection instead of per statement (see {@link EmbeddedTimeouts}).
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";AUTO_SERVER=TRUE;QUERY_TIMEOUT=" + EmbeddedTimeouts.STATEMENT_LIMIT_MILLIS;

    public static Database embedded(Path dataDir) {
        return new Database("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("postops")
                + H2_OPTIONS, "sa", "");
    }

    /** PostgreSQL at {@code url} if one is given, otherwise the embedded database under the data directory. */
    public static Database from(Path dataDir, String url, String user, String password) {
        if (url == null || url.isBlank()) {
            return embedded(dataDir);
        }
        return new Database(url, user == null ? "" : user, password == null ? "" : password);
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL with any password in it hidden, for messages. */
    public String describe() {
        return url.replaceAll("password=[^&;]*", "password=***");
    }
}
