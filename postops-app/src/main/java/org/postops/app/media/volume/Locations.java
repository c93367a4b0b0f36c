package org.postops.app.media.volume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a media folder is on the server, checked so that no path a person types reaches outside its volume:
 * relative paths only, no {@code ..}, and the real path (symbolic links resolved) must stay under the volume's
 * real root. Checked when a folder is registered and again each time a job opens it (links can change).
 */
public final class Locations {

    /** Why a path was refused, in words for the field. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private Locations() {
    }

    /** The relative path as stored: forward slashes, no empty or "." segments, no trailing slash. */
    public static String normalised(String relative) throws Refused {
        if (relative == null || relative.isBlank()) {
            throw new Refused("must not be blank (the folder's path under the volume's root)");
        }
        String p = relative.strip().replace('\\', '/');
        if (p.length() > 1000) {
            throw new Refused("must be at most 1000 characters");
        }
        if (p.indexOf('\0') >= 0) {
            throw new Refused("must not contain a NUL character");
        }
        if (p.startsWith("/") || p.startsWith("~") || p.matches("^[A-Za-z]:.*")) {
            throw new Refused("must be relative to the volume's root, not an absolute path");
        }
        StringBuilder out = new StringBuilder();
        for (String segment : p.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw new Refused("must not go up a folder (\"..\"): it stays inside the volume");
            }
            out.append(out.length() == 0 ? "" : "/").append(segment);
        }
        if (out.length() == 0) {
            throw new Refused("must name a folder under the volume's root, not the root itself");
        }
        return out.toString();
    }

    /**
     * The existing folder {@code relative} names under {@code volumeRoot}, as its real path, refused when it is
     * missing, not a folder, or (through a symbolic link) outside the volume's real root.
     */
    public static Path inside(String volumeRoot, String relative) throws Refused {
        String rel = normalised(relative);
        Path root = realRoot(volumeRoot);
        Path candidate;
        try {
            candidate = root.resolve(rel).normalize();
        } catch (InvalidPathException e) {
            throw new Refused("is not a valid path: " + e.getReason());
        }
        if (!candidate.startsWith(root)) {
            throw new Refused("leads outside the volume");
        }
        Path real = realInside(root, candidate, "no folder " + rel + " on this volume");
        if (!Files.isDirectory(real)) {
            throw new Refused("is a file, not a folder");
        }
        if (real.equals(root)) {
            throw new Refused("must name a folder under the volume's root, not the root itself");
        }
        return real;
    }

    /**
     * The existing regular file {@code relative} names under {@code volumeRoot}, as its real path: its folder is
     * confined as {@link #inside} confines folders (the volume's root itself allowed), and the file itself must
     * not lead out of the volume through a symbolic link. For areas that register single files (delivery assets).
     */
    public static Path insideFile(String volumeRoot, String relative) throws Refused {
        String rel = normalised(relative);
        Path root = realRoot(volumeRoot);
        int slash = rel.lastIndexOf('/');
        Path folder = slash < 0 ? root : inside(volumeRoot, rel.substring(0, slash));
        Path candidate;
        try {
            candidate = folder.resolve(rel.substring(slash + 1));
        } catch (InvalidPathException e) {
            throw new Refused("is not a valid path: " + e.getReason());
        }
        Path real = realInside(root, candidate, "no file " + rel + " on this volume");
        if (!Files.isRegularFile(real)) {
            throw new Refused("is a folder, not a file");
        }
        return real;
    }

    private static Path realRoot(String volumeRoot) throws Refused {
        try {
            return Path.of(volumeRoot).toRealPath();
        } catch (IOException | InvalidPathException e) {
            throw new Refused("the volume's root " + volumeRoot + " is not there (is the volume mounted?)");
        }
    }

    /** The candidate's real path, refused when it is missing or leads out of the root through a symbolic link. */
    private static Path realInside(Path root, Path candidate, String missing) throws Refused {
        if (!Files.exists(candidate)) {
            throw new Refused(missing);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            throw new Refused("cannot be opened: " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            throw new Refused("leads outside the volume (through a symbolic link to " + real + ")");
        }
        return real;
    }

    /** The real folder's path relative to the volume's real root, as stored (so one folder is registered once). */
    public static String relativeTo(String volumeRoot, Path real) {
        try {
            return Path.of(volumeRoot).toRealPath().relativize(real).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
