package org.postops.media.mhl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postops.media.hash.Digest;
import org.postops.media.hash.FileHashes;
import org.postops.media.hash.HashFormat;
import org.postops.media.hash.HashingPool;
import org.postops.media.mhl.FolderScan.FileNode;
import org.postops.media.mhl.FolderScan.Folder;
import org.postops.media.mhl.FolderScan.Node;
import org.postops.media.mhl.History.Located;
import org.postops.media.mhl.History.Track;
import org.postops.media.mhl.MhlReport.FileResult;
import org.postops.media.mhl.MhlReport.Status;
import org.postops.media.mhl.manifest.ChainFile;
import org.postops.media.mhl.manifest.DirectoryHashing;
import org.postops.media.mhl.manifest.IgnoreRules;
import org.postops.media.mhl.manifest.Manifest;
import org.postops.media.mhl.manifest.Manifest.Action;
import org.postops.media.mhl.manifest.Manifest.DirectoryEntry;
import org.postops.media.mhl.manifest.Manifest.DirectoryHash;
import org.postops.media.mhl.manifest.Manifest.Entry;
import org.postops.media.mhl.manifest.Manifest.FileEntry;
import org.postops.media.mhl.manifest.Manifest.HashEntry;
import org.postops.media.mhl.manifest.ManifestXml;

/**
 * The ASC MHL commands on a folder: {@link #create} seals it or continues its history with a new
 * generation, {@link #verify} checks it against the history without writing, {@link #diff} checks
 * completeness only, {@link #flatten} writes one packing list of the whole history.
 */
public final class MediaHashList {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private MediaHashList() {
    }

    // ------------------------------------------------------------------ create

