package org.postops.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Small media files made by the bundled ffmpeg for tests. */
public final class TestMedia {

    public static final Ffmpeg FFMPEG = Ffmpeg.locate();

    private TestMedia() {
    }

    /** Runs ffmpeg with these arguments (after -y -hide_banner -loglevel error) and returns {@code out}. */
    public static Path ffmpeg(Path out, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-y", "-hide_banner", "-loglevel", "error", "-nostdin"));
        all.addAll(List.of(args));
        all.add(out.toString());
        Processes.Result r = Processes.run(FFMPEG.process(FFMPEG.ffmpeg(), all), Duration.ofMinutes(5));
        if (r.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg " + all + " failed: " + r.err());
        }
        return out;
    }

    /** Arguments adding {@code n} mono sine inputs (after any earlier inputs). */
    public static List<String> sines(int n, double seconds) {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            a.addAll(List.of("-f", "lavfi", "-t", Double.toString(seconds), "-i",
                    "sine=frequency=" + (440 + 110 * i) + ":sample_rate=48000"));
        }
        return a;
    }

    /**
     * Adds SMPTE ST 2086 mastering display ('mdcv') and CTA-861.3 light level ('clli') boxes to the first sample
     * description of a QuickTime/MP4 file whose 'moov' follows its 'mdat' (ffmpeg's default), as Apple's ProRes
     * HDR files carry them. Primaries in the box are in G, B, R order, in units of 0.00002; luminance in 0.0001 cd/m².
     */
    public static void addHdrBoxes(Path mov, double[] gbrWhiteXy, double maxLum, double minLum, int maxCll,
            int maxFall) throws IOException {
        byte[] data = Files.readAllBytes(mov);
        ByteBuffer payload = ByteBuffer.allocate(8 + 24 + 12);
        payload.putInt(32).put("mdcv".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (double v : gbrWhiteXy) {
            payload.putShort((short) Math.round(v / 0.00002));
        }
        payload.putInt((int) Math.round(maxLum * 10000)).putInt((int) Math.round(minLum * 10000));
        payload.putInt(12).put("clli".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        payload.putShort((short) maxCll).putShort((short) maxFall);
        byte[] insert = payload.array();

        List<Integer> path = new ArrayList<>();
        int at = find(data, 0, data.length, "moov", path);
        for (String name : new String[] {"trak", "mdia", "minf", "stbl", "stsd"}) {
            int size = ByteBuffer.wrap(data, at, 4).getInt();
            at = find(data, at + 8, at + size, name, path);
        }
        int entry = at + 16;
        path.add(entry);
        int entryEnd = entry + ByteBuffer.wrap(data, entry, 4).getInt();
        byte[] out = new byte[data.length + insert.length];
        System.arraycopy(data, 0, out, 0, entryEnd);
        System.arraycopy(insert, 0, out, entryEnd, insert.length);
        System.arraycopy(data, entryEnd, out, entryEnd + insert.length, data.length - entryEnd);
        ByteBuffer b = ByteBuffer.wrap(out);
        for (int box : path) {
            b.putInt(box, b.getInt(box) + insert.length);
        }
        Files.write(mov, out);
    }

    private static int find(byte[] data, int from, int to, String name, List<Integer> path) {
        int i = from;
        while (i + 8 <= to) {
            int size = ByteBuffer.wrap(data, i, 4).getInt();
            String type = new String(data, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals(name)) {
                path.add(i);
                return i;
            }
            if (size < 8) {
                break;
            }
            i += size;
        }
        throw new IllegalStateException("no '" + name + "' box");
    }
}
