package org.postops.media.mhl.manifest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.postops.media.hash.Digest;
import org.postops.media.hash.HashFormat;

/**
 * The content and structure hash of one folder in one format, as ASC MHL (and its reference tool)
 * defines them:
 * <ul>
 *   <li>content: the hash of the concatenated raw digests of the folder's children (files' hashes,
 *       subfolders' content hashes), sorted by their text form; names play no part, so a renamed file
 *       keeps the folder's content hash;</li>
 *   <li>structure: for each child the hash of its UTF-8 name followed by its raw digest (a file's hash,
 *       a subfolder's structure hash); those sorted by text form, concatenated and hashed.</li>
 * </ul>
 * An empty folder hashes the empty input. Sorting makes both independent of listing order.
 */
public final class DirectoryHashing {

    private final HashFormat format;
    private final List<String> content = new ArrayList<>();
    private final List<String> structure = new ArrayList<>();

    public DirectoryHashing(HashFormat format) {
        this.format = format;
    }

    public void addFile(String name, String hash) {
        content.add(hash);
        structure.add(named(name, hash));
    }

    public void addFolder(String name, String contentHash, String structureHash) {
        content.add(contentHash);
        structure.add(named(name, structureHash));
    }

    public String contentHash() {
        return ofList(content);
    }

    public String structureHash() {
        return ofList(structure);
    }

    private String named(String name, String hash) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] h = format.decode(hash);
        byte[] both = new byte[n.length + h.length];
        System.arraycopy(n, 0, both, 0, n.length);
        System.arraycopy(h, 0, both, n.length, h.length);
        return Digest.of(format, both);
    }

    private String ofList(List<String> hashes) {
        List<String> sorted = new ArrayList<>(hashes);
        Collections.sort(sorted); // ASCII text of fixed length: the order of the raw values
        Digest d = format.newDigest();
        for (String h : sorted) {
            byte[] raw = format.decode(h);
            d.update(raw, 0, raw.length);
        }
        return d.finishText();
    }
}
