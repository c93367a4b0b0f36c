package org.postops.app.solution.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A facility's worth of resolved tickets for the benchmark, from a fixed seed: summaries, symptoms, error
 * messages (hex codes, camel-case exception names, paths, vendor error numbers) and fixes drawn from post-production
 * vocabulary, with a long tail of rarer words so posting lists are as uneven as real ones. Also the queries people
 * type: fragments of those error messages, a few symptom words, quoted phrases.
 */
final class SyntheticSolutions {

    private static final String[] APPS = {"Resolve", "Avid", "MediaComposer", "Premiere", "Nuke", "Fusion",
            "ProTools", "Baselight", "Flame", "Silverstack", "Colorfront", "Mistika", "AfterEffects", "Houdini",
            "Maya", "Deadline", "Nucoda", "Scratch", "Clipster", "Aspera"};
    private static final String[] PARTS = {"GPU", "Memory", "Cuda", "Metal", "OpenCL", "Render", "Decode", "Encode",
            "Frame", "Cache", "Buffer", "Licence", "Dongle", "Plugin", "Ofx", "Audio", "Sync", "Timecode", "Lut",
            "Colour", "Storage", "Volume", "Mount", "Network", "Socket", "Driver", "Kernel", "Display", "Sdi",
            "Hdmi", "Deck", "Tape", "Proxy", "Media", "Project", "Database", "Bin", "Timeline", "Export", "Import"};
    private static final String[] FAULTS = {"Full", "Lost", "Timeout", "Failed", "Corrupt", "Missing", "Mismatch",
            "Overflow", "Underrun", "Denied", "Locked", "Stale", "Invalid", "Unavailable", "Crash", "Hang"};
    private static final String[] WORDS = ("render export stops freezes crashes slow stutters drops frames audio "
            + "drift sync out of lip grading suite edit bay dubbing stage machine room monitor black flicker banding "
            + "hdr sdr rec709 rec2020 pq hlg dolby vision atmos stems loudness r128 prores dnxhr h264 hevc xavc braw "
            + "arriraw r3d exr dpx imf dcp cpl opl pkl kdm licence dongle expired seat server unreachable san volume "
            + "mount nfs smb fibre channel switch port vlan latency jitter packet loss driver firmware update macos "
            + "sonoma sequoia windows rocky linux kernel nvidia amd gpu cuda metal opencl vram memory full cache "
            + "database project bin timeline conform relink offline media proxy transcode watch folder render node "
            + "queue job stuck deadline farm plugin ofx lut colour space transform aces ocio scopes waveform vectorscope "
            + "control surface panel tangent deck tape vtr sdi hdmi decklink ultrastudio aja kona io card thunderbolt "
            + "pcie slot fan temperature overheating power supply ups pdu raid rebuild disk smart warning").split(" ");
    private static final String[] FIXES = ("reinstalled updated rolled back driver firmware restarted service "
            + "daemon cleared cache rebuilt database relinked media replaced cable sfp module reseated card moved "
            + "slot lowered resolution optimised media split render two halves increased swap freed vram closed "
            + "apps renewed licence reset dongle remounted volume fixed permissions changed mtu jumbo frames "
            + "disabled power saving enabled above 4g decoding set colour management corrected lut re-wrapped "
            + "imf regenerated cpl rebooted node requeued job pinned version desktop video 12.9 studio driver").split(" ");

    private SyntheticSolutions() {
    }

    static List<KnowledgeIndex.Entry> entries(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<KnowledgeIndex.Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String app = pick(random, APPS);
            String error = error(random, app);
            String summary = app + " " + words(random, 6);
            String symptoms = words(random, 25 + random.nextInt(20)) + " " + rare(random);
            String fix = words(random, FIXES, 15 + random.nextInt(20));
            entries.add(new KnowledgeIndex.Entry(1_000_000L + i, false, random.nextInt(10) == 0 ? 0 : 5_000 + i % 200,
                    random.nextInt(12), (float) random.nextDouble(), List.of(
                    new KnowledgeIndex.Field(summary, 3, true), new KnowledgeIndex.Field(symptoms, 1, false),
                    new KnowledgeIndex.Field(error, 2, true), new KnowledgeIndex.Field(fix, 1, false))));
        }
        return entries;
    }

    /** Queries as people type them, from the same vocabulary (so they hit), a third of them error fragments. */
    static List<String> queries(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            switch (i % 6) {
                case 0 -> queries.add(String.format(Locale.ROOT, "0x%08X in %sFX", 0xC0000000L
                        + random.nextInt(1 << 16), pick(random, APPS)));
                case 1 -> queries.add(pick(random, PARTS) + pick(random, PARTS)
                        + pick(random, FAULTS).substring(0, 3));
                case 2 -> queries.add("\"Failed to initialize " + pick(random, PARTS) + "\"");
                case 3 -> queries.add(words(random, 3));
                case 4 -> queries.add(pick(random, APPS) + " " + words(random, 5));
                default -> queries.add(error(random, pick(random, APPS)));
            }
        }
        return queries;
    }

    private static String error(SplittableRandom random, String app) {
        String exception = pick(random, PARTS) + pick(random, PARTS) + pick(random, FAULTS) + "Exception";
        return switch (random.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "Exception 0x%08X in %sFX.dll at 0x%012X: %s", 0xC0000000L
                    + random.nextInt(1 << 16), app, random.nextLong(1L << 44), exception);
            case 1 -> exception + ": " + words(random, 6) + " (error " + random.nextInt(1000) + ")";
            case 2 -> "Failed to initialize " + pick(random, PARTS) + ": " + app + " error -" + random.nextInt(100_000)
                    + " at /Volumes/" + pick(random, PARTS) + random.nextInt(50) + "/" + words(random, 2).replace(' ', '_');
            default -> app + " " + exception + " " + words(random, 10);
        };
    }

    /** A word from a long tail (part numbers, host names): most appear in a handful of tickets. */
    private static String rare(SplittableRandom random) {
        return "host" + random.nextInt(5_000) + " part" + Integer.toString(random.nextInt(50_000), 36);
    }

    private static String words(SplittableRandom random, int n) {
        return words(random, WORDS, n);
    }

    private static String words(SplittableRandom random, String[] from, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // skewed: low indexes far more often, as words in real tickets are
            int index = (int) (from.length * Math.pow(random.nextDouble(), 2));
            b.append(i == 0 ? "" : " ").append(from[index]);
        }
        return b.toString();
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
