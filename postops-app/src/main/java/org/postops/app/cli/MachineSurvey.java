package org.postops.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This machine's configuration, as {@code postops kit snapshot} sends it: operating system and kernel, GPUs and
 * drivers, applications' versions, storage mounts. Each fact comes from a standard tool (uname, os-release,
 * lspci, nvidia-smi, sw_vers, system_profiler, /proc/mounts, mount); a tool that is missing or fails leaves its
 * part out, never the whole snapshot.
 */
final class MachineSurvey {

    /** Runs a command without a shell; empty when it is not there, fails to start, or takes too long. */
    interface Shell {
        Optional<String> run(List<String> command);
    }

    /** One application to ask: its name, the command, and the expression its version is read with. */
    record AppProbe(String name, List<String> command, Pattern version) {
    }

    /** Filesystems that hold media or projects, not the kernel's own (proc, sysfs, tmpfs, overlay...). */
    private static final Set<String> REAL = Set.of("ext2", "ext3", "ext4", "xfs", "btrfs", "zfs", "jfs", "f2fs",
            "nfs", "nfs4", "cifs", "smb3", "smbfs", "ceph", "glusterfs", "gpfs", "lustre", "cvfs", "acfs", "beegfs",
            "fuse.sshfs", "exfat", "vfat", "msdos", "ntfs", "ntfs3", "fuseblk", "hfs", "hfsplus", "apfs", "afpfs",
            "webdav");
    private static final Pattern ANY_VERSION = Pattern.compile("\\d+(?:\\.\\d+)+[A-Za-z0-9.+-]*");
    private static final Pattern APP_LINE = Pattern.compile("\\s*([^:#\\s][^:]*?)\\s*:\\s*(.+?)(?:\\s+~\\s+(.+))?\\s*");

    private final Shell shell;
    private final Path root;

    MachineSurvey(Shell shell, Path root) {
        this.shell = shell;
        this.root = root;
    }

    /** Commands run for real, each given ten seconds. */
    static MachineSurvey ofThisMachine() {
        return new MachineSurvey(MachineSurvey::run, Path.of("/"));
    }

    /** The snapshot body: os, gpus, apps, mounts and a few free-form values (host name, architecture). */
    Map<String, Object> survey(List<AppProbe> apps) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", "cli");
        s.put("takenAt", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        String[] uname = shell.run(List.of("uname", "-srm")).orElse("").strip().split("\\s+");
        Map<String, String> os = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        if (mac) {
            String sw = shell.run(List.of("sw_vers")).orElse("");
            putIf(os, "name", field(sw, "ProductName:"));
            putIf(os, "version", field(sw, "ProductVersion:"));
        } else {
            Map<String, String> release = osRelease();
            putIf(os, "name", release.get("NAME"));
            putIf(os, "version", release.getOrDefault("VERSION_ID", release.get("VERSION")));
        }
        if (uname.length >= 2) {
            os.put("kernel", uname[1]);
        }
        if (uname.length >= 3) {
            values.put("arch", uname[2]);
        }
        shell.run(List.of("uname", "-n")).map(String::strip).filter(h -> !h.isEmpty())
                .ifPresent(h -> values.put("host.name", h));
        s.put("os", os);
        s.put("gpus", mac ? macGpus() : linuxGpus());
        List<Map<String, String>> found = new ArrayList<>();
        for (AppProbe app : apps) {
            version(app).ifPresent(v -> found.add(Map.of("name", app.name(), "version", v)));
        }
        s.put("apps", found);
        s.put("mounts", mac ? macMounts() : linuxMounts());
        s.put("values", values);
        return s;
    }

