package org.postops.media.qc;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postops.media.qc.DeliveryProfile.Expectation;
import org.postops.media.qc.DeliveryProfile.Programme;
import org.postops.media.qc.DeliveryProfile.Rule;
import org.postops.media.qc.DeliveryProfile.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The delivery profiles PostOps knows: the built-ins shipped in the jar and the {@code *.yaml} files of a user
 * folder (a user profile with a built-in's id replaces it). Profiles are plain data, read with SnakeYAML's safe
 * constructor: no tags, no objects, bounded aliases.
 */
public final class DeliveryProfiles {

    public static final List<String> BUILT_IN = List.of("ebu-r128", "atsc-a85", "netflix-loudness", "uk-dpp-as11-hd",
            "streaming-web", "prores-mezzanine");
    private static final Set<String> PROFILE_KEYS = Set.of("id", "name", "description", "programme", "rules");
    private static final Set<String> EXPECT_KEYS = Set.of("equals", "one-of", "min", "max", "target", "tolerance",
            "max-events");
    private static final Set<String> SETTING_KEYS = Set.of("min-duration", "threshold", "pixel-threshold",
            "picture-ratio", "noise", "ignore-head", "ignore-tail");
    private static final Set<String> RULE_KEYS;

    static {
        java.util.HashSet<String> k = new java.util.HashSet<>(Set.of("id", "check", "severity", "source",
                "unconfirmed", "note"));
        k.addAll(EXPECT_KEYS);
        k.addAll(SETTING_KEYS);
        RULE_KEYS = Set.copyOf(k);
    }

    private final Map<String, DeliveryProfile> profiles;

    private DeliveryProfiles(Map<String, DeliveryProfile> profiles) {
        this.profiles = profiles;
    }

    /** The built-ins, then the user folder's profiles when one is given. */
    public static DeliveryProfiles load(Optional<Path> userFolder) throws ProfileException {
        Map<String, DeliveryProfile> all = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            String resource = "profiles/" + id + ".yaml";
            try (InputStream in = DeliveryProfiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ProfileException("built-in profile " + resource + " is missing from the jar");
                }
                DeliveryProfile p = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in");
                all.put(p.id(), p);
            } catch (IOException e) {
                throw new ProfileException("built-in profile " + id + ": " + e.getMessage());
            }
        }
        if (userFolder.isPresent()) {
            Path dir = userFolder.get();
            if (!Files.isDirectory(dir)) {
                throw new ProfileException("profile folder " + dir + " does not exist");
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path f : sorted) {
                    DeliveryProfile p = read(f);
                    all.put(p.id(), p);
                }
            } catch (IOException e) {
                throw new ProfileException("profile folder " + dir + ": " + e.getMessage());
            }
        }
        return new DeliveryProfiles(all);
    }

    /** A profile by id, or from a file when {@code idOrFile} names one ({@code .yaml}, {@code .yml}). */
    public DeliveryProfile get(String idOrFile) throws ProfileException {
        if (idOrFile.endsWith(".yaml") || idOrFile.endsWith(".yml")) {
            return read(Path.of(idOrFile));
        }
        DeliveryProfile p = profiles.get(idOrFile);
        if (p == null) {
            throw new ProfileException("no delivery profile '" + idOrFile + "'; known: "
                    + String.join(", ", profiles.keySet()) + " (or give a .yaml file)");
        }
        return p;
    }

    public List<DeliveryProfile> all() {
        return List.copyOf(profiles.values());
    }

    public static DeliveryProfile read(Path file) throws ProfileException {
        if (!Files.isRegularFile(file)) {
            throw new ProfileException("profile " + file + ": no such file");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ProfileException("profile " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** Reads one profile; every mistake is reported with where it is. */
    public static DeliveryProfile parse(String yaml, String origin) throws ProfileException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1_000_000);
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new ProfileException("profile " + origin + " is not valid YAML: " + e.getProblem()
                    + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"));
        } catch (YAMLException e) {
            throw new ProfileException("profile " + origin + " is not valid YAML: " + e.getMessage());
        }
        Fields top = new Fields(origin, "profile", doc);
        top.onlyKeys(PROFILE_KEYS);
        String id = top.text("id", true).orElseThrow();
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new ProfileException("profile " + origin + ": id '" + id
                    + "' must be lower-case letters, digits, '.', '_' or '-'");
        }
        String name = top.text("name", false).orElse(id);
        String description = top.text("description", false).orElse("");
        Programme programme = programme(origin, top.map("programme"));
        List<Rule> rules = new ArrayList<>();
        List<Object> list = top.list("rules");
        if (list.isEmpty()) {
            throw new ProfileException("profile " + origin + ": 'rules' must list at least one rule");
        }
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Rule r = rule(origin, i + 1, list.get(i));
            if (!ids.add(r.id())) {
                throw new ProfileException("profile " + origin + ": two rules have the id '" + r.id() + "'");
            }
            rules.add(r);
        }
        return new DeliveryProfile(id, name, description, programme, List.copyOf(rules), origin);
    }

    private static Programme programme(String origin, Optional<Map<String, Object>> map) throws ProfileException {
        if (map.isEmpty()) {
            return Programme.FIRST_STEREO;
        }
        Fields f = new Fields(origin, "programme", map.get());
        f.onlyKeys(Set.of("tracks", "layout"));
        String layout = f.text("layout", false).orElse("stereo");
        if (!Set.of("mono", "stereo", "5.1", "5.1(side)", "7.1").contains(layout)) {
            throw new ProfileException("profile " + origin + ": programme layout '" + layout
                    + "' is not one of mono, stereo, 5.1, 5.1(side), 7.1");
        }
        List<Integer> tracks = new ArrayList<>();
        for (Object o : f.list("tracks")) {
            if (!(o instanceof Integer) || (Integer) o < 1) {
                throw new ProfileException("profile " + origin + ": programme tracks are audio track numbers from 1,"
                        + " not '" + o + "'");
            }
            tracks.add((Integer) o);
        }
        return new Programme(tracks.isEmpty() ? List.of(1) : List.copyOf(tracks), layout);
    }

    private static Rule rule(String origin, int n, Object node) throws ProfileException {
        Fields f = new Fields(origin, "rule " + n, node);
        String id = f.text("id", true).orElseThrow();
        f.where = "rule " + n + " ('" + id + "')";
        f.onlyKeys(RULE_KEYS);
        String checkKey = f.text("check", true).orElseThrow();
        Check check = Check.byKey(checkKey).orElseThrow(() -> new ProfileException("profile " + origin + ": "
                + f.where + ": unknown check '" + checkKey + "'; known: " + Check.keys()));
        String sev = f.text("severity", false).orElse("error");
        Severity severity;
        try {
            severity = Severity.valueOf(sev.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw f.problem("severity '" + sev + "' is not error, warning or info");
        }
        String source = f.text("source", true).orElseThrow();
        Optional<Integer> maxEvents = f.number("max-events").map(BigDecimal::intValueExact);
        Expectation expect = new Expectation(f.text("equals", false), f.texts("one-of"), f.number("min"),
                f.number("max"), f.number("target"), f.number("tolerance"), maxEvents);
        if (check.kind() != Check.Kind.EVENTS && expect.equalsText().isEmpty() && expect.oneOf().isEmpty()
                && expect.min().isEmpty() && expect.max().isEmpty() && expect.target().isEmpty()) {
            throw f.problem("says nothing to check: give equals, one-of, min, max or target");
        }
        if (check.kind() == Check.Kind.NUMBER && expect.equalsText().isPresent()) {
            try {
                new BigDecimal(expect.equalsText().get());
            } catch (NumberFormatException e) {
                throw f.problem("'" + check.key() + "' is a number, not '" + expect.equalsText().get() + "'");
            }
        }
        if (expect.tolerance().isPresent() && expect.target().isEmpty()) {
            throw f.problem("tolerance without a target");
        }
        if (check.kind() == Check.Kind.EVENTS && check != Check.LUMA_RANGE && check != Check.CHROMA_RANGE
                && (expect.min().isPresent() || expect.max().isPresent())) {
            throw f.problem("'" + check.key() + "' counts events: use max-events, and min-duration for how long");
        }
        if ((check == Check.LUMA_RANGE || check == Check.CHROMA_RANGE)
                && (expect.min().isEmpty() || expect.max().isEmpty())) {
            throw f.problem("'" + check.key() + "' needs min and max (8-bit code values)");
        }
        Map<String, BigDecimal> settings = new LinkedHashMap<>();
        for (String key : SETTING_KEYS) {
            Optional<BigDecimal> v = f.number(key);
            if (v.isPresent()) {
                settings.put(key, v.get());
            }
        }
        boolean unconfirmed = f.bool("unconfirmed");
        return new Rule(id, check, expect, Map.copyOf(settings), severity, source, unconfirmed,
                f.text("note", false));
    }

    /** One YAML mapping, read with messages that say where. */
    private static final class Fields {
        private final String origin;
        private String where;
        private final Map<String, Object> map;

        @SuppressWarnings("unchecked")
        Fields(String origin, String where, Object node) throws ProfileException {
            this.origin = origin;
            this.where = where;
            if (!(node instanceof Map)) {
                throw new ProfileException("profile " + origin + ": " + where + " must be a mapping of keys to values");
            }
            this.map = (Map<String, Object>) node;
        }

        ProfileException problem(String what) {
            return new ProfileException("profile " + origin + ": " + where + ": " + what);
        }

        void onlyKeys(Set<String> allowed) throws ProfileException {
            for (Object k : map.keySet()) {
                if (!allowed.contains(String.valueOf(k))) {
                    throw problem("unknown key '" + k + "'");
                }
            }
        }

        Optional<String> text(String key, boolean required) throws ProfileException {
            Object v = map.get(key);
            if (v == null) {
                if (required) {
                    throw problem("'" + key + "' is missing");
                }
                return Optional.empty();
            }
            if (v instanceof Map || v instanceof List) {
                throw problem("'" + key + "' must be a single value");
            }
            return Optional.of(String.valueOf(v));
        }

        List<String> texts(String key) throws ProfileException {
            Object v = map.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List)) {
                throw problem("'" + key + "' must be a list, e.g. [HQ, '4444']");
            }
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(String.valueOf(o));
            }
            return List.copyOf(out);
        }

        Optional<BigDecimal> number(String key) throws ProfileException {
            Object v = map.get(key);
            if (v == null) {
                return Optional.empty();
            }
            if (v instanceof Number) {
                return Optional.of(new BigDecimal(v.toString()));
            }
            throw problem("'" + key + "' must be a number, not '" + v + "'");
        }

        boolean bool(String key) throws ProfileException {
            Object v = map.get(key);
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean) {
                return (Boolean) v;
            }
            throw problem("'" + key + "' must be true or false");
        }

        @SuppressWarnings("unchecked")
        Optional<Map<String, Object>> map(String key) throws ProfileException {
            Object v = map.get(key);
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof Map)) {
                throw problem("'" + key + "' must be a mapping");
            }
            return Optional.of((Map<String, Object>) v);
        }

        List<Object> list(String key) throws ProfileException {
            Object v = map.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List)) {
                throw problem("'" + key + "' must be a list");
            }
            return new ArrayList<>((List<?>) v);
        }
    }
}
