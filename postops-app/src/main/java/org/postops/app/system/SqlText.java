package org.postops.app.system;

import java.util.Locale;

/** How a search box's words become a SQL {@code LIKE} pattern, the same way in every query. */
public final class SqlText {

    private SqlText() {
    }

    /**
     * A case-insensitive "contains" pattern for {@code lower(column) like :q}, with the wildcards of the
     * words themselves escaped (the default escape character, backslash, on H2 and PostgreSQL). Null for
     * blank words, meaning "no filter".
     */
    public static String containing(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String q = words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + q + "%";
    }
}