    /**
     * Hashes every file under {@code root}; files already in the history are verified against it (and
     * may gain new formats), new files are sealed ("original"), missing ones reported. Writes the next
     * generation of the history (and of every nested history), then its chain entry, each atomically.
     */
    public static MhlReport create(Path root, MhlOptions o) throws MhlException, IOException, InterruptedException {
        long started = System.nanoTime();
        Path top = checkedRoot(root);
        History history = History.load(top);
        IgnoreRules rules = IgnoreRules.combine(history.latestIgnorePatterns(), o.ignore(), o.ignoreFile());
        FolderScan scan = FolderScan.scan(top, history, rules);
        history.checkReferences();
        Set<HashFormat> requested = o.formats();
        List<FileResult> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>(history.warnings());

        List<FileNode> files = new ArrayList<>();
        collectFiles(scan.root, files);
        Map<String, Located> missing = missing(history, scan, rules);

        // renames: a new file whose hash equals a missing file's (same history, same size) is that file
        Map<String, Candidate> renameIndex = new HashMap<>();
        Set<HashFormat> renameFormats = java.util.EnumSet.noneOf(HashFormat.class);
        if (o.detectRenames()) {
            for (Map.Entry<String, Located> m : missing.entrySet()) {
                Optional<Track> t = m.getValue().history().track(m.getValue().path());
                if (t.isPresent() && !t.get().directory) {
                    for (HashFormat f : t.get().formats()) {
                        renameFormats.add(f);
                        t.get().first(f).ifPresent(h -> renameIndex.putIfAbsent(f.xmlName() + ":" + h.value(),
                                new Candidate(m.getKey(), m.getValue(), t.get())));
                    }
                }
            }
        }

        List<HashingPool.Job> jobs = new ArrayList<>();
        Map<FileNode, Plan> plans = new IdentityHashMap<>();
        for (FileNode f : files) {
            if (f.problem() != null) {
                continue;
            }
            Located loc = history.locate(f.path());
            // a record without any value PostOps knows (say only sha256) cannot be verified: sealed anew
            Optional<Track> t = loc.history().track(loc.path()).filter(x -> !x.directory && !x.formats().isEmpty());
            Set<HashFormat> formats = new LinkedHashSet<>();
            List<HashFormat> existing = t.map(Track::formats).orElse(List.of());
            for (HashFormat e : existing) {
                if (requested.contains(e)) {
                    formats.add(e);
                }
            }
            if (formats.isEmpty() && !existing.isEmpty()) {
                formats.add(existing.get(0)); // at least one recorded format is verified
            }
            formats.addAll(requested);
            if (t.isEmpty()) {
                formats.addAll(renameFormats);
            }
            plans.put(f, new Plan(loc, t.orElse(null), formats, jobs.size()));
            jobs.add(new HashingPool.Job(f.file(), formats, f.size()));
        }
        List<HashingPool.Outcome> outcomes = hash(o, jobs);

        Instant now = o.clock().instant();
        Map<History, List<Entry>> entries = new IdentityHashMap<>();
        Map<History, List<DirectoryHash>> rootHashes = new IdentityHashMap<>();
        for (History h : history.postOrder()) {
            entries.put(h, new ArrayList<>());
            rootHashes.put(h, List.of());
        }
        Set<String> claimed = new HashSet<>();
        Assembly assembly = new Assembly(o.noDirectoryHashes() ? Set.of() : requested, now, entries, rootHashes) {
            @Override
            void problem(FileNode f) {
                results.add(new FileResult(f.path(), Status.PROBLEM, null, null, f.problem().message()));
            }

            @Override
            Optional<FileEntry> file(FileNode f) {
                Plan p = plans.get(f);
                HashingPool.Outcome out = outcomes.get(p.job);
                if (out.problem().isPresent()) {
                    results.add(new FileResult(f.path(), Status.PROBLEM, null, null, out.problem().get().message()));
                    return Optional.empty();
                }
                FileHashes fh = out.hashes().get();
                Track track = p.track;
                String previous = null;
                if (track == null && o.detectRenames()) {
                    for (Map.Entry<HashFormat, String> v : fh.values().entrySet()) {
                        Candidate c = renameIndex.get(v.getKey().xmlName() + ":" + v.getValue());
                        if (c != null && c.at.history() == p.loc.history() && !claimed.contains(c.topPath)
                                && recordedSize(c.track) == fh.size()) {
                            claimed.add(c.topPath);
                            track = c.track;
                            previous = c.at.path();
                            break;
                        }
                    }
                }
                List<HashEntry> hashes = new ArrayList<>();
                Map<HashFormat, String> values = new EnumMap<>(HashFormat.class);
                StringBuilder detail = new StringBuilder();
                boolean failed = false;
                if (track == null) {
                    for (HashFormat fmt : requested) {
                        hashes.add(new HashEntry(fmt, fh.get(fmt), Action.ORIGINAL, now));
                        values.put(fmt, fh.get(fmt));
                    }
                } else {
                    List<HashFormat> existing = track.formats();
                    for (HashFormat fmt : p.formats) {
                        if (existing.contains(fmt) && fh.values().containsKey(fmt)) {
                            String recorded = track.first(fmt).map(HashEntry::value).orElseThrow();
                            boolean ok = recorded.equals(fh.get(fmt));
                            hashes.add(new HashEntry(fmt, fh.get(fmt), ok ? Action.VERIFIED : Action.FAILED, now));
                            values.put(fmt, fh.get(fmt));
                            if (!ok) {
                                failed = true;
                                detail.append(detail.length() == 0 ? "" : "; ").append(fmt.xmlName())
                                        .append(" recorded ").append(recorded).append(", now ").append(fh.get(fmt));
                            }
                        }
                    }
                    for (HashFormat fmt : requested) {
                        if (!existing.contains(fmt)) {
                            values.put(fmt, fh.get(fmt));
                            if (!failed) { // a new format only joins a file whose recorded ones still match
                                hashes.add(new HashEntry(fmt, fh.get(fmt), Action.VERIFIED, now));
                            }
                        }
                    }
                    if (previous == null && !track.path.equals(p.loc.path())) {
                        warnings.add(f.path() + " is recorded as \"" + track.path
                                + "\", the same name in another Unicode normalization (NFC/NFD)");
                    }
                }
                Map<HashFormat, String> dirValues = new EnumMap<>(HashFormat.class);
                for (HashFormat fmt : requested) {
                    dirValues.put(fmt, fh.get(fmt));
                }
                fileValues.put(f, dirValues);
                results.add(new FileResult(f.path(), track == null ? Status.ORIGINAL
                        : failed ? Status.FAILED : Status.VERIFIED, values,
                        previous == null ? null : Paths.join(p.loc.history().pathFrom(history), previous),
                        detail.length() == 0 ? null : detail.toString()));
                return Optional.of(new FileEntry(p.loc.path(), fh.size(), fh.lastModified(), hashes, previous));
            }
        };
        assembly.folder(scan.root, history, history);
        for (String m : missing.keySet()) {
            if (!claimed.contains(m)) {
                results.add(new FileResult(m, Status.MISSING, null, null, null));
            }
        }
        for (FolderScan.Skipped s : scan.skipped) {
            results.add(new FileResult(s.path(), Status.PROBLEM, null, null, s.problem().message()));
        }

        List<Path> written = writeGenerations(history, o, rules, entries, rootHashes);
        return report("create", top, results, warnings, written, rootHashes.get(history), o, started);
    }

