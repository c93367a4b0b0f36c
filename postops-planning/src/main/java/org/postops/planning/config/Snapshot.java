package org.postops.planning.config;

import java.util.List;
import java.util.Map;

/**
 * What a machine reported about itself, as structured as it was sent: operating system, GPUs, applications and
 * their plugins, I/O cards, storage mounts, and free-form values. {@link Configuration#of} flattens it to keys.
 * Missing parts are empty lists or maps, never null; missing single values are null.
 */
public record Snapshot(Os os, List<Gpu> gpus, List<App> apps, List<IoCard> ioCards, List<Mount> mounts,
        Map<String, String> values) {

    public record Os(String name, String version, String kernel) {
    }

    public record Gpu(String model, String driver) {
    }

    public record Plugin(String name, String version) {
    }

    public record App(String name, String version, List<Plugin> plugins) {
        public App {
            plugins = plugins == null ? List.of() : List.copyOf(plugins);
        }
    }

    public record IoCard(String model, String firmware) {
    }

    public record Mount(String path, String source, String type) {
    }

    public Snapshot {
        os = os == null ? new Os(null, null, null) : os;
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
        apps = apps == null ? List.of() : List.copyOf(apps);
        ioCards = ioCards == null ? List.of() : List.copyOf(ioCards);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
