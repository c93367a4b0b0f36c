package org.postops.app.kit.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postops.app.access.Viewer;
import org.postops.app.kit.Kit;
import org.postops.app.kit.KitFields;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitStatus;
import org.postops.app.kit.KitType;
import org.postops.app.kit.Room;
import org.postops.app.web.BodyLimit;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kit register as a CSV file, for facilities moving from spreadsheets: exported with a header row, and
 * imported all or nothing. Every row is checked before anything is saved; a row whose asset tag names kit
 * already registered updates it, any other row adds kit. A dry run says what an import would do.
 */
@Service
public class KitCsv {

    /** The columns, in the order the export writes them. */
    public static final List<String> COLUMNS = List.of("kind", "name", "make", "model", "serialNumber", "assetTag",
            "room", "location", "status", "patDue", "licenceSeats", "licenceExpires", "notes", "specs", "software");

    /** The largest file taken: a register of many thousands of items is well under it. */
    public static final int MAX_BYTES = (int) BodyLimit.MAX_CSV_BYTES;
    static final int MAX_ROWS = 20_000;

    /** What an import did, or (dry run) would do, row by row. */
    public record ImportReport(boolean dryRun, int created, int updated, int unchanged, List<ImportRow> rows) {
    }

    /** One row: its line, create / update / unchanged, the kit (null for kit still to be created), what changes. */
    public record ImportRow(int line, String action, Long kitId, String name, String assetTag, List<String> changes) {
    }

    private record Planned(int line, Kit existing, KitFields fields) {
    }

    private final KitService kit;

    KitCsv(KitService kit) {
        this.kit = kit;
    }

    /** The kit the query names as CSV text (header row first), which the import takes back unchanged. */
    @Transactional(readOnly = true)
    public String export(Viewer viewer, KitService.KitQuery query) {
        StringBuilder sb = new StringBuilder(CsvText.row(COLUMNS));
        for (Kit k : kit.all(viewer, query)) {
            sb.append(CsvText.row(List.of(k.kind().name().toLowerCase(Locale.ROOT), k.name(), text(k.make()),
                    text(k.model()), text(k.serialNumber()), text(k.assetTag()), text(k.roomName()), text(k.location()),
                    k.status().name().toLowerCase(Locale.ROOT), text(k.patDue()), text(k.licenceSeats()),
                    text(k.licenceExpires()), text(k.notes()), specs(k.specs()), software(k.software()))));
        }
        return sb.toString();
    }

