package org.postops.planning.config;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A snapshot flattened to keys and string values, sorted by key, so that two snapshots diff key by key and a
 * qualified configuration names what it approves by key. The keys:
 *
 * <pre>
 * os.name  os.version  kernel
 * gpu[0].model  gpu[0].driver               one pair per GPU, in the order reported
 * apps.&lt;app&gt;.version  apps.&lt;app&gt;.plugins.&lt;plugin&gt;
 * io.&lt;card&gt;.firmware                      a second card of the same model is &lt;card&gt;-2
 * mounts.&lt;path&gt;                             "source (type)"
 * &lt;key&gt;                                      each free-form value under its own key
 * </pre>
 *
 * App, plugin and card names become keys in lower case with runs of anything but letters, digits, {@code _} and
 * {@code +} turned into one hyphen ("DaVinci Resolve Studio" → {@code davinci-resolve-studio}). Flattening is
 * deterministic: the same snapshot always gives the same keys and values. Blank values are left out, but for
 * the version of an app, plugin or card, which is then {@value #UNKNOWN}.
 */
public record Configuration(SortedMap<String, String> values) {

    /** A malformed snapshot: two apps of one name, a free-form key that is a reported one... */
    public static final class InvalidSnapshot extends IllegalArgumentException {
        private final String field;

        public InvalidSnapshot(String field, String message) {
            super(message);
            this.field = field;
        }

        /** Where in the snapshot, as a JSON path such as {@code apps[2].name}. */
        public String field() {
            return field;
        }
    }

    /** The value of an app's, plugin's or card's version that was not reported. */
    public static final String UNKNOWN = "unknown";
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}_+]+");
    /** Keys the free-form values may not use: those reported in structure. */
    private static final Pattern RESERVED = Pattern.compile("(os\\..*|kernel|gpu\\[.*|apps\\..*|io\\..*|mounts\\..*)");

    public Configuration {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public static Configuration of(Snapshot s) {
        TreeMap<String, String> flat = new TreeMap<>();
        put(flat, "os.name", s.os().name());
        put(flat, "os.version", s.os().version());
        put(flat, "kernel", s.os().kernel());
        for (int i = 0; i < s.gpus().size(); i++) {
            put(flat, "gpu[" + i + "].model", s.gpus().get(i).model());
            put(flat, "gpu[" + i + "].driver", s.gpus().get(i).driver());
        }
        for (int i = 0; i < s.apps().size(); i++) {
            Snapshot.App app = s.apps().get(i);
            String name = name(app.name(), "apps[" + i + "].name");
            String prefix = "apps." + name + ".";
            if (flat.keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
                throw new InvalidSnapshot("apps[" + i + "].name", "a second app named " + name);
            }
            flat.put(prefix + "version", orUnknown(app.version()));
            for (int j = 0; j < app.plugins().size(); j++) {
                Snapshot.Plugin plugin = app.plugins().get(j);
                String key = prefix + "plugins." + name(plugin.name(), "apps[" + i + "].plugins[" + j + "].name");
                if (flat.containsKey(key)) {
                    throw new InvalidSnapshot("apps[" + i + "].plugins[" + j + "].name", "a second plugin named "
                            + plugin.name());
                }
                flat.put(key, orUnknown(plugin.version()));
            }
        }
        for (int i = 0; i < s.ioCards().size(); i++) {
            String card = name(s.ioCards().get(i).model(), "ioCards[" + i + "].model");
            String key = "io." + card;
            for (int n = 2; flat.containsKey(key + ".firmware"); n++) {
                key = "io." + card + "-" + n;
            }
            flat.put(key + ".firmware", orUnknown(s.ioCards().get(i).firmware()));
        }
        for (int i = 0; i < s.mounts().size(); i++) {
            Snapshot.Mount m = s.mounts().get(i);
            if (m.path() == null || m.path().isBlank()) {
                throw new InvalidSnapshot("mounts[" + i + "].path", "a mount needs its path");
            }
            String key = "mounts." + m.path().strip();
            if (flat.containsKey(key)) {
                throw new InvalidSnapshot("mounts[" + i + "].path", "a second mount at " + m.path().strip());
            }
            String source = m.source() == null ? "" : m.source().strip();
            String type = m.type() == null || m.type().isBlank() ? "" : "(" + m.type().strip() + ")";
            flat.put(key, (source + " " + type).strip());
        }
        for (Map.Entry<String, String> e : new TreeMap<>(s.values()).entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().strip();
            if (key.isEmpty()) {
                throw new InvalidSnapshot("values", "a value needs a key");
            }
            if (RESERVED.matcher(key).matches()) {
                throw new InvalidSnapshot("values." + key, "is reported in the snapshot's structure; "
                        + "free-form keys may not start os., gpu[, apps., io. or mounts., nor be kernel");
            }
            put(flat, key, e.getValue());
        }
        return new Configuration(flat);
    }

    /** A name as a key segment: "DaVinci Resolve Studio" → {@code davinci-resolve-studio}. */
    public static String keyName(String name) {
        String s = NOT_NAME.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        return s;
    }

    private static String name(String name, String field) {
        String key = name == null ? "" : keyName(name);
        if (key.isEmpty()) {
            throw new InvalidSnapshot(field, "needs a name with a letter or digit in it");
        }
        return key;
    }

    /** Apps, plugins and cards are there even when their version is not known: a rule on them then fails. */
    private static String orUnknown(String version) {
        return version == null || version.isBlank() ? UNKNOWN : version.strip();
    }

    private static void put(Map<String, String> flat, String key, String value) {
        if (value != null && !value.isBlank()) {
            flat.put(key, value.strip());
        }
    }

    public int size() {
        return values.size();
    }

    /** What changed from this configuration to {@code later}. */
    public ConfigurationDiff diff(Configuration later) {
        return ConfigurationDiff.between(this, later);
    }
}