    private static long recordedSize(Track t) {
        for (int i = t.entries.size() - 1; i >= 0; i--) {
            if (t.entries.get(i) instanceof FileEntry) {
                return ((FileEntry) t.entries.get(i)).size();
            }
        }
        return -1;
    }

    private record Candidate(String topPath, Located at, Track track) {
    }

    private record Plan(Located loc, Track track, Set<HashFormat> formats, int job) {
    }

    /**
     * Walks the scanned tree in post-order, as the reference tool does: a folder's subfolders (each with
     * its whole subtree) first, then its files, then the folder itself; entries go to the manifest of the
     * history that holds them, a nested history's root to its own root hash and to its parent's manifest.
     */
    private abstract static class Assembly {
        final Set<HashFormat> dirFormats;
        final Instant now;
        final Map<History, List<Entry>> entries;
        final Map<History, List<DirectoryHash>> rootHashes;
        final Map<FileNode, Map<HashFormat, String>> fileValues = new IdentityHashMap<>();

        Assembly(Set<HashFormat> dirFormats, Instant now, Map<History, List<Entry>> entries,
                 Map<History, List<DirectoryHash>> rootHashes) {
            this.dirFormats = dirFormats;
            this.now = now;
            this.entries = entries;
            this.rootHashes = rootHashes;
        }

        /** The entry of one file (and its verdict recorded by the subclass), empty if it has none. */
        abstract Optional<FileEntry> file(FileNode f);

        /** Returns the folder's hashes, or {@code null} if some file below could not be hashed. */
        Map<HashFormat, String[]> folder(Folder folder, History holder, History top) {
            History own = folder.history != null ? folder.history : holder;
            Map<HashFormat, DirectoryHashing> ctx = new EnumMap<>(HashFormat.class);
            dirFormats.forEach(f -> ctx.put(f, new DirectoryHashing(f)));
            boolean complete = !folder.unreadable;
            Map<Folder, Map<HashFormat, String[]>> sub = new IdentityHashMap<>();
            for (Node n : folder.children) {
                if (n instanceof Folder) {
                    sub.put((Folder) n, folder((Folder) n, own, top));
                }
            }
            for (Node n : folder.children) {
                if (n instanceof Folder) {
                    Map<HashFormat, String[]> h = sub.get(n);
                    if (h == null) {
                        complete = false;
                    } else {
                        ctx.forEach((f, c) -> c.addFolder(n.name(), h.get(f)[0], h.get(f)[1]));
                    }
                } else {
                    FileNode f = (FileNode) n;
                    if (f.problem() != null) {
                        problem(f);
                        complete = false;
                        continue;
                    }
                    Optional<FileEntry> e = file(f);
                    if (e.isEmpty()) {
                        complete = false;
                        continue;
                    }
                    entries.get(own).add(e.get());
                    Map<HashFormat, String> values = fileValues.get(f);
                    ctx.forEach((fmt, c) -> c.addFile(f.name(), values.get(fmt)));
                }
            }
            Map<HashFormat, String[]> result = complete ? new EnumMap<>(HashFormat.class) : null;
            List<DirectoryHash> hashes = new ArrayList<>();
            if (complete) {
                ctx.forEach((fmt, c) -> {
                    String[] cs = {c.contentHash(), c.structureHash()};
                    result.put(fmt, cs);
                    hashes.add(new DirectoryHash(fmt, cs[0], cs[1], now));
                });
            }
            if (folder.history != null) {
                rootHashes.put(folder.history, hashes);
                if (folder.history != top) {
                    entries.get(holder).add(new DirectoryEntry(folder.history.pathInParent(), folder.modified,
                            hashes, null));
                }
            } else {
                Located loc = holder.locate(relativeTo(holder, top, folder.path));
                entries.get(own).add(new DirectoryEntry(loc.path(), folder.modified, hashes, null));
            }
            return result;
        }

