package org.postops.media.mhl;

/**
 * Exit codes of the {@code mhl} commands: those of the reference tool (ascmhl errors.py) where it has one,
 * and two of PostOps's own (34, 40) for what the reference tool stops on with a stack trace.
 */
public enum MhlExit {
    OK(0, "success"),
    COMPLETENESS_FAILED(10, "files recorded in the history are missing"),
    VERIFICATION_FAILED(11, "files do not match their recorded hashes"),
    DIRECTORY_VERIFICATION_FAILED(12, "folders do not match their recorded hashes"),
    NEW_FILES(21, "files not recorded in the history were found"),
    NO_HISTORY(30, "no ASC MHL history in the folder"),
    MODIFIED_MANIFEST(31, "a manifest of the history was modified (its C4 differs from the chain)"),
    NO_CHAIN(32, "the history has no chain file (ascmhl_chain.xml)"),
    MISSING_MANIFEST(33, "a manifest listed in the chain is missing"),
    INVALID_MANIFEST(34, "a manifest or chain file is not valid ASC MHL (malformed, or a DTD/entities refused)"),
    FILES_UNREADABLE(40, "files could not be hashed (unreadable, changed while hashed, broken link, bad name)");

    private final int code;
    private final String meaning;

    MhlExit(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