    private Map<String, String> osRelease() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String file : List.of("etc/os-release", "usr/lib/os-release")) {
            Path path = root.resolve(file);
            if (Files.isReadable(path)) {
                try {
                    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                        int eq = line.indexOf('=');
                        if (eq > 0 && !line.startsWith("#")) {
                            fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip()
                                    .replaceAll("^\"|\"$", ""));
                        }
                    }
                    return fields;
                } catch (IOException unreadable) {
                    // the next file, or no OS name
                }
            }
        }
        return fields;
    }

    /** GPUs from lspci (VGA and 3D controllers); NVIDIA's with their driver from nvidia-smi when it is there. */
    List<Map<String, String>> linuxGpus() {
        List<Map<String, String>> gpus = new ArrayList<>();
        List<String> nvidia = shell.run(List.of("nvidia-smi", "--query-gpu=name,driver_version",
                "--format=csv,noheader")).map(String::lines).map(l -> l.filter(x -> !x.isBlank()).toList())
                .orElse(List.of());
        for (String line : nvidia) {
            int comma = line.lastIndexOf(',');
            if (comma > 0) {
                gpus.add(Map.of("model", line.substring(0, comma).strip(), "driver", line.substring(comma + 1).strip()));
            }
        }
        for (String line : shell.run(List.of("lspci", "-mm")).orElse("").lines().toList()) {
            List<String> quoted = quoted(line);
            if (quoted.size() >= 3 && (quoted.get(0).contains("VGA") || quoted.get(0).contains("3D"))) {
                String vendor = quoted.get(1);
                if (!gpus.isEmpty() && vendor.toUpperCase(Locale.ROOT).contains("NVIDIA")) {
                    continue; // nvidia-smi named these, with their driver
                }
                gpus.add(Map.of("model", (vendor + " " + quoted.get(2)).strip()));
            }
        }
        return gpus;
    }

    private static List<String> quoted(String line) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(line);
        while (m.find()) {
            parts.add(m.group(1));
        }
        return parts;
    }

    List<Map<String, String>> macGpus() {
        List<Map<String, String>> gpus = new ArrayList<>();
        for (String line : shell.run(List.of("system_profiler", "SPDisplaysDataType")).orElse("").lines().toList()) {
            String model = field(line, "Chipset Model:");
            if (model != null) {
                gpus.add(Map.of("model", model));
            }
        }
        return gpus;
    }

    /** Real filesystems from /proc/mounts (paths unescaped: \040 is a space), each path once. */
    List<Map<String, String>> linuxMounts() {
        Path mounts = root.resolve("proc/mounts");
        List<Map<String, String>> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(mounts, StandardCharsets.UTF_8)) {
                String[] f = line.split(" ");
                if (f.length >= 3 && REAL.contains(f[2]) && seen.add(unescape(f[1]))) {
                    result.add(Map.of("path", unescape(f[1]), "source", unescape(f[0]), "type", f[2]));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        return result;
    }

    List<Map<String, String>> macMounts() {
        List<Map<String, String>> result = new ArrayList<>();
        Pattern line = Pattern.compile("(.+?) on (.+?) \\(([^,)]+).*");
        for (String l : shell.run(List.of("mount")).orElse("").lines().toList()) {
            Matcher m = line.matcher(l);
            if (m.matches() && REAL.contains(m.group(3)) && !m.group(2).startsWith("/System/Volumes/")) {
                result.add(Map.of("path", m.group(2), "source", m.group(1), "type", m.group(3)));
            }
        }
        return result;
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\([0-7]{3})").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
        }
        return m.appendTail(b).toString();
    }

    Optional<String> version(AppProbe app) {
        return shell.run(app.command()).flatMap(out -> {
            Matcher m = app.version().matcher(out);
            if (!m.find()) {
                return Optional.empty();
            }
            String v = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
            return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
        });
    }

    /** The application list: lines {@code name: command [~ regex]}; '#' starts a comment. */
    static List<AppProbe> apps(String text) {
        List<AppProbe> apps = new ArrayList<>();
        int n = 0;
        for (String line : text.lines().toList()) {
            n++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = APP_LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + n + ": expected 'name: command [~ regex]': " + line);
            }
            Pattern version;
            try {
                version = m.group(3) == null ? ANY_VERSION : Pattern.compile(m.group(3));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("line " + n + ": " + e.getDescription() + " in " + m.group(3));
            }
            apps.add(new AppProbe(m.group(1), command(m.group(2)), version));
        }
        return apps;
    }

    /** Splits on spaces, but keeps a path with spaces whole when it names an executable file. */
    private static List<String> command(String text) {
        String[] words = text.strip().split("\\s+");
        for (int i = words.length; i > 1; i--) {
            String joined = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            if (joined.contains("/") && Files.isExecutable(Path.of(joined))) {
                List<String> command = new ArrayList<>(List.of(joined));
                command.addAll(List.of(words).subList(i, words.length));
                return command;
            }
        }
        return List.of(words);
    }

    static List<AppProbe> defaultApps() {
        try (InputStream in = MachineSurvey.class.getResourceAsStream("kit-apps.txt")) {
            return apps(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the default application list is missing from the jar", e);
        }
    }

    private static String field(String text, String label) {
        for (String line : text.lines().toList()) {
            int at = line.indexOf(label);
            if (at >= 0) {
                String value = line.substring(at + label.length()).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static void putIf(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static Optional<String> run(List<String> command) {
        Path out = null;
        try {
            // output to a file, so a tool that hangs is given up on after ten seconds rather than read forever
            out = Files.createTempFile("postops-survey", ".txt");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(out)) {
                return Optional.of(new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