        /** Records the verdict on a file that was found but cannot be hashed (a broken link...). */
        abstract void problem(FileNode f);
    }

    /** {@code topPath} relative to {@code h}'s root. */
    private static String relativeTo(History h, History top, String topPath) {
        String prefix = h.pathFrom(top);
        return prefix.isEmpty() ? topPath : topPath.substring(prefix.length() + 1);
    }

    private static List<Path> writeGenerations(History top, MhlOptions o, IgnoreRules rules,
                                               Map<History, List<Entry>> entries,
                                               Map<History, List<DirectoryHash>> rootHashes) throws IOException {
        Manifest.CreatorInfo creator = o.creator();
        Map<History, String[]> written = new IdentityHashMap<>(); // file name, c4
        List<Path> paths = new ArrayList<>();
        for (History h : top.postOrder()) {
            int number = h.nextGenerationNumber();
            String folderName = h.root().getFileName() == null ? "root" : h.root().getFileName().toString();
            String fileName = String.format("%04d_%s_%s.mhl", number, folderName, FILE_TIME.format(creator.creationDate()));
            List<Manifest.Reference> refs = new ArrayList<>();
            for (History c : h.children()) {
                String[] w = written.get(c);
                refs.add(new Manifest.Reference(c.pathInParent() + "/" + History.FOLDER + "/" + w[0], w[1]));
            }
            List<String> patterns = h == top ? rules.patterns() : childPatterns(h, top, o.ignore());
            Manifest m = new Manifest(creator, new Manifest.ProcessInfo("in-place", rootHashes.get(h), patterns),
                    entries.get(h), refs);
            byte[] bytes = ManifestXml.write(m);
            String c4 = Digest.of(HashFormat.C4, bytes);
            Path asc = h.root().resolve(History.FOLDER);
            Path file = asc.resolve(fileName);
            AtomicFiles.write(file, bytes, o.beforeRename);
            AtomicFiles.write(asc.resolve(ChainFile.NAME),
                    h.chain().with(new ChainFile.Link(number, fileName, c4)).write(), o.beforeRename);
            written.put(h, new String[] {fileName, c4});
            paths.add(file);
        }
        return paths;
    }

