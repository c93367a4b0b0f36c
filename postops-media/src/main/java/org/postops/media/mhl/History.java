package org.postops.media.mhl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postops.media.hash.Digest;
import org.postops.media.hash.HashFormat;
import org.postops.media.mhl.manifest.ChainFile;
import org.postops.media.mhl.manifest.Manifest;
import org.postops.media.mhl.manifest.Manifest.Action;
import org.postops.media.mhl.manifest.Manifest.Entry;
import org.postops.media.mhl.manifest.Manifest.FileEntry;
import org.postops.media.mhl.manifest.Manifest.HashEntry;
import org.postops.media.mhl.manifest.ManifestException;
import org.postops.media.mhl.manifest.ManifestXml;

/**
 * The ASC MHL history of one folder: the generations in its {@code ascmhl/} folder, checked against the
 * chain file, and the histories nested in subfolders. Answers what was recorded for a path, following
 * renames ({@code previousPath}) and matching names that differ only in Unicode normalization (NFC/NFD).
 */
public final class History {

    public static final String FOLDER = "ascmhl";
    private static final Pattern GENERATION_FILE = Pattern.compile("^(\\d{4,})(?:_(.+))?\\.mhl$");

    /** One generation: its number, the manifest file's name, the manifest and the file's C4. */
    public record Generation(int number, String fileName, Manifest manifest, String c4) {
    }

    private final Path root;
    private final List<Generation> generations;
    private final ChainFile chain;
    private final int highestFileNumber;
    private final List<String> warnings = new ArrayList<>();
    private final List<History> children = new ArrayList<>();
    private History parent;
    private String pathInParent = "";

    /** Everything recorded about one file or folder over the generations, under its current name. */
    static final class Track {
        String path;
        final boolean directory;
        final List<Entry> entries = new ArrayList<>();
        final List<Integer> generationOf = new ArrayList<>();

        Track(String path, boolean directory) {
            this.path = path;
            this.directory = directory;
        }

        /** Every format recorded for the file, in the order they first appear. */
        List<HashFormat> formats() {
            Set<HashFormat> out = new LinkedHashSet<>();
            for (Entry e : entries) {
                if (e instanceof FileEntry) {
                    ((FileEntry) e).hashes().forEach(h -> out.add(h.format()));
                }
            }
            return new ArrayList<>(out);
        }

        /** The first value recorded in {@code format}, the one later generations are compared with. */
        Optional<HashEntry> first(HashFormat format) {
            for (Entry e : entries) {
                if (e instanceof FileEntry) {
                    Optional<HashEntry> h = ((FileEntry) e).hash(format);
                    if (h.isPresent()) {
                        return h;
                    }
                }
            }
            return Optional.empty();
        }

        /** The formats recorded when the file was first sealed ("original"); at least one. */
        List<HashFormat> originalFormats() {
            for (Entry e : entries) {
                if (e instanceof FileEntry) {
                    List<HashFormat> originals = new ArrayList<>();
                    for (HashEntry h : ((FileEntry) e).hashes()) {
                        if (h.action() == Action.ORIGINAL) {
                            originals.add(h.format());
                        }
                    }
                    if (!originals.isEmpty()) {
                        return originals;
                    }
                }
            }
            List<HashFormat> all = formats();
            return all.isEmpty() ? List.of() : List.of(all.get(0));
        }
    }

    private final Map<String, Track> byPath = new HashMap<>();
    private final Map<String, List<Track>> byNfc = new HashMap<>();

    private History(Path root, List<Generation> generations, ChainFile chain, int highestFileNumber,
                    List<String> warnings) {
        this.root = root;
        this.generations = List.copyOf(generations);
        this.chain = chain;
        this.highestFileNumber = highestFileNumber;
        this.warnings.addAll(warnings);
        index();
    }

