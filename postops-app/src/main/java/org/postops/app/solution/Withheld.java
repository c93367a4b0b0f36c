package org.postops.app.solution;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks a production's name, codename and client out of free text, for people who may not see that production
 * (and, with an empty mark, out of what the search index holds, so nobody finds a restricted solution by typing
 * the production's name).
 */
final class Withheld {

    static final String MARK = "[production withheld]";

    private Withheld() {
    }

    static String blank(String text, String mark, String... names) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                result = Pattern.compile(Pattern.quote(name.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result).replaceAll(Matcher.quoteReplacement(mark));
            }
        }
        return result;
    }

    /** Whether any of the names appears in the text, case aside. */
    static boolean names(String text, String... names) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (name != null && !name.isBlank() && lower.contains(name.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
