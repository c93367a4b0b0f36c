package org.postops.media.mhl.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ignore patterns, gitignore-like, translated to regular expressions the way the reference tool's
 * {@code pathspec} library ("gitwildmatch") does and matched against paths relative to the history's
 * root ("Clips/A001.mov"; folders without a trailing slash). The last matching pattern decides; a
 * pattern starting with "!" takes a path back in. A pattern without a slash matches at any depth and
 * also everything under a folder of that name ("ascmhl"); "name/" matches everything under such a
 * folder but not the folder itself (so the folder is still recorded, empty, as the reference does).
 */
public final class IgnoreRules {

    /** Every history ignores these unless its latest generation lists others. */
    public static final List<String> DEFAULTS = List.of(".DS_Store", "ascmhl", "ascmhl/");

    private final List<String> patterns;
    private final List<Rule> rules;

    private record Rule(Pattern regex, boolean include) {
    }

    private IgnoreRules(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        List<Rule> compiled = new ArrayList<>();
        for (String p : patterns) {
            compile(p).ifPresent(compiled::add);
        }
        this.rules = compiled;
    }

    /** The given patterns, in order, without duplicates. */
    public static IgnoreRules of(List<String> patterns) {
        return new IgnoreRules(new ArrayList<>(new LinkedHashSet<>(patterns)));
    }

    /**
     * The rules of a new generation: the patterns of the latest one (or the defaults if it has none),
     * then patterns given now, then those of a pattern file (one per line; blank lines skipped).
     */
    public static IgnoreRules combine(List<String> latest, List<String> added, Path patternFile) throws IOException {
        Set<String> all = new LinkedHashSet<>(latest == null || latest.isEmpty() ? DEFAULTS : latest);
        all.addAll(added);
        if (patternFile != null) {
            for (String line : Files.readAllLines(patternFile, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    all.add(line);
                }
            }
        }
        return new IgnoreRules(new ArrayList<>(all));
    }

    /** The patterns as written to {@code <ignore>}. */
    public List<String> patterns() {
        return Collections.unmodifiableList(patterns);
    }

    /** Whether {@code relativePath} ("Clips/A001.mov", "Clips") is ignored. */
    public boolean ignores(String relativePath) {
        boolean ignored = false;
        for (Rule r : rules) {
            if (r.regex.matcher(relativePath).matches()) {
                ignored = !r.include;
            }
        }
        return ignored;
    }

    /** The same rules plus {@code more}. */
    public IgnoreRules with(List<String> more) {
        List<String> all = new ArrayList<>(patterns);
        all.addAll(more);
        return of(all);
    }

    private static java.util.Optional<Rule> compile(String raw) {
        String pattern = stripTrailingSpaces(raw);
        if (pattern.isEmpty() || pattern.startsWith("#")) {
            return java.util.Optional.empty();
        }
        boolean include = false;
        if (pattern.startsWith("!")) {
            include = true;
            pattern = pattern.substring(1);
        }
        if (pattern.startsWith("\\")) { // "\!" or "\#" at the start: a literal
            pattern = pattern.substring(1);
        }
        List<String> segs = new ArrayList<>(List.of(pattern.split("/", -1)));
        if (segs.get(0).isEmpty()) {
            segs.remove(0); // "/x": only at the root
        } else if (segs.size() == 1 || (segs.size() == 2 && segs.get(1).isEmpty())) {
            if (!segs.get(0).equals("**")) {
                segs.add(0, "**"); // "x" or "x/": at any depth
            }
        }
        if (segs.isEmpty() || (segs.size() == 1 && segs.get(0).isEmpty())) {
            return java.util.Optional.empty();
        }
        if (segs.size() > 1 && segs.get(segs.size() - 1).isEmpty()) {
            segs.set(segs.size() - 1, "**"); // "x/": everything under x
        }
        StringBuilder re = new StringBuilder("^");
        boolean needSlash = false;
        int end = segs.size() - 1;
        for (int i = 0; i < segs.size(); i++) {
            String seg = segs.get(i);
            if (seg.equals("**")) {
                if (i == 0 && i == end) {
                    re.append(".+");
                } else if (i == 0) {
                    re.append("(?:.+/)?");
                    needSlash = false;
                } else if (i == end) {
                    re.append("/.*");
                } else {
                    re.append("(?:/.+)?");
                    needSlash = true;
                }
            } else {
                if (needSlash) {
                    re.append('/');
                }
                re.append(seg.equals("*") ? "[^/]+" : segmentGlob(seg));
                if (i == end) {
                    re.append("(?:/.*)?");
                }
                needSlash = true;
            }
        }
        re.append('$');
        return java.util.Optional.of(new Rule(Pattern.compile(re.toString(), Pattern.DOTALL), include));
    }

    private static String segmentGlob(String seg) {
        StringBuilder re = new StringBuilder();
        boolean escape = false;
        int i = 0;
        while (i < seg.length()) {
            char c = seg.charAt(i++);
            if (escape) {
                escape = false;
                re.append(Pattern.quote(String.valueOf(c)));
            } else if (c == '\\') {
                escape = true;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int j = i;
                if (j < seg.length() && (seg.charAt(j) == '!' || seg.charAt(j) == ']')) {
                    j++;
                }
                while (j < seg.length() && seg.charAt(j) != ']') {
                    j++;
                }
                if (j < seg.length()) {
                    String body = seg.substring(i, j);
                    i = j + 1;
                    StringBuilder cls = new StringBuilder("[");
                    int k = 0;
                    if (body.startsWith("!")) {
                        cls.append('^');
                        k = 1;
                    } else if (body.startsWith("^")) {
                        cls.append("\\^");
                        k = 1;
                    }
                    for (; k < body.length(); k++) {
                        char b = body.charAt(k);
                        if (b == '\\' || b == '[' || b == '&' || b == '~' || b == '|') {
                            cls.append('\\');
                        }
                        cls.append(b);
                    }
                    re.append(cls).append(']');
                } else {
                    re.append("\\[");
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    private static String stripTrailingSpaces(String p) {
        int end = p.length();
        while (end > 0 && p.charAt(end - 1) == ' ' && !(end > 1 && p.charAt(end - 2) == '\\')) {
            end--;
        }
        return p.substring(0, end);
    }

    @Override
    public String toString() {
        return patterns.toString();
    }
}