    /**
     * The history in {@code root}/ascmhl (empty if there is none), without nested histories. Refuses a
     * history whose manifests do not match its chain.
     */
    public static History load(Path root) throws MhlException, IOException {
        Path asc = root.resolve(FOLDER);
        if (!Files.isDirectory(asc)) {
            return new History(root, List.of(), new ChainFile(List.of()), 0, List.of());
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> numbered = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(asc)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(".mhl")) {
                    continue; // temporary files of an interrupted write, and anything else
                }
                Matcher m = GENERATION_FILE.matcher(name);
                if (m.matches()) {
                    numbered.put(name, Integer.parseInt(m.group(1)));
                } else {
                    warnings.add(asc.resolve(name) + " is not named like a generation (NNNN_folder_date.mhl); ignored");
                }
            }
        }
        Path chainPath = asc.resolve(ChainFile.NAME);
        if (!Files.exists(chainPath)) {
            if (numbered.isEmpty()) {
                return new History(root, List.of(), new ChainFile(List.of()), 0, warnings);
            }
            throw new MhlException(MhlExit.NO_CHAIN, "Missing ASC MHL chain file " + chainPath
                    + " (the history has " + numbered.size() + " manifest(s) but no chain)");
        }
        ChainFile chain = readChecked(() -> ChainFile.read(chainPath));
        List<Generation> generations = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (ChainFile.Link link : chain.links()) {
            Path file = asc.resolve(link.path());
            if (!Files.isRegularFile(file)) {
                throw new MhlException(MhlExit.MISSING_MANIFEST, "Missing ASC MHL manifest " + file
                        + " (generation " + link.sequence() + " of the chain)");
            }
            byte[] bytes = Files.readAllBytes(file);
            String c4 = Digest.of(HashFormat.C4, bytes);
            if (!c4.equals(link.c4())) {
                throw new MhlException(MhlExit.MODIFIED_MANIFEST, "Modified ASC MHL manifest " + file
                        + ": its C4 is " + c4 + ", the chain recorded " + link.c4());
            }
            Integer number = numbered.remove(link.path());
            if (number == null) {
                Matcher m = GENERATION_FILE.matcher(link.path());
                number = m.matches() ? Integer.parseInt(m.group(1)) : link.sequence();
            }
            if (!seen.add(number)) {
                throw new MhlException(MhlExit.INVALID_MANIFEST, "the chain " + chainPath
                        + " lists generation " + number + " twice");
            }
            if (number != link.sequence()) {
                warnings.add(file + " is generation " + number + " but the chain numbers it " + link.sequence());
            }
            generations.add(new Generation(number, link.path(), readChecked(() -> ManifestXml.read(file)), c4));
        }
        int highest = generations.stream().mapToInt(Generation::number).max().orElse(0);
        for (Map.Entry<String, Integer> orphan : numbered.entrySet()) {
            warnings.add(asc.resolve(orphan.getKey()) + " is not in the chain (written by an interrupted run?);"
                    + " ignored");
            highest = Math.max(highest, orphan.getValue());
        }
        generations.sort(java.util.Comparator.comparingInt(Generation::number));
        return new History(root, generations, chain, highest, warnings);
    }

    private interface Reading<T> {
        T read() throws ManifestException, IOException;
    }

    /** A manifest or chain file that is not valid ASC MHL stops the command with exit code 34. */
    private static <T> T readChecked(Reading<T> reading) throws MhlException, IOException {
        try {
            return reading.read();
        } catch (ManifestException e) {
            throw new MhlException(MhlExit.INVALID_MANIFEST, e.getMessage(), e);
        }
    }

    /** The history of {@code root} with every history nested below it (found by walking the folders). */
    public static History loadTree(Path root) throws MhlException, IOException {
        History top = load(root);
        addChildren(top, root);
        top.checkReferences();
        return top;
    }

    private static void addChildren(History parent, Path dir) throws MhlException, IOException {
        List<Path> subdirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !p.getFileName().toString().equals(FOLDER)) {
                    subdirs.add(p);
                }
            }
        }
        Collections.sort(subdirs);
        for (Path sub : subdirs) {
            if (Files.isDirectory(sub.resolve(FOLDER))) {
                History child = load(sub);
                parent.adopt(child, parent.root.relativize(sub));
                addChildren(child, sub);
            } else {
                addChildren(parent, sub);
            }
        }
    }

    /** Makes {@code child} (rooted at {@code relative} below this history's root) a nested history. */
    void adopt(History child, Path relative) {
        child.parent = this;
        child.pathInParent = Paths.posix(relative);
        children.add(child);
    }

    /** Checks that every child generation a generation references exists unchanged. */
    void checkReferences() throws MhlException, IOException {
        for (History c : children) {
            c.checkReferences();
        }
        for (Generation g : generations) {
            for (Manifest.Reference ref : g.manifest().references()) {
                Path file = root.resolve(ref.path());
                if (!Files.isRegularFile(file)) {
                    throw new MhlException(MhlExit.MISSING_MANIFEST, "Missing ASC MHL manifest " + file
                            + ", referenced by generation " + g.number() + " of " + root);
                }
                String c4 = Digest.of(HashFormat.C4, Files.readAllBytes(file));
                if (!c4.equals(ref.c4())) {
                    throw new MhlException(MhlExit.MODIFIED_MANIFEST, "Modified ASC MHL manifest " + file
                            + ": its C4 is " + c4 + ", generation " + g.number() + " of " + root
                            + " referenced " + ref.c4());
                }
            }
        }
    }

    private void index() {
        for (Generation g : generations) {
            for (Entry e : g.manifest().entries()) {
                Track t = null;
                if (e.previousPath() != null) {
                    t = byPath.remove(e.previousPath());
                    if (t != null) {
                        unindexNfc(t);
                        t.path = e.path();
                        byPath.put(e.path(), t);
                        byNfc.computeIfAbsent(nfc(e.path()), k -> new ArrayList<>()).add(t);
                    }
                }
                if (t == null) {
                    t = byPath.get(e.path());
                    if (t == null) {
                        t = new Track(e.path(), e instanceof Manifest.DirectoryEntry);
                        byPath.put(e.path(), t);
                        byNfc.computeIfAbsent(nfc(e.path()), k -> new ArrayList<>()).add(t);
                    }
                }
                t.entries.add(e);
                t.generationOf.add(g.number());
            }
        }
    }

    private void unindexNfc(Track t) {
        List<Track> list = byNfc.get(nfc(t.path));
        if (list != null) {
            list.remove(t);
            if (list.isEmpty()) {
                byNfc.remove(nfc(t.path));
            }
        }
    }

    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** What was recorded for {@code path} (relative to this history): exact name first, then NFC-equal. */
    Optional<Track> track(String path) {
        Track t = byPath.get(path);
        if (t != null) {
            return Optional.of(t);
        }
        List<Track> similar = byNfc.get(nfc(path));
        return similar == null || similar.isEmpty() ? Optional.empty() : Optional.of(similar.get(0));
    }

    /** Every path recorded under its current name, files and folders. */
    Set<String> recordedPaths() {
        return Collections.unmodifiableSet(byPath.keySet());
    }

    Map<String, Track> tracks() {
        return Collections.unmodifiableMap(byPath);
    }

    public Path root() {
        return root;
    }

    public List<Generation> generations() {
        return generations;
    }

    public boolean isEmpty() {
        return generations.isEmpty();
    }

    public ChainFile chain() {
        return chain;
    }

    /** Problems that do not stop the history being used (ignored files, an unchained manifest). */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        children.forEach(c -> all.addAll(c.warnings()));
        return all;
    }

    public List<History> children() {
        return Collections.unmodifiableList(children);
    }

    public Optional<History> parent() {
        return Optional.ofNullable(parent);
    }

    /** This history's root relative to its parent's ("A002R2EC"), "" for the top. */
    public String pathInParent() {
        return pathInParent;
    }

    /** Number for the next generation: one above any manifest in the folder, chained or not. */
    int nextGenerationNumber() {
        return highestFileNumber + 1;
    }

    /** The ignore patterns of the latest generation (empty if none). */
    public List<String> latestIgnorePatterns() {
        return generations.isEmpty() ? List.of()
                : generations.get(generations.size() - 1).manifest().process().ignorePatterns();
    }

    /**
     * The history (this or a nested one) that holds {@code relative} (a path relative to this history's
     * root), and the path relative to that history.
     */
    Located locate(String relative) {
        History h = this;
        String rest = relative;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (History c : h.children) {
                String p = c.pathInParent;
                if (rest.equals(p)) {
                    return new Located(c, ".");
                }
                if (rest.startsWith(p + "/")) {
                    rest = rest.substring(p.length() + 1);
                    h = c;
                    descended = true;
                    break;
                }
            }
        }
        return new Located(h, rest);
    }

    /** A history and a path relative to it. */
    record Located(History history, String path) {
    }

    /** Every history of the tree, children before their parents (the order generations are written in). */
    List<History> postOrder() {
        List<History> out = new ArrayList<>();
        for (History c : children) {
            out.addAll(c.postOrder());
        }
        out.add(this);
        return out;
    }

    /** This history's root relative to {@code top}'s ("" for top itself). */
    String pathFrom(History top) {
        List<String> parts = new ArrayList<>();
        for (History h = this; h != top && h != null; h = h.parent) {
            parts.add(0, h.pathInParent);
        }
        return String.join("/", parts);
    }

    /** All recorded paths of this tree of histories, relative to this root, with the history holding each. */
    Map<String, Located> allRecordedPaths() {
        Map<String, Located> out = new LinkedHashMap<>();
        for (History h : postOrder()) {
            String prefix = h.pathFrom(this);
            for (String p : h.byPath.keySet()) {
                out.put(prefix.isEmpty() ? p : prefix + "/" + p, new Located(h, p));
            }
        }
        return out;
    }
}
