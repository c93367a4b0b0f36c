package org.postops.media.qc;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.MediaInfo;
import org.postops.media.qc.Measurements.LoudnessPoint;

/**
 * A QC report a client accepts, as one self-contained HTML page: the verdict first, the file's metadata, every rule
 * with its source, the events on a timeline with timecodes, the short-term loudness over the programme and a
 * thumbnail at each picture fault. No script; prints on A4.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The page, with thumbnails (JPEG, inlined) made by ffmpeg for up to twelve picture events. */
    public static String of(QcReport r, Ffmpeg ffmpeg) {
        List<String> thumbs = new ArrayList<>();
        int n = 0;
        for (QcReport.Event e : r.events()) {
            boolean picture = !e.type().equals("silence") && !e.type().equals("clipping");
            thumbs.add(picture && n++ < 12 ? thumbnail(ffmpeg, Path.of(r.file()), e.startSeconds()) : null);
        }
        return of(r, thumbs);
    }

    static String thumbnail(Ffmpeg ffmpeg, Path file, BigDecimal seconds) {
        Path jpeg = null;
        try {
            jpeg = java.nio.file.Files.createTempFile("postops-thumb", ".jpg");
            var res = org.postops.media.probe.Processes.run(ffmpeg.process(ffmpeg.ffmpeg(), List.of("-hide_banner",
                    "-nostdin", "-loglevel", "error", "-y", "-ss", seconds.toPlainString(), "-i", "file:"
                            + file.toAbsolutePath(), "-frames:v", "1", "-vf", "scale=240:-2", "-q:v", "5",
                    "-update", "1", jpeg.toString())), Duration.ofSeconds(30));
            byte[] bytes = java.nio.file.Files.readAllBytes(jpeg);
            return res.exitCode() != 0 || bytes.length == 0 ? null : Base64.getEncoder().encodeToString(bytes);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        } finally {
            if (jpeg != null) {
                try {
                    java.nio.file.Files.deleteIfExists(jpeg);
                } catch (IOException ignored) {
                    // a temporary thumbnail left behind is harmless
                }
            }
        }
    }

    static String of(QcReport r, List<String> thumbnails) {
        StringBuilder b = new StringBuilder(16_000);
        boolean pass = r.passed();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>QC ")
                .append(esc(r.verdict().toUpperCase(Locale.ROOT))).append(" — ").append(esc(name(r.file())))
                .append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
        b.append("<header class=\"").append(pass ? "pass" : "fail").append("\"><h1>")
                .append(pass ? "PASS" : "FAIL").append("</h1><p><strong>").append(esc(name(r.file())))
                .append("</strong> against <strong>").append(esc(r.profileName())).append("</strong> (")
                .append(esc(r.profile())).append(")</p><p>")
                .append(count(r, "fail", "error")).append(" error").append(count(r, "fail", "error") == 1 ? "" : "s")
                .append(", ").append(count(r, "fail", "warning")).append(" warning")
                .append(count(r, "fail", "warning") == 1 ? "" : "s").append(", ").append(r.events().size())
                .append(" event").append(r.events().size() == 1 ? "" : "s").append("</p></header>\n");

        r.loudness().ifPresent(l -> b.append("<section><h2>Loudness</h2><table class=\"figures\"><tr><th>Integrated")
                .append("</th><td>").append(l.integratedLufs()).append(" LUFS</td><th>Loudness range</th><td>")
                .append(l.lraLu()).append(" LU</td><th>True peak</th><td>").append(l.truePeakDbtp())
                .append(" dBTP</td></tr></table><p class=\"small\">ITU-R BS.1770-4 / EBU R 128 on the programme mix: ")
                .append(esc(l.programme())).append(".</p>").append(curve(r.shortTerm())).append("</section>\n"));

        b.append("<section><h2>Rules</h2><table><thead><tr><th>Rule</th><th>Outcome</th><th>Severity</th>")
                .append("<th>Expected</th><th>Actual</th><th>Source</th></tr></thead><tbody>\n");
        for (QcReport.RuleOutcome o : r.rules()) {
            b.append("<tr class=\"").append(o.outcome()).append("\"><td>").append(esc(o.id())).append("<br><span class=")
                    .append("\"small\">").append(esc(o.check())).append("</span></td><td>")
                    .append(esc(o.outcome().replace('_', ' '))).append("</td><td>").append(esc(o.severity()))
                    .append("</td><td>").append(esc(o.expected())).append("</td><td>").append(esc(o.actual()))
                    .append("</td><td class=\"small\">").append(esc(o.source()))
                    .append(o.unconfirmed() ? " <em>(number unconfirmed)</em>" : "")
                    .append(o.note().map(n -> "<br>" + esc(n)).orElse("")).append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");

        b.append("<section><h2>Events</h2>");
        if (r.events().isEmpty()) {
            b.append("<p>None.</p>");
        } else {
            b.append(timeline(r)).append("<table><thead><tr><th>Type</th><th>Start</th><th>End</th><th>Duration</th>")
                    .append("<th>Detail</th><th>Picture</th></tr></thead><tbody>\n");
            for (int i = 0; i < r.events().size(); i++) {
                QcReport.Event e = r.events().get(i);
                String thumb = i < thumbnails.size() ? thumbnails.get(i) : null;
                b.append("<tr><td>").append(esc(e.type())).append("</td><td class=\"tc\">").append(esc(e.start()))
                        .append("</td><td class=\"tc\">").append(esc(e.end())).append("</td><td>")
                        .append(e.durationSeconds().setScale(2, java.math.RoundingMode.HALF_EVEN)).append(" s")
                        .append(e.frames().map(f -> " (" + f + " frames)").orElse("")).append("</td><td>")
                        .append(esc(e.detail())).append("</td><td>")
                        .append(thumb == null ? "" : "<img alt=\"frame at " + esc(e.start()) + "\" src=\"data:image/"
                                + "jpeg;base64," + thumb + "\">").append("</td></tr>\n");
            }
            b.append("</tbody></table><p class=\"small\">")
                    .append(r.timecodeRate().map(t -> "Timecode at " + t + " fps; an event's end is the first frame"
                            + " after it.").orElse("Times in seconds (the picture has no timecode rate)."))
                    .append("</p>");
        }
        b.append("</section>\n");

        b.append("<section><h2>File</h2><table class=\"meta\">");
        for (Map.Entry<String, String> row : metadata(r.metadata())) {
            b.append("<tr><th>").append(esc(row.getKey())).append("</th><td>").append(esc(row.getValue()))
                    .append("</td></tr>");
        }
        b.append("</table></section>\n<footer class=\"small\">PostOps QC, ").append(esc(r.ffmpeg())).append(", ")
                .append(r.analysisSeconds()).append(" s.</footer></body></html>\n");
        return b.toString();
    }

    private static long count(QcReport r, String outcome, String severity) {
        return r.rules().stream().filter(o -> o.outcome().equals(outcome) && o.severity().equals(severity)).count();
    }

    private static List<Map.Entry<String, String>> metadata(MediaInfo m) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry("File", m.file() + " (" + m.sizeBytes() + " bytes)"));
        rows.add(Map.entry("Container", m.container().name()));
        m.durationSeconds().ifPresent(d -> rows.add(Map.entry("Duration", d.toPlainString() + " s")));
        m.startTimecode().ifPresent(t -> rows.add(Map.entry("Start timecode", t)));
        for (MediaInfo.VideoTrack v : m.video()) {
            rows.add(Map.entry("Video #" + v.index(), v.codec() + v.profile().map(p -> " " + p).orElse("") + ", "
                    + v.width() + "×" + v.height() + v.frameRate().map(f -> ", " + f + " fps").orElse("") + ", "
                    + v.scan() + v.fieldOrder().map(o -> " (" + o + ")").orElse("") + ", "
                    + v.pixelFormat().orElse("?") + v.bitDepth().map(d -> ", " + d + "-bit").orElse("")
                    + v.chromaSubsampling().map(c -> " " + c).orElse("") + ", colour "
                    + v.colour().primaries().orElse("?") + "/" + v.colour().transfer().orElse("?") + "/"
                    + v.colour().matrix().orElse("?")));
        }
        for (MediaInfo.AudioTrack a : m.audio()) {
            rows.add(Map.entry("Audio #" + a.index(), a.codec() + ", " + a.channels() + " ch"
                    + a.layout().map(l -> " (" + l + ")").orElse("") + ", " + a.sampleRate() + " Hz"
                    + a.bitDepth().map(d -> ", " + d + "-bit").orElse("")));
        }
        return rows;
    }

    /** Short-term loudness once a second as an SVG polyline, -60 to 0 LUFS. */
    private static String curve(List<LoudnessPoint> points) {
        if (points.size() < 2) {
            return "";
        }
        double w = 700;
        double h = 160;
        double last = points.get(points.size() - 1).seconds().doubleValue();
        StringBuilder line = new StringBuilder();
        for (LoudnessPoint p : points) {
            double x = 40 + (w - 50) * p.seconds().doubleValue() / Math.max(1, last);
            double lufs = Math.max(-60, Math.min(0, p.shortTermLufs().doubleValue()));
            double y = 10 + (h - 30) * (-lufs / 60.0);
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        StringBuilder b = new StringBuilder("<figure><svg viewBox=\"0 0 700 160\" role=\"img\" aria-label=\"Short-term"
                + " loudness\">");
        for (int lufs = 0; lufs >= -60; lufs -= 10) {
            double y = 10 + (h - 30) * (-lufs / 60.0);
            b.append(String.format(Locale.ROOT, "<line x1=\"40\" x2=\"690\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                    + "<text x=\"2\" y=\"%.1f\">%d</text>", y, y, y + 4, lufs));
        }
        b.append("<polyline class=\"st\" points=\"").append(line.toString().strip()).append("\"/></svg>")
                .append("<figcaption class=\"small\">Short-term loudness (3 s window), LUFS, over ")
                .append(Math.round(last)).append(" s.</figcaption></figure>");
        return b.toString();
    }

    /** The events as bars on one line per type across the programme. */
    private static String timeline(QcReport r) {
        double total = r.metadata().durationSeconds().map(BigDecimal::doubleValue).orElse(1.0);
        List<String> types = r.events().stream().map(QcReport.Event::type).distinct().toList();
        StringBuilder b = new StringBuilder("<svg class=\"timeline\" viewBox=\"0 0 700 " + (types.size() * 22 + 6)
                + "\" role=\"img\" aria-label=\"Events on the timeline\">");
        for (int i = 0; i < types.size(); i++) {
            double y = 4 + i * 22;
            b.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\">%s</text><line x1=\"110\" x2=\"690\" "
                    + "y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", y + 13, esc(types.get(i)), y + 9, y + 9));
            for (QcReport.Event e : r.events()) {
                if (e.type().equals(types.get(i))) {
                    double x = 110 + 580 * e.startSeconds().doubleValue() / total;
                    double width = Math.max(2, 580 * e.durationSeconds().doubleValue() / total);
                    b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\" "
                            + "class=\"ev\"><title>%s %s–%s</title></rect>", x, y + 2, width, esc(e.type()),
                            esc(e.start()), esc(e.end())));
                }
            }
        }
        return b.append("</svg>").toString();
    }

    private static String name(String file) {
        return Path.of(file).getFileName().toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#111}
            header{padding:1em 1.5em;border-radius:6px;margin-bottom:1.5em}
            header h1{margin:0;font-size:2.4em;letter-spacing:.05em}
            header.pass{background:#e3f4e3;border:2px solid #2e7d32}header.fail{background:#fde7e7;border:2px solid #c62828}
            h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .5em;vertical-align:top;
            border-bottom:1px solid #e5e5e5}thead th{background:#f4f4f4}
            tr.fail td:nth-child(2){color:#c62828;font-weight:bold}tr.pass td:nth-child(2){color:#2e7d32}
            tr.not_checked td:nth-child(2){color:#777}
            .small{font-size:.85em;color:#555}.tc{font-family:ui-monospace,monospace;white-space:nowrap}
            svg{width:100%;height:auto}svg text{font-size:10px;fill:#555}.grid{stroke:#ddd;stroke-width:1}
            .st{fill:none;stroke:#1565c0;stroke-width:1.5}.ev{fill:#c62828}
            img{width:160px;border:1px solid #ccc}
            @media print{body{margin:0;max-width:none;font-size:11px}section{break-inside:avoid}
            header{-webkit-print-color-adjust:exact;print-color-adjust:exact}@page{size:A4;margin:15mm}}
            """;
}
