package org.postops.media.mhl.manifest;

/** What XML 1.0 text can hold, and how to show a name that contains something else. */
public final class XmlText {

    private XmlText() {
    }

    /** Whether the char at {@code i} (with its surrogate pair) is an XML 1.0 Char. */
    public static boolean isAllowed(String s, int i) {
        char c = s.charAt(i);
        if (c == 0x9 || c == 0xA || c == 0xD) {
            return true;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }

    /** Whether every character of {@code s} can be written to a manifest and read back unchanged. */
    public static boolean isRepresentable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAllowed(s, i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with control and replacement characters shown as \\uXXXX, for messages. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || c == 0xFFFD || !isAllowed(s, i)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
