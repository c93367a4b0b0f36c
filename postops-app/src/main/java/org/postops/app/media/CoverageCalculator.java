package org.postops.app.media;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postops.app.media.volume.MediaType;
import org.postops.app.media.volume.Site;

/**
 * Works out 3-2-1 coverage from a production's folders, the latest run of each and the latest runs' file
 * hashes (decision 0027):
 * <ul>
 * <li>G is a copy of F when G is F; or both latest runs vouch for the same root (content and structure hash in
 * the same format); or every file of F (path and hash, in a format both have) is in G with the same hash — G
 * may hold more (a sidecar, a render), but not less.
 * <li>Copies count once per volume (two folders on one volume are not two copies), on volumes not retired.
 * <li>A copy is verified when its latest run succeeded within the window.
 * <li>Complete: at least 3 verified copies, on at least 2 media types, at least 1 of them off site.
 * </ul>
 */
final class CoverageCalculator {

    static final int COPIES = 3;
    static final int MEDIA_TYPES = 2;
    static final int OFF_SITE = 1;

    private CoverageCalculator() {
    }

    static Coverage of(long productionId, List<MediaFolder> folders, Map<Long, MediaRun> latest,
            List<MediaRepository.FileHash> hashes, int windowDays, Instant now) {
        Instant since = now.minus(Duration.ofDays(windowDays));
        Map<Long, Set<String>> files = new HashMap<>();
        for (MediaRepository.FileHash h : hashes) {
            files.computeIfAbsent(h.folderId(), k -> new HashSet<>()).add(h.format() + ":" + h.path() + ":" + h.hash());
        }
        List<Coverage.FolderCoverage> items = new ArrayList<>();
        for (MediaFolder f : folders) {
            items.add(folder(f, folders, latest, files, windowDays, since));
        }
        int complete = (int) items.stream().filter(Coverage.FolderCoverage::complete).count();
        return new Coverage(productionId, windowDays, folders.size(), complete, items);
    }

    private static Coverage.FolderCoverage folder(MediaFolder f, List<MediaFolder> all, Map<Long, MediaRun> latest,
            Map<Long, Set<String>> files, int windowDays, Instant since) {
        MediaRun mine = latest.get(f.id());
        Map<Long, Coverage.Copy> byVolume = new LinkedHashMap<>();
        List<Coverage.Copy> copies = new ArrayList<>();
        for (MediaFolder g : all) {
            String matched = g.id() == f.id() ? "this folder" : match(mine, latest.get(g.id()), files.get(f.id()),
                    files.get(g.id()));
            if (matched == null) {
                continue;
            }
            MediaRun run = latest.get(g.id());
            boolean fresh = run != null && run.ok() && !run.finishedAt().isBefore(since);
            boolean verified = fresh && !g.volumeRetired();
            String state = g.volumeRetired() ? "volume retired"
                    : run == null ? "never sealed"
                    : !run.ok() ? "its last " + run.action().toLowerCase(java.util.Locale.ROOT) + " failed"
                    : !fresh ? "not verified in the last " + windowDays + " days"
                    : "verified";
            Coverage.Copy copy = new Coverage.Copy(g.id(), g.label(), g.volumeId(), g.volumeName(), g.mediaType(),
                    g.site(), matched, verified, run != null && run.ok() ? run.finishedAt() : null, state);
            copies.add(copy);
            Coverage.Copy best = byVolume.get(g.volumeId());
            if (best == null || !best.verified() && verified) {
                byVolume.put(g.volumeId(), copy);
            }
        }
        int verifiedCopies = 0;
        int offSite = 0;
        Set<MediaType> types = EnumSet.noneOf(MediaType.class);
        for (Coverage.Copy c : byVolume.values()) {
            if (c.verified()) {
                verifiedCopies++;
                types.add(c.mediaType());
                offSite += c.site() == Site.OFF_SITE ? 1 : 0;
            }
        }
        List<String> needs = needs(verifiedCopies, types, offSite);
        List<String> unverified = copies.stream().filter(c -> !c.verified())
                .map(c -> c.volumeName() + " (" + c.state() + ")").distinct().toList();
        String summary = needs.isEmpty()
                ? "Complete: " + count(verifiedCopies, "verified copy", "verified copies") + " on "
                        + words(types) + ", " + offSite + " off site."
                : capitalised(String.join("; ", needs)) + "."
                        + (unverified.isEmpty() ? "" : " Not counted: " + String.join(", ", unverified) + ".");
        return new Coverage.FolderCoverage(f.id(), f.label(), f.volumeName(), needs.isEmpty(), verifiedCopies,
                List.copyOf(types), offSite, copies, needs, summary);
    }

    /** How g matches f, or null: by root hash, or by holding all of f's files. */
    static String match(MediaRun f, MediaRun g, Set<String> fFiles, Set<String> gFiles) {
        if (f != null && g != null && f.rootContent() != null && f.rootFormat() != null
                && f.rootFormat().equals(g.rootFormat()) && f.rootContent().equals(g.rootContent())
                && java.util.Objects.equals(f.rootStructure(), g.rootStructure())) {
            return "root hash";
        }
        if (fFiles != null && !fFiles.isEmpty() && gFiles != null && gFiles.containsAll(fFiles)) {
            return "files";
        }
        return null;
    }

    /**
     * What a folder still needs, in words: "needs one more copy off site", "needs two more copies, one of them
     * off site and one on a medium other than disk". Empty when complete.
     */
    static List<String> needs(int copies, Set<MediaType> types, int offSite) {
        int moreCopies = Math.max(0, COPIES - copies);
        int moreTypes = Math.max(0, MEDIA_TYPES - types.size());
        int moreOffSite = Math.max(0, OFF_SITE - offSite);
        int extra = Math.max(moreCopies, Math.max(moreTypes, moreOffSite));
        if (extra == 0) {
            return List.of();
        }
        List<String> qualities = new ArrayList<>();
        if (moreOffSite > 0) {
            qualities.add(extra == 1 ? "off site" : "one of them off site");
        }
        if (moreTypes > 0) {
            String other = types.size() == 1 ? "on a medium other than " + types.iterator().next().word()
                    : "on two media types";
            qualities.add(extra == 1 || types.isEmpty() ? other : "one " + other);
        }
        String head = "needs " + (extra == 1 ? "one more copy" : number(extra) + " more copies");
        if (qualities.isEmpty()) {
            return List.of(head);
        }
        if (extra == 1 && qualities.size() == 1) {
            return List.of(head + " " + qualities.get(0));
        }
        return List.of(head + ", " + String.join(" and ", qualities));
    }

    private static String number(int n) {
        return switch (n) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            default -> Integer.toString(n);
        };
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String words(Set<MediaType> types) {
        List<String> w = types.stream().map(MediaType::word).toList();
        return w.size() <= 1 ? String.join("", w) : String.join(", ", w.subList(0, w.size() - 1)) + " and "
                + w.get(w.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
