package org.postops.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

/**
 * The rule of the hash chain, shared by the server that appends and the command line that verifies:
 * an entry's hash is the SHA-256 of its predecessor's hash and its own fields, each length-prefixed so
 * that no two different entries read alike.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** What verification found: the number of entries checked and, if the chain is broken, where. */
    public record Verdict(long checked, Optional<Long> firstBrokenId, String message) {

        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }

    private AuditChain() {
    }

    public static String hash(String prevHash, long id, java.time.Instant occurredAt, String actor, String action,
            String objectType, String objectId, Long productionId, String remoteAddress, String before,
            String after) {
        StringBuilder content = new StringBuilder(256);
        for (String field : new String[] {prevHash, Long.toString(id), occurredAt.toString(), actor, action,
                objectType, objectId, productionId == null ? null : productionId.toString(), remoteAddress,
                before, after}) {
            if (field == null) {
                content.append("-1:");
            } else {
                content.append(field.length()).append(':').append(field);
            }
            content.append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hashOf(AuditEntry e) {
        return hash(e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(),
                e.productionId(), e.remoteAddress(), e.before(), e.after());
    }

    /**
     * Walks the entries in id order. Each must link to the one before and hash to what it claims; the
     * last must be the one the head records, so entries cut from the end are noticed too.
     */
    public static Verdict verify(Iterator<AuditEntry> entries, long headId, String headHash) {
        String prev = GENESIS;
        long previousId = 0;
        long checked = 0;
        while (entries.hasNext()) {
            AuditEntry e = entries.next();
            checked++;
            if (e.id() != previousId + 1) { // ids are consecutive, so a gap names what was removed
                long missing = previousId + 1;
                return new Verdict(checked, Optional.of(missing), (e.id() == missing + 1
                        ? "entry " + missing + " was removed" : "entries " + missing + " to " + (e.id() - 1)
                        + " were removed") + (previousId == 0 ? ": the chain starts at entry " + e.id()
                        : ": entry " + e.id() + " follows entry " + previousId));
            }
            if (!e.prevHash().equals(prev)) {
                return new Verdict(checked, Optional.of(e.id()), previousId == 0
                        ? "entry " + e.id() + " should be the first of the chain but does not start it"
                        : "entry " + e.id() + " does not follow entry " + previousId
                                + ": an entry between them was removed, or entry " + previousId + " was changed");
            }
            if (!hashOf(e).equals(e.hash())) {
                return new Verdict(checked, Optional.of(e.id()),
                        "entry " + e.id() + " was changed after it was written");
            }
            prev = e.hash();
            previousId = e.id();
        }
        if (previousId != headId || !prev.equals(headHash)) {
            long missing = headId;
            return new Verdict(checked, Optional.of(missing), "the chain ends at entry " + previousId
                    + " but the newest entry written was " + headId + ": entries were removed from the end");
        }
        return new Verdict(checked, Optional.empty(), "audit trail intact: " + checked + " entries verified");
    }
}
