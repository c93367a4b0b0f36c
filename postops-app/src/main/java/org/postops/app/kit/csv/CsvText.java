package org.postops.app.kit.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (LF alone is read too), a field
 * quoted when it holds a comma, quote or line break, quotes inside doubled. Each record keeps the line it
 * starts on, so a complaint can name it.
 */
final class CsvText {

    /** One record: the line it starts on (from 1) and its fields. */
    record Record(int line, List<String> fields) {
    }

    private CsvText() {
    }

    /** The records; refuses a quote left open or text after a closing quote, naming the line. */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0; // a byte-order mark, as spreadsheets write
        boolean quoted = false;
        boolean afterQuote = false;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Record(start, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                any = false;
                line++;
                start = line;
            } else if (afterQuote) {
                throw new IllegalArgumentException("line " + line + ": text after a closing quote");
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + start + ": a quoted field is never closed");
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(start, List.copyOf(fields)));
        }
        return records;
    }

    static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }
}
