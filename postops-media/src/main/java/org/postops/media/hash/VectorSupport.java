package org.postops.media.hash;

/**
 * Whether XXH3 may run on the Java Vector API ({@link VectorXxh3}): the incubator module
 * {@code jdk.incubator.vector} must be in the boot layer (the {@code postops} launcher adds it) and a
 * preferred vector must hold at least four longs. Otherwise hash4j hashes XXH3, as before. This class
 * names no vector type, so it loads on any runtime.
 */
final class VectorSupport {

    /** Set to {@code false} to keep hash4j even when the vector module is there (e.g. to compare). */
    static final String PROPERTY = "postops.hash.vector";

    private static final boolean AVAILABLE = probe();

    private VectorSupport() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return Lanes.preferredLongs() >= 4;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** Kept apart so that the vector classes are only touched once the module is known to be there. */
    private static final class Lanes {
        static int preferredLongs() {
            return jdk.incubator.vector.LongVector.SPECIES_PREFERRED.length();
        }
    }
}
