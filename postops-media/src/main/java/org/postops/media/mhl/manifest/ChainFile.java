package org.postops.media.mhl.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.postops.media.hash.HashFormat;

/**
 * {@code ascmhl/ascmhl_chain.xml}: every generation of a history in order, with the C4 of its manifest
 * file, so that a changed, removed or inserted manifest shows.
 */
public record ChainFile(List<Link> links) {

    public static final String NAME = "ascmhl_chain.xml";
    public static final String NAMESPACE = "urn:ASC:MHL:DIRECTORY:v2.0";

    public ChainFile {
        links = List.copyOf(links);
    }

    /** One {@code <hashlist sequencenr="N">}: the manifest's file name and C4. */
    public record Link(int sequence, String path, String c4) {
    }

    /** This chain with one more generation. */
    public ChainFile with(Link link) {
        List<Link> all = new ArrayList<>(links);
        all.add(link);
        return new ChainFile(all);
    }

    public byte[] write() {
        ManifestXml.Out o = new ManifestXml.Out();
        o.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        o.line(0, "<ascmhldirectory xmlns=\"" + NAMESPACE + "\">");
        for (Link l : links) {
            o.line(1, "<hashlist sequencenr=\"" + l.sequence() + "\">");
            o.element(2, "path", "", l.path());
            o.element(2, "c4", "", l.c4());
            o.line(1, "</hashlist>");
        }
        o.line(0, "</ascmhldirectory>");
        return o.bytes();
    }

    public static ChainFile read(Path file) throws ManifestException, IOException {
        return SecureXml.read(file, ChainFile::readDirectory);
    }

    private static ChainFile readDirectory(SecureXml.Events x) throws XMLStreamException, ManifestException {
        if (!x.next() || !x.isStart() || !x.name().equals("ascmhldirectory") || !NAMESPACE.equals(x.namespace())) {
            throw x.invalid("the root element is not <ascmhldirectory xmlns=\"" + NAMESPACE + "\">");
        }
        List<Link> links = new ArrayList<>();
        while (x.next() && x.isStart()) {
            if (!x.name().equals("hashlist")) {
                x.skip();
                continue;
            }
            String seq = x.attribute("sequencenr");
            int sequence;
            try {
                sequence = Integer.parseInt(seq == null ? "" : seq.strip());
            } catch (NumberFormatException e) {
                throw x.invalid("sequencenr \"" + seq + "\" is not a number");
            }
            String path = null;
            String c4 = null;
            while (x.next() && x.isStart()) {
                if (x.name().equals("path")) {
                    path = x.text().strip();
                } else if (x.name().equals("c4")) {
                    c4 = x.text().strip();
                } else {
                    x.skip();
                }
            }
            if (path == null || path.contains("/") || path.contains("\\") || path.startsWith(".")
                    || c4 == null || !HashFormat.C4.isValid(c4)) {
                throw x.invalid("generation " + sequence + " needs a manifest file name and a valid C4");
            }
            links.add(new Link(sequence, path, c4));
        }
        return new ChainFile(links);
    }
}