    /** {@code key=value; key=value}, as the CSV and the kit form write specifications. */
    public static String specs(Map<String, Object> specs) {
        return specs.entrySet().stream().sorted(Map.Entry.comparingByKey()) // the same text whatever the JSON order
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /** {@code name version; name version}, as the CSV and the kit form write installed software. */
    public static String software(List<KitFields.Software> software) {
        return software.stream().map(s -> s.name() + " " + s.version()).collect(Collectors.joining("; "));
    }

    /**
     * Reads {@code specs} written as {@code key=value; ...}: numbers become numbers. Complaints go to
     * {@code errors} under {@code field}.
     */
    public static Map<String, Object> readSpecs(String text, String field, List<Problem.FieldError> errors) {
        Map<String, Object> specs = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return specs;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                errors.add(new Problem.FieldError(field, "write each specification as key=value, separated by ';' ("
                        + part.strip() + ")"));
                continue;
            }
            specs.put(part.substring(0, eq).strip(), number(part.substring(eq + 1).strip()));
        }
        return specs;
    }

    /** Reads {@code software} written as {@code name version; ...} (the version is the last word). */
    public static List<KitFields.Software> readSoftware(String text, String field, List<Problem.FieldError> errors) {
        List<KitFields.Software> list = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return list;
        }
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int space = p.lastIndexOf(' ');
            if (space <= 0) {
                errors.add(new Problem.FieldError(field, "write each application as its name and version, such as "
                        + "'DaVinci Resolve Studio 19.1.3', separated by ';' (" + p + ")"));
                continue;
            }
            list.add(new KitFields.Software(p.substring(0, space).strip(), p.substring(space + 1).strip()));
        }
        return list;
    }

    private static Object number(String value) {
        if (value.matches("-?\\d{1,18}")) {
            long v = Long.parseLong(value);
            return v == (int) v ? (Object) (int) v : (Object) v;
        }
        if (value.matches("-?\\d{1,15}\\.\\d{1,15}")) {
            return Double.valueOf(value);
        }
        return value;
    }

    /** Checks every row, then (unless a dry run) saves them all in one transaction; any complaint saves nothing. */
    @Transactional
    public ImportReport importCsv(Viewer viewer, String text, boolean dryRun) {
        KitService.editor(viewer, "kit");
        if (text == null || text.isBlank()) {
            throw Problem.badField("file", "is empty: its first line names the columns, such as " + String.join(",",
                    COLUMNS));
        }
        List<CsvText.Record> records;
        try {
            records = CsvText.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problem.badField("file", e.getMessage());
        }
        Map<String, Integer> header = header(records.get(0));
        if (records.size() == 1) {
            throw Problem.badField("file", "has no rows after the header");
        }
        if (records.size() > MAX_ROWS + 1) {
            throw Problem.badField("file", "has more than " + MAX_ROWS + " rows; import it in parts");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Optional<Room>> rooms = new HashMap<>();
        for (CsvText.Record r : records.subList(1, records.size())) {
            String at = "line " + r.line();
            if (r.fields().size() != header.size()) {
                errors.add(new Problem.FieldError(at, "has " + r.fields().size() + " fields; the header has "
                        + header.size()));
                continue;
            }
            Row row = new Row(header, r, errors);
            String tag = row.present("assetTag") ? row.text("assetTag") : null;
            Kit existing = tag == null ? null : kit.byAssetTag(viewer, tag).orElse(null);
            KitFields base = existing != null ? existing.fields() : new KitFields(null, null, null, null, null, tag,
                    null, null, null, Map.of(), List.of(), null, null, null, null);
            Long roomId = base.roomId();
            if (row.present("room")) {
                String name = row.text("room");
                if (name == null) {
                    roomId = null;
                } else {
                    Optional<Room> room = rooms.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                            n -> kit.roomNamed(viewer, name));
                    if (room.isEmpty()) {
                        errors.add(new Problem.FieldError(at + ": room", "no room called '" + name + "'"));
                    }
                    roomId = room.map(Room::id).orElse(null);
                }
            }
            KitFields fields = new KitFields(
                    row.choice("kind", KitType.class, base.kind()), row.or("name", base.name()),
                    row.or("make", base.make()), row.or("model", base.model()),
                    row.or("serialNumber", base.serialNumber()), row.or("assetTag", base.assetTag()), roomId,
                    row.or("location", base.location()), row.choice("status", KitStatus.class, base.status()),
                    row.present("specs") ? readSpecs(row.text("specs"), at + ": specs", errors) : base.specs(),
                    row.present("software") ? readSoftware(row.text("software"), at + ": software", errors)
                            : base.software(),
                    row.whole("licenceSeats", base.licenceSeats()), row.date("licenceExpires", base.licenceExpires()),
                    row.date("patDue", base.patDue()), row.or("notes", base.notes())).stripped();
            kit.problems(fields, existing == null ? null : existing.roomId()).forEach(e -> errors.add(
                    new Problem.FieldError(at + ": " + e.field(), e.message())));
            if (fields.assetTag() != null) {
                Integer earlier = tags.putIfAbsent(fields.assetTag(), r.line());
                if (earlier != null) {
                    errors.add(new Problem.FieldError(at + ": assetTag", "is also on line " + earlier));
                }
            }
            planned.add(new Planned(r.line(), existing, fields));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        List<ImportRow> rows = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Planned p : planned) {
            if (p.existing() == null) {
                Long id = dryRun ? null : kit.create(viewer, p.fields()).id();
                rows.add(new ImportRow(p.line(), "create", id, p.fields().name(), p.fields().assetTag(),
                        List.of()));
                created++;
                continue;
            }
            List<String> changes = changes(p.existing().fields(), p.fields());
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updated++;
                if (!dryRun) {
                    kit.update(viewer, p.existing().id(), p.fields(), Optional.of(p.existing().version()));
                }
            }
            rows.add(new ImportRow(p.line(), changes.isEmpty() ? "unchanged" : "update", p.existing().id(),
                    p.fields().name(), p.fields().assetTag(), changes));
        }
        return new ImportReport(dryRun, created, updated, unchanged, rows);
    }

    private static Map<String, Integer> header(CsvText.Record first) {
        Map<String, String> known = COLUMNS.stream().collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT),
                Function.identity()));
        Map<String, Integer> header = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < first.fields().size(); i++) {
            String name = first.fields().get(i).strip();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(new Problem.FieldError("line " + first.line() + ": " + name,
                        "is not a known column; the columns are " + String.join(", ", COLUMNS)));
            } else if (header.putIfAbsent(column, i) != null) {
                errors.add(new Problem.FieldError("line " + first.line() + ": " + name, "is named twice"));
            }
        }
        if (errors.isEmpty() && (!header.containsKey("kind") || !header.containsKey("name"))) {
            errors.add(new Problem.FieldError("line " + first.line(), "the header must name at least the columns "
                    + "kind and name"));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        return header;
    }

    /** One row's cells by column; a column the header leaves out keeps what the kit had. */
    private static final class Row {
        private final Map<String, Integer> header;
        private final CsvText.Record record;
        private final List<Problem.FieldError> errors;

        Row(Map<String, Integer> header, CsvText.Record record, List<Problem.FieldError> errors) {
            this.header = header;
            this.record = record;
            this.errors = errors;
        }

        boolean present(String column) {
            return header.containsKey(column);
        }

        String text(String column) {
            String v = record.fields().get(header.get(column));
            return v == null || v.isBlank() ? null : v.strip();
        }

        String or(String column, String fallback) {
            return present(column) ? text(column) : fallback;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, E fallback) {
            if (!present(column)) {
                return fallback;
            }
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                complain(column, "must be one of: " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
                return fallback;
            }
        }

        Integer whole(String column, Integer fallback) {
            if (!present(column) || text(column) == null) {
                return present(column) ? null : fallback;
            }
            try {
                return Integer.valueOf(text(column));
            } catch (NumberFormatException e) {
                complain(column, "must be a whole number");
                return fallback;
            }
        }

        LocalDate date(String column, LocalDate fallback) {
            if (!present(column) || text(column) == null) {
                return present(column) ? null : fallback;
            }
            try {
                return LocalDate.parse(text(column));
            } catch (DateTimeParseException e) {
                complain(column, "must be a date such as 2026-11-20");
                return fallback;
            }
        }

        private void complain(String column, String message) {
            errors.add(new Problem.FieldError("line " + record.line() + ": " + column, message));
        }
    }

    private static List<String> changes(KitFields a, KitFields b) {
        List<String> changed = new ArrayList<>();
        Map<String, Function<KitFields, Object>> fields = new LinkedHashMap<>();
        fields.put("kind", KitFields::kind);
        fields.put("name", KitFields::name);
        fields.put("make", KitFields::make);
        fields.put("model", KitFields::model);
        fields.put("serialNumber", KitFields::serialNumber);
        fields.put("room", KitFields::roomId);
        fields.put("location", KitFields::location);
        fields.put("status", KitFields::status);
        fields.put("specs", KitFields::specs);
        fields.put("software", KitFields::software);
        fields.put("licenceSeats", KitFields::licenceSeats);
        fields.put("licenceExpires", KitFields::licenceExpires);
        fields.put("patDue", KitFields::patDue);
        fields.put("notes", KitFields::notes);
        fields.forEach((name, get) -> {
            if (!Objects.equals(get.apply(a), get.apply(b))) {
                changed.add(name);
            }
        });
        return changed;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
