package org.postops.media.mhl.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.postops.media.hash.HashFormat;
import org.postops.media.mhl.manifest.Manifest.Action;
import org.postops.media.mhl.manifest.Manifest.Author;
import org.postops.media.mhl.manifest.Manifest.CreatorInfo;
import org.postops.media.mhl.manifest.Manifest.DirectoryEntry;
import org.postops.media.mhl.manifest.Manifest.DirectoryHash;
import org.postops.media.mhl.manifest.Manifest.Entry;
import org.postops.media.mhl.manifest.Manifest.FileEntry;
import org.postops.media.mhl.manifest.Manifest.HashEntry;
import org.postops.media.mhl.manifest.Manifest.ProcessInfo;
import org.postops.media.mhl.manifest.Manifest.Reference;

/**
 * Manifests to and from XML. Writing follows the reference tool's layout (two-space indent, elements in
 * the schema's order, times in UTC as {@code 2020-01-16T09:15:00+00:00}); reading accepts any manifest
 * the schema allows and refuses DTDs and entities (see {@link SecureXml}).
 */
public final class ManifestXml {

    public static final String NAMESPACE = "urn:ASC:MHL:v2.0";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private ManifestXml() {
    }

    /** An instant as manifests write it: UTC, whole seconds, "+00:00". */
    public static String time(Instant t) {
        return TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    static Instant parseTime(String text, SecureXml.Events at) throws ManifestException {
        String s = text.strip();
        Instant fast = at.cachedTime(s);
        if (fast != null) {
            return fast;
        }
        fast = canonicalTime(s);
        if (fast != null) {
            at.cacheTime(s, fast);
            return fast;
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try { // xs:dateTime without an offset: read it as UTC
                return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw at.invalid("\"" + s + "\" is not a date and time");
            }
        }
    }

    /**
     * "2020-01-16T09:15:00+00:00" or "...Z" (what the reference tool and PostOps write) without the
     * general parser, which costs a third of reading a large manifest; {@code null} for anything else.
     */
    private static Instant canonicalTime(String s) {
        int n = s.length();
        boolean zulu = n == 20 && s.charAt(19) == 'Z';
        boolean utc = n == 25 && s.endsWith("+00:00");
        if (!(zulu || utc) || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null; // e.g. 31 February: let the general parser say what is wrong
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    // ---------------------------------------------------------------- writing

    /** The manifest as the bytes of an .mhl file. */
    public static byte[] write(Manifest m) {
        Out o = new Out();
        o.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        o.line(0, "<hashlist version=\"2.0\" xmlns=\"" + NAMESPACE + "\">");
        CreatorInfo c = m.creator();
        o.line(1, "<creatorinfo>");
        o.element(2, "creationdate", "", time(c.creationDate()));
        o.element(2, "hostname", "", c.hostName());
        o.element(2, "tool", attr("version", c.toolVersion()), c.toolName());
        for (Author a : c.authors()) {
            o.element(2, "author", attr("email", a.email()) + attr("phone", a.phone()) + attr("role", a.role()),
                    a.name());
        }
        if (c.location() != null) {
            o.element(2, "location", "", c.location());
        }
        if (c.comment() != null) {
            o.element(2, "comment", "", c.comment());
        }
        o.line(1, "</creatorinfo>");
        ProcessInfo p = m.process();
        o.line(1, "<processinfo>");
        o.element(2, "process", "", p.process());
        o.line(2, "<roothash>");
        directoryHashes(o, 3, p.rootHashes());
        o.line(2, "</roothash>");
        if (!p.ignorePatterns().isEmpty()) {
            o.line(2, "<ignore>");
            for (String pattern : p.ignorePatterns()) {
                o.element(3, "pattern", "", pattern);
            }
            o.line(2, "</ignore>");
        }
        o.line(1, "</processinfo>");
        if (!m.entries().isEmpty()) {
            o.line(1, "<hashes>");
            for (Entry e : m.entries()) {
                if (e instanceof FileEntry) {
                    FileEntry f = (FileEntry) e;
                    o.line(2, "<hash>");
                    o.element(3, "path", attr("size", f.size() < 0 ? null : Long.toString(f.size()))
                            + attr("lastmodificationdate", f.lastModified() == null ? null : time(f.lastModified())),
                            f.path());
                    List<HashEntry> hashes = new ArrayList<>(f.hashes());
                    hashes.sort(Comparator.comparing(HashEntry::format));
                    for (HashEntry h : hashes) {
                        o.element(3, h.format().xmlName(), attr("action", h.action().xml())
                                + attr("hashdate", h.hashDate() == null ? null : time(h.hashDate())), h.value());
                    }
                    if (f.previousPath() != null) {
                        o.element(3, "previousPath", "", f.previousPath());
                    }
                    o.line(2, "</hash>");
                } else {
                    DirectoryEntry d = (DirectoryEntry) e;
                    o.line(2, "<directoryhash>");
                    o.element(3, "path", attr("lastmodificationdate",
                            d.lastModified() == null ? null : time(d.lastModified())), d.path());
                    directoryHashes(o, 3, d.hashes());
                    if (d.previousPath() != null) {
                        o.element(3, "previousPath", "", d.previousPath());
                    }
                    o.line(2, "</directoryhash>");
                }
            }
            o.line(1, "</hashes>");
        }
        if (!m.references().isEmpty()) {
            o.line(1, "<references>");
            for (Reference r : m.references()) {
                o.line(2, "<hashlistreference>");
                o.element(3, "path", "", r.path());
                o.element(3, "c4", "", r.c4());
                o.line(2, "</hashlistreference>");
            }
            o.line(1, "</references>");
        }
        o.line(0, "</hashlist>");
        return o.bytes();
    }

    private static void directoryHashes(Out o, int depth, List<DirectoryHash> hashes) {
        List<DirectoryHash> sorted = new ArrayList<>(hashes);
        sorted.sort(Comparator.comparing(DirectoryHash::format));
        for (String part : List.of("content", "structure")) {
            if (sorted.isEmpty()) {
                o.line(depth, "<" + part + "/>");
                continue;
            }
            o.line(depth, "<" + part + ">");
            for (DirectoryHash h : sorted) {
                o.element(depth + 1, h.format().xmlName(),
                        attr("hashdate", h.hashDate() == null ? null : time(h.hashDate())),
                        part.equals("content") ? h.content() : h.structure());
            }
            o.line(depth, "</" + part + ">");
        }
    }

    private static String attr(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + Out.escape(value, true) + "\"";
    }

    /** Indented XML text. */
    static final class Out {
        private final StringBuilder b = new StringBuilder(4096);

        void line(int depth, String text) {
            b.append("  ".repeat(depth)).append(text).append('\n');
        }

        void element(int depth, String name, String attributes, String text) {
            b.append("  ".repeat(depth)).append('<').append(name).append(attributes).append('>')
                    .append(escape(text == null ? "" : text, false)).append("</").append(name).append(">\n");
        }

        byte[] bytes() {
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Escapes text for XML; refuses characters XML 1.0 cannot hold at all. */
        static String escape(String s, boolean attribute) {
            StringBuilder e = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String rep = null;
                if (c == '&') {
                    rep = "&amp;";
                } else if (c == '<') {
                    rep = "&lt;";
                } else if (c == '>') {
                    rep = "&gt;";
                } else if (c == '"' && attribute) {
                    rep = "&quot;";
                } else if (c == '\r' || ((c == '\n' || c == '\t') && attribute)) {
                    rep = "&#" + (int) c + ";"; // a parser would normalise them away otherwise
                } else if (!XmlText.isAllowed(s, i)) {
                    throw new IllegalArgumentException("XML cannot hold the character U+"
                            + String.format("%04X", (int) c) + " in " + XmlText.printable(s));
                }
                if (rep != null && e == null) {
                    e = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                if (e != null) {
                    e.append(rep != null ? rep : String.valueOf(c));
                }
            }
            return e == null ? s : e.toString();
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads an .mhl file. */
    public static Manifest read(Path file) throws ManifestException, IOException {
        return SecureXml.read(file, ManifestXml::readHashlist);
    }

    private static Manifest readHashlist(SecureXml.Events x) throws XMLStreamException, ManifestException {
        if (!x.next() || !x.isStart() || !x.name().equals("hashlist")) {
            throw x.invalid("the root element is not <hashlist>");
        }
        if (!NAMESPACE.equals(x.namespace())) {
            throw x.invalid("the namespace is \"" + x.namespace() + "\", not " + NAMESPACE);
        }
        if (!"2.0".equals(x.attribute("version"))) {
            throw x.invalid("version is \"" + x.attribute("version") + "\", not 2.0");
        }
        CreatorInfo creator = null;
        ProcessInfo process = null;
        List<Entry> entries = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        while (x.next() && x.isStart()) {
            switch (x.name()) {
                case "creatorinfo":
                    creator = readCreator(x);
                    break;
                case "processinfo":
                    process = readProcess(x);
                    break;
                case "hashes":
                    while (x.next() && x.isStart()) {
                        if (x.name().equals("hash")) {
                            entries.add(readFile(x));
                        } else if (x.name().equals("directoryhash")) {
                            entries.add(readDirectory(x));
                        } else {
                            throw x.invalid("<" + x.name() + "> inside <hashes>");
                        }
                    }
                    break;
                case "references":
                    while (x.next() && x.isStart()) {
                        references.add(readReference(x));
                    }
                    break;
                default:
                    x.skip(); // <metadata> and anything a later version adds
            }
        }
        if (creator == null || process == null) {
            throw x.invalid("<creatorinfo> or <processinfo> is missing");
        }
        return new Manifest(creator, process, entries, references);
    }

    private static CreatorInfo readCreator(SecureXml.Events x) throws XMLStreamException, ManifestException {
        Instant created = null;
        String host = null;
        String tool = null;
        String toolVersion = null;
        String location = null;
        String comment = null;
        List<Author> authors = new ArrayList<>();
        while (x.next() && x.isStart()) {
            switch (x.name()) {
                case "creationdate":
                    created = parseTime(x.text(), x);
                    break;
                case "hostname":
                    host = x.text();
                    break;
                case "tool":
                    toolVersion = x.attribute("version");
                    tool = x.text();
                    break;
                case "author":
                    String email = x.attribute("email");
                    String phone = x.attribute("phone");
                    String role = x.attribute("role");
                    authors.add(new Author(x.text(), email, phone, role));
                    break;
                case "location":
                    location = x.text();
                    break;
                case "comment":
                    comment = x.text();
                    break;
                default:
                    x.skip();
            }
        }
        if (created == null) {
            throw x.invalid("<creationdate> is missing");
        }
        return new CreatorInfo(created, host, tool, toolVersion, authors, location, comment);
    }

    private static ProcessInfo readProcess(SecureXml.Events x) throws XMLStreamException, ManifestException {
        String process = null;
        List<DirectoryHash> root = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        while (x.next() && x.isStart()) {
            switch (x.name()) {
                case "process":
                    process = x.text().strip();
                    break;
                case "roothash":
                    root = readDirectoryHashes(x);
                    break;
                case "ignore":
                    while (x.next() && x.isStart()) {
                        if (x.name().equals("pattern")) {
                            patterns.add(x.text());
                        } else {
                            x.skip();
                        }
                    }
                    break;
                default:
                    x.skip();
            }
        }
        return new ProcessInfo(process, root, patterns);
    }

    private static FileEntry readFile(SecureXml.Events x) throws XMLStreamException, ManifestException {
        String path = null;
        long size = -1;
        Instant modified = null;
        String previous = null;
        List<HashEntry> hashes = new ArrayList<>();
        while (x.next() && x.isStart()) {
            String name = x.name();
            Optional<HashFormat> format = HashFormat.byName(name);
            if (name.equals("path")) {
                String s = x.attribute("size");
                String m = x.attribute("lastmodificationdate");
                if (s != null) {
                    try {
                        size = Long.parseLong(s.strip());
                    } catch (NumberFormatException e) {
                        throw x.invalid("size \"" + s + "\" is not a number");
                    }
                }
                modified = m == null ? null : parseTime(m, x);
                path = x.text();
            } else if (name.equals("previousPath")) {
                previous = x.text();
            } else if (format.isPresent() && name.equals(format.get().xmlName())) {
                String actionText = x.attribute("action");
                String date = x.attribute("hashdate");
                String value = x.text().strip();
                if (!format.get().isValid(value)) {
                    throw x.invalid("\"" + value + "\" is not a " + name + " value");
                }
                // a hash without an action (not written by the reference tool) is read as a first seal
                Action action = actionText == null ? Action.ORIGINAL : Action.of(actionText.strip())
                        .orElseThrow(() -> x.invalid("action \"" + actionText + "\" is not original, verified or failed"));
                hashes.add(new HashEntry(format.get(), value, action, date == null ? null : parseTime(date, x)));
            } else {
                x.skip();
            }
        }
        if (path == null) {
            throw x.invalid("a <hash> has no <path>");
        }
        return new FileEntry(checkedPath(path, x), size, modified, hashes, previous == null ? null : checkedPath(previous, x));
    }

    private static DirectoryEntry readDirectory(SecureXml.Events x) throws XMLStreamException, ManifestException {
        String path = null;
        Instant modified = null;
        String previous = null;
        List<DirectoryHash> content = new ArrayList<>();
        List<DirectoryHash> structure = new ArrayList<>();
        while (x.next() && x.isStart()) {
            switch (x.name()) {
                case "path":
                    String m = x.attribute("lastmodificationdate");
                    modified = m == null ? null : parseTime(m, x);
                    path = x.text();
                    break;
                case "content":
                    content = readFormats(x);
                    break;
                case "structure":
                    structure = readFormats(x);
                    break;
                case "previousPath":
                    previous = x.text();
                    break;
                default:
                    x.skip();
            }
        }
        if (path == null) {
            throw x.invalid("a <directoryhash> has no <path>");
        }
        return new DirectoryEntry(checkedPath(path, x), modified, pair(content, structure, x),
                previous == null ? null : checkedPath(previous, x));
    }

    private static List<DirectoryHash> readDirectoryHashes(SecureXml.Events x)
            throws XMLStreamException, ManifestException {
        List<DirectoryHash> content = new ArrayList<>();
        List<DirectoryHash> structure = new ArrayList<>();
        while (x.next() && x.isStart()) {
            if (x.name().equals("content")) {
                content = readFormats(x);
            } else if (x.name().equals("structure")) {
                structure = readFormats(x);
            } else {
                x.skip();
            }
        }
        return pair(content, structure, x);
    }

    /** Content values, their structure values in the {@code structure} slot. */
    private static List<DirectoryHash> readFormats(SecureXml.Events x) throws XMLStreamException, ManifestException {
        List<DirectoryHash> out = new ArrayList<>();
        while (x.next() && x.isStart()) {
            Optional<HashFormat> f = HashFormat.byName(x.name());
            if (f.isEmpty() || !f.get().xmlName().equals(x.name())) {
                x.skip();
                continue;
            }
            String date = x.attribute("hashdate");
            String value = x.text().strip();
            if (!f.get().isValid(value)) {
                throw x.invalid("\"" + value + "\" is not a " + f.get().xmlName() + " value");
            }
            out.add(new DirectoryHash(f.get(), value, value, date == null ? null : parseTime(date, x)));
        }
        return out;
    }

    private static List<DirectoryHash> pair(List<DirectoryHash> content, List<DirectoryHash> structure,
                                            SecureXml.Events x) throws ManifestException {
        List<DirectoryHash> out = new ArrayList<>();
        for (DirectoryHash c : content) {
            DirectoryHash s = structure.stream().filter(h -> h.format() == c.format()).findFirst()
                    .orElseThrow(() -> x.invalid("a " + c.format().xmlName() + " content hash has no structure hash"));
            out.add(new DirectoryHash(c.format(), c.content(), s.content(), c.hashDate()));
        }
        return out;
    }

    private static Reference readReference(SecureXml.Events x) throws XMLStreamException, ManifestException {
        String path = null;
        String c4 = null;
        while (x.next() && x.isStart()) {
            if (x.name().equals("path")) {
                path = x.text();
            } else if (x.name().equals("c4")) {
                c4 = x.text().strip();
            } else {
                x.skip();
            }
        }
        if (path == null || c4 == null || !HashFormat.C4.isValid(c4)) {
            throw x.invalid("a <hashlistreference> needs a <path> and a valid <c4>");
        }
        return new Reference(checkedPath(path, x), c4);
    }

    /**
     * A path from a manifest, which must stay inside the history: relative, POSIX, no "..". Guards the
     * tool against a manifest that names files elsewhere.
     */
    static String checkedPath(String path, SecureXml.Events x) throws ManifestException {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
                || path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..")) {
            throw x.invalid("the path \"" + XmlText.printable(path) + "\" is not a relative path inside the history");
        }
        return path;
    }
}
