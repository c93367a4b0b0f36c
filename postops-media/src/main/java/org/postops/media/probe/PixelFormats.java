package org.postops.media.probe;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bit depth and chroma subsampling read from FFmpeg's pixel format names (yuv422p10le, p010le, gbrp12le, …). */
final class PixelFormats {

    private static final Pattern YUV = Pattern.compile("yuva?j?(420|422|444|440|411|410)p(\\d+)?(le|be)?");
    private static final Pattern SEMI_PLANAR = Pattern.compile("p(0|2|4)(1[0-6]|0[89])(le|be)?");
    private static final Pattern RGB_PLANAR = Pattern.compile("gbra?p(\\d+)?(le|be|f32le|f32be)?");
    private static final Pattern GRAY = Pattern.compile("gray(a|f32)?(\\d+)?(le|be)?");

    private PixelFormats() {
    }

    record Sampling(int bitDepth, String chroma) {
    }

    static Optional<Sampling> of(String pixelFormat) {
        String f = pixelFormat.toLowerCase(java.util.Locale.ROOT);
        Matcher m = YUV.matcher(f);
        if (m.matches()) {
            String s = m.group(1);
            return sampling(m.group(2), s.charAt(0) + ":" + s.charAt(1) + ":" + s.charAt(2));
        }
        m = SEMI_PLANAR.matcher(f);
        if (m.matches()) {
            String chroma = switch (m.group(1)) {
                case "0" -> "4:2:0";
                case "2" -> "4:2:2";
                default -> "4:4:4";
            };
            return Optional.of(new Sampling(Integer.parseInt(m.group(2)), chroma));
        }
        m = RGB_PLANAR.matcher(f);
        if (m.matches()) {
            return sampling(m.group(1), "4:4:4");
        }
        m = GRAY.matcher(f);
        if (m.matches()) {
            return sampling(m.group(2), "4:0:0");
        }
        return switch (f) {
            case "nv12", "nv21" -> Optional.of(new Sampling(8, "4:2:0"));
            case "nv16", "uyvy422", "yuyv422", "yvyu422" -> Optional.of(new Sampling(8, "4:2:2"));
            case "nv24", "nv42", "rgb24", "bgr24", "rgba", "bgra", "argb", "abgr", "0rgb", "rgb0", "0bgr", "bgr0" ->
                Optional.of(new Sampling(8, "4:4:4"));
            case "y210le", "y210be", "v210" -> Optional.of(new Sampling(10, "4:2:2"));
            case "y212le", "y212be" -> Optional.of(new Sampling(12, "4:2:2"));
            case "x2rgb10le", "x2bgr10le", "v30xle", "xv30le" -> Optional.of(new Sampling(10, "4:4:4"));
            case "rgb48le", "rgb48be", "bgr48le", "bgr48be", "rgba64le", "rgba64be", "bgra64le", "bgra64be" ->
                Optional.of(new Sampling(16, "4:4:4"));
            case "xyz12le", "xyz12be" -> Optional.of(new Sampling(12, "4:4:4"));
            default -> Optional.empty();
        };
    }

    private static Optional<Sampling> sampling(String digits, String chroma) {
        return Optional.of(new Sampling(digits == null ? 8 : Integer.parseInt(digits), chroma));
    }
}
