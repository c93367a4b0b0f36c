package org.postops.app.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Snapshot bodies of a grading workstation, as `postops kit snapshot` would send them. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, Object> grading(String takenAt, String resolve, String driver) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (takenAt != null) {
            s.put("takenAt", takenAt);
        }
        s.put("source", "cli");
        s.put("os", Map.of("name", "Rocky Linux", "version", "9.3", "kernel", "5.14.0-362.el9.x86_64"));
        s.put("gpus", List.of(Map.of("model", "NVIDIA RTX A6000", "driver", driver)));
        s.put("apps", List.of(Map.of("name", "DaVinci Resolve Studio", "version", resolve, "plugins",
                List.of(Map.of("name", "Neat Video", "version", "5.6")))));
        s.put("ioCards", List.of(Map.of("model", "DeckLink 8K Pro", "firmware", "12.4")));
        s.put("mounts", List.of(Map.of("path", "/mnt/projects", "source", "san01:/vol/projects", "type", "nfs")));
        s.put("values", Map.of("lut.version", "v3"));
        return s;
    }
}
