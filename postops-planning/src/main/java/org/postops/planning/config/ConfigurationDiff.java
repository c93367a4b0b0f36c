package org.postops.planning.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What changed between two configurations: keys added, removed and changed, each list sorted by key. */
public record ConfigurationDiff(List<Entry> added, List<Entry> removed, List<Change> changed) {

    public record Entry(String key, String value) {
    }

    public record Change(String key, String before, String after) {
    }

    public ConfigurationDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static ConfigurationDiff between(Configuration before, Configuration after) {
        List<Entry> added = new ArrayList<>();
        List<Entry> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : before.values().entrySet()) {
            String now = after.values().get(e.getKey());
            if (now == null) {
                removed.add(new Entry(e.getKey(), e.getValue()));
            } else if (!now.equals(e.getValue())) {
                changed.add(new Change(e.getKey(), e.getValue(), now));
            }
        }
        for (Map.Entry<String, String> e : after.values().entrySet()) {
            if (!before.values().containsKey(e.getKey())) {
                added.add(new Entry(e.getKey(), e.getValue()));
            }
        }
        return new ConfigurationDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
