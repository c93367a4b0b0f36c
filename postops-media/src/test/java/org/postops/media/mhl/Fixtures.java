package org.postops.media.mhl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/**
 * The reference tool's conformance data in {@code ../shared/fixtures/ascmhl} (next to the repository; CI
 * always has it). Tests that need it are skipped when it is absent; they never write into it.
 */
final class Fixtures {

    /** The repository root is the parent of the module folder tests run in. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent().resolve("../shared/fixtures/ascmhl").normalize();
    static final Path SCENARIOS = ROOT.resolve("examples/scenarios/Output");
    static final Instant DAY_ONE = Instant.parse("2020-01-16T09:15:00Z");
    static final Instant DAY_TWO = Instant.parse("2020-01-17T14:30:00Z");

    private Fixtures() {
    }

    static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(SCENARIOS), "no ASC MHL fixtures at " + ROOT);
    }

    static Path scenario(String name) {
        return SCENARIOS.resolve(name);
    }

    /** Options as the reference scenarios ran: frozen time, host myHost.local. */
    static MhlOptions options(Instant now) {
        return new MhlOptions().clock(Clock.fixed(now, ZoneOffset.UTC)).hostName("myHost.local")
                .tool("postops", "test");
    }

    /** Copies a folder tree (writable copies); {@code withHistory} false leaves out ascmhl folders. */
    static Path copy(Path from, Path to, boolean withHistory) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!withHistory && dir.getFileName().toString().equals("ascmhl")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.copy(file, target);
                    target.toFile().setWritable(true);
                    Files.setLastModifiedTime(target, FileTime.from(Instant.parse("2020-01-15T13:00:00Z")));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Every file under {@code dir} whose name ends with {@code suffix}. */
    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> out = new ArrayList<>();
            s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema manifestSchema() {
        return schema("xsd/ASCMHL.xsd");
    }

    static Schema chainSchema() {
        return schema("xsd/ASCMHLDirectory__combined.xsd");
    }

    private static Schema schema(String name) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // ASCMHLDirectory.xsd imports the manifest schema from the web: serve the local copy instead
            f.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
                if (systemId != null && systemId.endsWith("/ASCMHL.xsd")) {
                    return new LocalInput(ROOT.resolve("xsd/ASCMHL.xsd"));
                }
                return null;
            });
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return f.newSchema(new StreamSource(ROOT.resolve(name).toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(Schema schema, Path file) {
        try {
            javax.xml.validation.Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(file.toFile()));
        } catch (SAXException | IOException e) {
            throw new AssertionError(file + " does not validate: " + e.getMessage(), e);
        }
    }

    /** An LSInput reading a local file. */
    private static final class LocalInput implements org.w3c.dom.ls.LSInput {
        private final Path file;

        LocalInput(Path file) {
            this.file = file;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public java.io.InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(java.io.InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return file.toUri().toString(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
