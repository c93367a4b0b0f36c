package org.postops.media.mhl;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postops.media.hash.FileProblem;
import org.postops.media.mhl.manifest.IgnoreRules;
import org.postops.media.mhl.manifest.XmlText;

/**
 * The files and folders under a history's root, in the reference tool's order (names sorted by code
 * point, each folder's subfolders before its files), without ignored paths and {@code ascmhl/} folders.
 * Nested histories found on the way are loaded and attached to their parent history. Names a manifest
 * cannot hold, unreadable folders and links to folders are reported, not followed.
 */
final class FolderScan {

    /** A file or a folder of the tree. */
    sealed interface Node permits Folder, FileNode {
        String path();

        String name();
    }

    /** A folder; {@code history} is set when it is the root of a history (the top, or a nested one). */
    static final class Folder implements Node {
        final String path;
        final String name;
        final Path dir;
        Instant modified;
        final List<Node> children = new ArrayList<>();
        History history;
        /** Set when the folder could not be listed: its hashes would describe nothing real. */
        boolean unreadable;

        Folder(String path, String name, Path dir) {
            this.path = path;
            this.name = name;
            this.dir = dir;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public String name() {
            return name;
        }
    }

    /** A file to hash ({@code problem} set if it cannot be: a broken link, a device...). */
    record FileNode(String path, String name, Path file, long size, Instant modified, FileProblem problem)
            implements Node {
    }

    /** Something under the root that could not be taken into the tree. */
    record Skipped(String path, FileProblem problem) {
    }

    private record Scope(IgnoreRules rules, String base) {
        boolean ignores(String path) {
            if (base.isEmpty()) {
                return rules.ignores(path);
            }
            return path.startsWith(base + "/") && rules.ignores(path.substring(base.length() + 1));
        }
    }

    /** Whether the JVM decodes file names as UTF-8 (it follows the locale it was started in). */
    static final boolean NAMES_ARE_UTF8 = isUtf8(System.getProperty("sun.jnu.encoding"));

    private static boolean isUtf8(String charset) {
        return charset == null || charset.replace("-", "").equalsIgnoreCase("UTF8");
    }

    final Folder root;
    final List<Skipped> skipped = new ArrayList<>();

    private FolderScan(Folder root) {
        this.root = root;
    }

    static FolderScan scan(Path top, History history, IgnoreRules rules) throws IOException, MhlException {
        if (!NAMES_ARE_UTF8) {
            throw new MhlException(MhlExit.FILES_UNREADABLE, "Java reads file names as "
                    + System.getProperty("sun.jnu.encoding") + ", not UTF-8, so names with non-ASCII characters"
                    + " cannot be read back; run with a UTF-8 locale (e.g. LC_ALL=C.UTF-8)");
        }
        Folder root = new Folder("", top.getFileName() == null ? "" : top.getFileName().toString(), top);
        root.history = history;
        root.modified = Files.getLastModifiedTime(top).toInstant();
        FolderScan scan = new FolderScan(root);
        scan.walk(root, history, List.of(new Scope(rules, "")));
        return scan;
    }

    private void walk(Folder folder, History history, List<Scope> scopes) throws IOException, MhlException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder.dir)) {
            stream.forEach(entries::add);
        } catch (AccessDeniedException e) {
            skipped.add(new Skipped(folder.path, problem(FileProblem.Kind.UNREADABLE, folder.dir,
                    "permission denied; its files cannot be checked")));
            folder.unreadable = true;
            return;
        }
        entries.sort((a, b) -> Paths.CODE_POINT_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()));
        List<Folder> subfolders = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String path = Paths.join(folder.path, name);
            // bytes that are not UTF-8 decode to U+FFFD; then encoding the name again gives other bytes
            if (name.indexOf('\uFFFD') >= 0 && !folder.dir.resolve(name).equals(entry)) {
                skipped.add(new Skipped(XmlText.printable(path), problem(FileProblem.Kind.NAME_NOT_REPRESENTABLE,
                        entry, "the name is not valid UTF-8; rename it (ASC MHL paths are UTF-8 text)")));
                continue;
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue; // gone between listing and looking: as if never there
            }
            if (a.isDirectory() && name.equals(History.FOLDER)) {
                continue; // a history's own folder is never media
            }
            if (ignored(scopes, path)) {
                continue;
            }
            if (!XmlText.isRepresentable(name)) {
                skipped.add(new Skipped(XmlText.printable(path), problem(FileProblem.Kind.NAME_NOT_REPRESENTABLE,
                        entry, "the name holds control characters XML cannot store; rename it")));
                continue;
            }
            if (a.isSymbolicLink()) {
                BasicFileAttributes target;
                try {
                    target = Files.readAttributes(entry, BasicFileAttributes.class);
                } catch (IOException e) {
                    folder.children.add(new FileNode(path, name, entry, 0, a.lastModifiedTime().toInstant(),
                            problem(FileProblem.Kind.BROKEN_LINK, entry, target(entry))));
                    continue;
                }
                if (target.isDirectory()) {
                    skipped.add(new Skipped(path, problem(FileProblem.Kind.NOT_A_FILE, entry,
                            "it is a symbolic link to a folder, which is not followed (ignore it with -i)")));
                    continue;
                }
                a = target;
            }
            if (a.isDirectory()) {
                Folder sub = new Folder(path, name, entry);
                sub.modified = a.lastModifiedTime().toInstant();
                subfolders.add(sub);
                folder.children.add(sub);
            } else if (a.isRegularFile()) {
                folder.children.add(new FileNode(path, name, entry, a.size(), a.lastModifiedTime().toInstant(), null));
            } else {
                folder.children.add(new FileNode(path, name, entry, 0, a.lastModifiedTime().toInstant(),
                        problem(FileProblem.Kind.NOT_A_FILE, entry, "a device, socket or pipe")));
            }
        }
        for (Folder sub : subfolders) {
            History h = history;
            List<Scope> s = scopes;
            if (Files.isDirectory(sub.dir.resolve(History.FOLDER), LinkOption.NOFOLLOW_LINKS)) {
                h = History.load(sub.dir);
                history.adopt(h, history.root().relativize(sub.dir));
                sub.history = h;
                s = new ArrayList<>(scopes);
                List<String> own = h.latestIgnorePatterns();
                s.add(new Scope(IgnoreRules.of(own.isEmpty() ? IgnoreRules.DEFAULTS : own), sub.path));
            }
            walk(sub, h, s);
        }
    }

    private static boolean ignored(List<Scope> scopes, String path) {
        for (Scope s : scopes) {
            if (s.ignores(path)) {
                return true;
            }
        }
        return false;
    }

    private static FileProblem problem(FileProblem.Kind kind, Path p, String detail) {
        return new FileProblem.Exception(kind, p, detail).problem();
    }

    private static String target(Path link) {
        try {
            return "points to " + Files.readSymbolicLink(link) + ", which does not exist";
        } catch (IOException e) {
            return null;
        }
    }
}