    /**
     * A nested history's patterns: its own latest (or the defaults), the new patterns that apply at any
     * depth, and new anchored patterns that point inside it, made relative to it.
     */
    private static List<String> childPatterns(History h, History top, List<String> added) {
        Set<String> out = new LinkedHashSet<>(h.latestIgnorePatterns().isEmpty() ? IgnoreRules.DEFAULTS
                : h.latestIgnorePatterns());
        String prefix = h.pathFrom(top) + "/";
        for (String p : added) {
            String body = p.startsWith("!") ? p.substring(1) : p;
            String bang = p.startsWith("!") ? "!" : "";
            String trimmed = body.endsWith("/") ? body.substring(0, body.length() - 1) : body;
            if (!trimmed.contains("/") || body.startsWith("**/")) {
                out.add(p);
            } else {
                String anchored = body.startsWith("/") ? body.substring(1) : body;
                if (anchored.startsWith(prefix)) {
                    out.add(bang + "/" + anchored.substring(prefix.length()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    // ------------------------------------------------------------------ verify and diff

    /**
     * Hashes every file in the format(s) it was first sealed with and compares; reports new and missing
     * files. Writes nothing.
     */
    public static MhlReport verify(Path root, MhlOptions o) throws MhlException, IOException, InterruptedException {
        return check(root, o, true);
    }

    /** Completeness only: files on disk but not in the history, and the other way round. No hashing. */
    public static MhlReport diff(Path root, MhlOptions o) throws MhlException, IOException, InterruptedException {
        return check(root, o, false);
    }

    private static MhlReport check(Path root, MhlOptions o, boolean hashing)
            throws MhlException, IOException, InterruptedException {
        long started = System.nanoTime();
        Path top = checkedRoot(root);
        History history = History.load(top);
        if (history.isEmpty()) {
            throw new MhlException(MhlExit.NO_HISTORY, "Missing ASC MHL history at path " + top);
        }
        IgnoreRules rules = IgnoreRules.combine(history.latestIgnorePatterns(), o.ignore(), o.ignoreFile());
        FolderScan scan = FolderScan.scan(top, history, rules);
        history.checkReferences();
        List<FileNode> files = new ArrayList<>();
        collectFiles(scan.root, files);
        List<FileResult> results = new ArrayList<>();
        List<HashingPool.Job> jobs = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        List<FileNode> hashed = new ArrayList<>();
        for (FileNode f : files) {
            Located loc = history.locate(f.path());
            Optional<Track> t = loc.history().track(loc.path()).filter(x -> !x.directory);
            if (t.isEmpty()) {
                results.add(new FileResult(f.path(), Status.NEW, null, null, null));
            } else if (hashing && t.get().originalFormats().isEmpty()) {
                results.add(new FileResult(f.path(), Status.PROBLEM, null, null,
                        "the history records no value in a format PostOps knows (" + HashFormat.names() + ")"));
            } else if (f.problem() != null) {
                results.add(new FileResult(f.path(), Status.PROBLEM, null, null, f.problem().message()));
            } else if (!hashing) {
                results.add(new FileResult(f.path(), Status.PRESENT, null, null, null));
            } else {
                tracks.add(t.get());
                hashed.add(f);
                jobs.add(new HashingPool.Job(f.file(), new LinkedHashSet<>(t.get().originalFormats()), f.size()));
            }
        }
        List<HashingPool.Outcome> outcomes = hashing ? hash(o, jobs) : List.of();
        for (int i = 0; i < outcomes.size(); i++) {
            FileNode f = hashed.get(i);
            HashingPool.Outcome out = outcomes.get(i);
            if (out.problem().isPresent()) {
                results.add(new FileResult(f.path(), Status.PROBLEM, null, null, out.problem().get().message()));
                continue;
            }
            FileHashes fh = out.hashes().get();
            StringBuilder detail = new StringBuilder();
            for (Map.Entry<HashFormat, String> v : fh.values().entrySet()) {
                String recorded = tracks.get(i).first(v.getKey()).map(HashEntry::value).orElseThrow();
                if (!recorded.equals(v.getValue())) {
                    detail.append(detail.length() == 0 ? "" : "; ").append(v.getKey().xmlName()).append(" recorded ")
                            .append(recorded).append(", now ").append(v.getValue());
                }
            }
            results.add(new FileResult(f.path(), detail.length() == 0 ? Status.VERIFIED : Status.FAILED, fh.values(),
                    null, detail.length() == 0 ? null : detail.toString()));
        }
        for (String m : missing(history, scan, rules).keySet()) {
            results.add(new FileResult(m, Status.MISSING, null, null, null));
        }
        for (FolderScan.Skipped s : scan.skipped) {
            results.add(new FileResult(s.path(), Status.PROBLEM, null, null, s.problem().message()));
        }
        return report(hashing ? "verify" : "diff", top, results, history.warnings(), List.of(), List.of(), o, started);
    }

    // ------------------------------------------------------------------ flatten

    /**
     * Writes every file of the history (nested ones included), with all its formats, into one manifest
     * {@code packinglist_<folder>_<time>.mhl} in {@code destination}. Failed values are left out.
     */
    public static Path flatten(Path root, Path destination, MhlOptions o) throws MhlException, IOException {
        Path top = checkedRoot(root);
        History history = History.loadTree(top);
        if (history.isEmpty() && history.children().isEmpty()) {
            throw new MhlException(MhlExit.NO_HISTORY, "Missing ASC MHL history at path " + top);
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Located> p : history.allRecordedPaths().entrySet()) {
            Track t = p.getValue().history().track(p.getValue().path()).orElseThrow();
            if (t.directory) {
                continue;
            }
            Map<HashFormat, HashEntry> first = new EnumMap<>(HashFormat.class);
            FileEntry last = null;
            for (Entry e : t.entries) {
                if (e instanceof FileEntry) {
                    last = (FileEntry) e;
                    for (HashEntry h : last.hashes()) {
                        if (h.action() != Action.FAILED) {
                            first.putIfAbsent(h.format(), h);
                        }
                    }
                }
            }
            if (last != null && !first.isEmpty()) {
                entries.add(new FileEntry(p.getKey(), last.size(), last.lastModified(), new ArrayList<>(first.values()),
                        null));
            }
        }
        entries.sort((a, b) -> Paths.CODE_POINT_ORDER.compare(a.path(), b.path()));
        Manifest.CreatorInfo creator = o.creator();
        Manifest m = new Manifest(creator, new Manifest.ProcessInfo("flatten", List.of(),
                history.latestIgnorePatterns().isEmpty() ? IgnoreRules.DEFAULTS : history.latestIgnorePatterns()),
                entries, List.of());
        String name = "packinglist_" + (top.getFileName() == null ? "root" : top.getFileName()) + "_"
                + FILE_TIME.format(creator.creationDate()) + ".mhl";
        Path file = destination.toAbsolutePath().normalize().resolve(name);
        AtomicFiles.write(file, ManifestXml.write(m), o.beforeRename);
        return file;
    }

    // ------------------------------------------------------------------ shared

    private static Path checkedRoot(Path root) throws IOException {
        Path top = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(top)) {
            throw new java.nio.file.NotDirectoryException(top + " is not a folder");
        }
        return top;
    }

    private static void collectFiles(Folder folder, List<FileNode> out) {
        for (Node n : folder.children) {
            if (n instanceof Folder) {
                collectFiles((Folder) n, out);
            } else {
                out.add((FileNode) n);
            }
        }
    }

    private static void collectPaths(Folder folder, Set<String> exact, Set<String> nfc) {
        for (Node n : folder.children) {
            exact.add(n.path());
            nfc.add(History.nfc(n.path()));
            if (n instanceof Folder) {
                collectPaths((Folder) n, exact, nfc);
            }
        }
    }

    /** Recorded paths (files and folders, relative to the top) not found on disk and not ignored now. */
    private static Map<String, Located> missing(History history, FolderScan scan, IgnoreRules rules) {
        Set<String> exact = new HashSet<>();
        Set<String> nfc = new HashSet<>();
        collectPaths(scan.root, exact, nfc);
        for (FolderScan.Skipped s : scan.skipped) {
            exact.add(s.path());
            nfc.add(History.nfc(s.path()));
        }
        Map<String, Located> out = new LinkedHashMap<>();
        for (Map.Entry<String, Located> r : history.allRecordedPaths().entrySet()) {
            String p = r.getKey();
            if (!exact.contains(p) && !nfc.contains(History.nfc(p)) && !rules.ignores(p)) {
                out.put(p, r.getValue());
            }
        }
        return out;
    }

    private static List<HashingPool.Outcome> hash(MhlOptions o, List<HashingPool.Job> jobs) throws InterruptedException {
        return o.pool().hashAll(jobs, o.progress());
    }

    private static MhlReport report(String command, Path root, List<FileResult> results, List<String> warnings,
                                    List<Path> written, List<DirectoryHash> rootHashes, MhlOptions o, long started) {
        long failed = results.stream().filter(r -> r.status() == Status.FAILED).count();
        long problems = results.stream().filter(r -> r.status() == Status.PROBLEM).count();
        long added = results.stream().filter(r -> r.status() == Status.NEW).count();
        long missing = results.stream().filter(r -> r.status() == Status.MISSING).count();
        MhlExit exit = failed > 0 ? MhlExit.VERIFICATION_FAILED
                : problems > 0 ? MhlExit.FILES_UNREADABLE
                : added > 0 ? MhlExit.NEW_FILES
                : missing > 0 ? MhlExit.COMPLETENESS_FAILED
                : MhlExit.OK;
        Duration elapsed = command.equals("diff") ? Duration.ZERO : o.progress().elapsed();
        return new MhlReport(command, root, results, warnings, written, rootHashes, o.progress().files(),
                o.progress().bytes(), elapsed, Duration.ofNanos(System.nanoTime() - started), exit);
    }
}
