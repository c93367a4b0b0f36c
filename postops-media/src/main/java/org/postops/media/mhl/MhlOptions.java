package org.postops.media.mhl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.postops.media.hash.HashFormat;
import org.postops.media.hash.HashingPool;
import org.postops.media.hash.HashingProgress;
import org.postops.media.mhl.manifest.Manifest;

/** How to run a {@link MediaHashList} command; each setter returns this. Defaults suit the command line. */
public final class MhlOptions {

    /** The reference tool's default format. */
    public static final HashFormat DEFAULT_FORMAT = HashFormat.XXH128;

    private final Set<HashFormat> formats = EnumSet.noneOf(HashFormat.class);
    private boolean noDirectoryHashes;
    private boolean detectRenames;
    private final List<String> ignore = new ArrayList<>();
    private Path ignoreFile;
    private final List<Manifest.Author> authors = new ArrayList<>();
    private String location;
    private String comment;
    private String toolName = "postops";
    private String toolVersion = "development build";
    private String hostName;
    private Clock clock = Clock.systemUTC();
    private HashingPool pool;
    private HashingProgress progress = new HashingProgress();
    AtomicFiles.BeforeRename beforeRename = AtomicFiles.BeforeRename.NONE;

    public MhlOptions format(HashFormat f) {
        formats.add(f);
        return this;
    }

    public MhlOptions formats(Iterable<HashFormat> fs) {
        fs.forEach(formats::add);
        return this;
    }

    /** The formats asked for, or the default one if none was. */
    public Set<HashFormat> formats() {
        return formats.isEmpty() ? EnumSet.of(DEFAULT_FORMAT) : EnumSet.copyOf(formats);
    }

    public MhlOptions noDirectoryHashes(boolean v) {
        noDirectoryHashes = v;
        return this;
    }

    public boolean noDirectoryHashes() {
        return noDirectoryHashes;
    }

    /** Record a new file whose hash equals a missing file's as that file renamed ({@code previousPath}). */
    public MhlOptions detectRenames(boolean v) {
        detectRenames = v;
        return this;
    }

    public boolean detectRenames() {
        return detectRenames;
    }

    public MhlOptions ignore(String pattern) {
        ignore.add(pattern);
        return this;
    }

    public List<String> ignore() {
        return List.copyOf(ignore);
    }

    /** A file of ignore patterns, one per line. */
    public MhlOptions ignoreFile(Path file) {
        ignoreFile = file;
        return this;
    }

    public Path ignoreFile() {
        return ignoreFile;
    }

    public MhlOptions author(String name, String email, String phone, String role) {
        if (name != null && !name.isBlank()) {
            authors.add(new Manifest.Author(name, blankToNull(email), blankToNull(phone), blankToNull(role)));
        }
        return this;
    }

    public List<Manifest.Author> authors() {
        return List.copyOf(authors);
    }

    public MhlOptions location(String v) {
        location = blankToNull(v);
        return this;
    }

    public MhlOptions comment(String v) {
        comment = blankToNull(v);
        return this;
    }

    /** The tool named in {@code <tool version="...">}. */
    public MhlOptions tool(String name, String version) {
        toolName = name;
        toolVersion = version;
        return this;
    }

    public MhlOptions hostName(String v) {
        hostName = v;
        return this;
    }

    public MhlOptions clock(Clock c) {
        clock = c;
        return this;
    }

    public Clock clock() {
        return clock;
    }

    public MhlOptions pool(HashingPool p) {
        pool = p;
        return this;
    }

    HashingPool pool() {
        return pool != null ? pool : HashingPool.forThisMachine();
    }

    /** Where hashing progress is counted (for a progress bar). */
    public MhlOptions progress(HashingProgress p) {
        progress = p;
        return this;
    }

    public HashingProgress progress() {
        return progress;
    }

    Manifest.CreatorInfo creator() {
        return new Manifest.CreatorInfo(clock.instant(), hostName != null ? hostName : localHostName(), toolName,
                toolVersion, authors, location, comment);
    }

    private static String localHostName() {
        try { // the kernel's name: no DNS lookup that could hang
            Path p = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(p)) {
                String n = Files.readString(p).strip();
                if (!n.isEmpty()) {
                    return n;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
