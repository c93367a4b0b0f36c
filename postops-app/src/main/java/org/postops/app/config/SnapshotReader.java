package org.postops.app.config;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postops.app.web.Problem;
import org.postops.planning.config.Configuration;
import org.postops.planning.config.Snapshot;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a submitted snapshot strictly: the body ({@link SnapshotBody}) is already bounded; malformed
 * JSON is refused with its line and column, and every field has its type checked and is named when wrong. A
 * snapshot is evidence later ("what changed?"), so nothing is guessed or coerced.
 */
@Component
class SnapshotReader {

    /** How many keys a snapshot may flatten to. */
    static final int MAX_KEYS = 5000;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_KEY = 300;

    /** A snapshot as submitted: when it was taken (null: now), how, the snapshot, and its JSON to store. */
    record Submitted(Instant takenAt, SnapshotSource source, Snapshot snapshot, Configuration configuration,
            ObjectNode body) {
    }

    private static final Set<String> TOP = Set.of("takenAt", "source", "os", "gpus", "apps", "ioCards", "mounts",
            "values");

    private final JsonMapper json;

    SnapshotReader(JsonMapper json) {
        this.json = json;
    }

    Submitted read(byte[] body, SnapshotSource defaultSource) {
        JsonNode root;
        try {
            root = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            String why = e.getOriginalMessage() == null ? "" : ": " + firstLine(e.getOriginalMessage());
            throw Problem.badField("body", "is not well-formed JSON" + where + why);
        }
        if (root == null || !root.isObject()) {
            throw Problem.badField("body", "must be a JSON object with os, gpus, apps, ioCards, mounts, values");
        }
        known(root, "", TOP);
        Instant takenAt = null;
        String taken = text(root, "takenAt", "takenAt");
        if (taken != null) {
            try {
                takenAt = Instant.parse(taken);
            } catch (DateTimeParseException e) {
                throw Problem.badField("takenAt", "must be an instant written YYYY-MM-DDThh:mm:ssZ");
            }
        }
        SnapshotSource source = defaultSource;
        String how = text(root, "source", "source");
        if (how != null) {
            try {
                source = SnapshotSource.valueOf(how.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Problem.badField("source", "must be one of: ui, cli, api");
            }
        }
        Snapshot.Os os = null;
        JsonNode o = object(root, "os", "os");
        if (o != null) {
            known(o, "os.", Set.of("name", "version", "kernel"));
            os = new Snapshot.Os(text(o, "name", "os.name"), text(o, "version", "os.version"),
                    text(o, "kernel", "os.kernel"));
        }
        List<Snapshot.Gpu> gpus = new ArrayList<>();
        each(root, "gpus", (g, at) -> {
            known(g, at + ".", Set.of("model", "driver"));
            gpus.add(new Snapshot.Gpu(text(g, "model", at + ".model"), text(g, "driver", at + ".driver")));
        });
        List<Snapshot.App> apps = new ArrayList<>();
        each(root, "apps", (a, at) -> {
            known(a, at + ".", Set.of("name", "version", "plugins"));
            List<Snapshot.Plugin> plugins = new ArrayList<>();
            each(a, "plugins", at + ".plugins", (p, pat) -> {
                known(p, pat + ".", Set.of("name", "version"));
                plugins.add(new Snapshot.Plugin(required(p, "name", pat + ".name"),
                        text(p, "version", pat + ".version")));
            });
            apps.add(new Snapshot.App(required(a, "name", at + ".name"), text(a, "version", at + ".version"),
                    plugins));
        });
        List<Snapshot.IoCard> cards = new ArrayList<>();
        each(root, "ioCards", (c, at) -> {
            known(c, at + ".", Set.of("model", "firmware"));
            cards.add(new Snapshot.IoCard(required(c, "model", at + ".model"), text(c, "firmware", at + ".firmware")));
        });
        List<Snapshot.Mount> mounts = new ArrayList<>();
        each(root, "mounts", (m, at) -> {
            known(m, at + ".", Set.of("path", "source", "type"));
            mounts.add(new Snapshot.Mount(required(m, "path", at + ".path"), text(m, "source", at + ".source"),
                    text(m, "type", at + ".type")));
        });
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode v = object(root, "values", "values");
        if (v != null) {
            if (v.size() > MAX_KEYS) {
                throw tooManyKeys(v.size());
            }
            for (String key : v.propertyNames()) {
                values.put(key, text(v, key, "values." + key));
            }
        }
        Snapshot snapshot = new Snapshot(os, gpus, apps, cards, mounts, values);
        Configuration configuration;
        try {
            configuration = Configuration.of(snapshot);
        } catch (Configuration.InvalidSnapshot e) {
            throw Problem.badField(e.field(), e.getMessage());
        }
        if (configuration.size() > MAX_KEYS) {
            throw tooManyKeys(configuration.size());
        }
        for (String key : configuration.values().keySet()) {
            if (key.length() > MAX_KEY) {
                throw Problem.badField(key.startsWith("mounts.") ? "mounts" : "values", "the key “"
                        + key.substring(0, 40) + "…” is longer than " + MAX_KEY + " characters");
            }
        }
        ObjectNode stored = ((ObjectNode) root).deepCopy();
        stored.remove(List.of("takenAt", "source"));
        return new Submitted(takenAt, source, snapshot, configuration, stored);
    }

    private static Problem tooManyKeys(int keys) {
        return Problem.badField("values", "the snapshot has " + keys + " keys; at most " + MAX_KEYS + " are kept");
    }

    private interface Element {
        void read(JsonNode node, String at);
    }

    private static void each(JsonNode parent, String name, Element element) {
        each(parent, name, name, element);
    }

    private static void each(JsonNode parent, String name, String path, Element element) {
        JsonNode list = parent.get(name);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw Problem.badField(path, "must be a list");
        }
        if (list.size() > MAX_KEYS) {
            throw tooManyKeys(list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            if (!list.get(i).isObject()) {
                throw Problem.badField(at, "must be an object");
            }
            element.read(list.get(i), at);
        }
    }

    private static JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw Problem.badField(path, "must be an object");
        }
        return node;
    }

    private static void known(JsonNode node, String prefix, Set<String> names) {
        for (String name : node.propertyNames()) {
            if (!names.contains(name)) {
                throw Problem.badField(prefix + name, "is not a known field");
            }
        }
    }

    private static String required(JsonNode node, String name, String path) {
        String value = text(node, name, path);
        if (value == null || value.isBlank()) {
            throw Problem.badField(path, "is required");
        }
        return value;
    }

    private static String text(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw Problem.badField(path, "must be a string" + (value.isNumber() ? " (write \"" + value + "\")" : ""));
        }
        String text = value.asString();
        if (text.length() > MAX_TEXT) {
            throw Problem.badField(path, "is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
