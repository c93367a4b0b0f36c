package org.postops.media.mhl.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML of manifests and chain files with DTDs and external entities off: a document with a
 * DOCTYPE (the carrier of XXE and "billion laughs" payloads) is refused before anything in it is
 * resolved, so no file outside the history is ever opened and no entity is ever expanded.
 */
final class SecureXml {

    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's own parser, whatever the class path holds
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /** Something that reads a document from an XML stream. */
    interface Reading<T> {
        T read(Events events) throws XMLStreamException, ManifestException;
    }

    /** Parses {@code file} with {@code reading}; any XML problem becomes a {@link ManifestException}. */
    static <T> T read(Path file, Reading<T> reading) throws ManifestException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                return reading.read(new Events(r, file));
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new ManifestException(
                    file + " is not well-formed XML: " + e.getMessage().replaceAll("\\s+", " ").trim(), e);
        }
    }

    /** A thin cursor over the stream that refuses DTDs and entity references as it meets them. */
    static final class Events {
        private final XMLStreamReader r;
        private final Path file;

        private String lastTimeText;
        private java.time.Instant lastTime;

        Events(XMLStreamReader r, Path file) {
            this.r = r;
            this.file = file;
        }

        /** The instant of the last time text read, if it is this one (a generation's hash dates repeat). */
        java.time.Instant cachedTime(String text) {
            return text.equals(lastTimeText) ? lastTime : null;
        }

        void cacheTime(String text, java.time.Instant t) {
            lastTimeText = text;
            lastTime = t;
        }

        /** Moves to the next start or end element; false at the end of the document. */
        boolean next() throws XMLStreamException, ManifestException {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD) {
                    throw refused("a DOCTYPE declaration");
                }
                if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused("the entity reference &" + r.getLocalName() + ";");
                }
                if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) {
                    return true;
                }
            }
            return false;
        }

        private ManifestException refused(String what) {
            return new ManifestException(file + " contains " + what
                    + "; DTDs and entities are refused in ASC MHL files (they can read other files or"
                    + " expand without bound), so the file was not read");
        }

        boolean isStart() {
            return r.isStartElement();
        }

        boolean isEnd() {
            return r.isEndElement();
        }

        String name() {
            return r.getLocalName();
        }

        String namespace() {
            return r.getNamespaceURI();
        }

        String attribute(String name) {
            return r.getAttributeValue(null, name);
        }

        /** The text of the current (start) element, which must hold only text; leaves the cursor on its end. */
        String text() throws XMLStreamException, ManifestException {
            StringBuilder b = new StringBuilder();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                        || e == XMLStreamConstants.SPACE) {
                    b.append(r.getText());
                } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused("the entity reference &" + r.getLocalName() + ";");
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    return b.toString();
                } else if (e == XMLStreamConstants.START_ELEMENT) {
                    throw invalid("<" + r.getLocalName() + "> where only text may be");
                }
            }
            throw invalid("the document ends inside an element");
        }

        /** Skips the current (start) element and everything in it. */
        void skip() throws XMLStreamException, ManifestException {
            int depth = 1;
            while (depth > 0 && next()) {
                depth += isStart() ? 1 : -1;
            }
        }

        ManifestException invalid(String what) {
            return new ManifestException(file + " is not a valid ASC MHL file: " + what
                    + " (line " + r.getLocation().getLineNumber() + ")");
        }

        Path file() {
            return file;
        }
    }
}
