package org.postops.media.mhl;

import java.nio.file.Path;
import java.util.Comparator;

/** POSIX relative paths as manifests hold them, and the order the reference tool lists names in. */
final class Paths {

    private Paths() {
    }

    /** {@code p} with "/" between its names, whatever the platform. */
    static String posix(Path p) {
        StringBuilder b = new StringBuilder();
        for (Path name : p) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(name);
        }
        return b.toString();
    }

    static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "/" + name;
    }

    /** Names by Unicode code point, as Python's sorted() orders them (String.compareTo uses UTF-16 units). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
