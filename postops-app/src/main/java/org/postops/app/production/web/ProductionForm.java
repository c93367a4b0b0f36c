package org.postops.app.production.web;

import java.util.ArrayList;
import java.util.List;
import org.postops.app.access.Confidentiality;
import org.postops.app.production.Brief;
import org.postops.app.production.Criterion;
import org.postops.app.production.Deliverable;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionFields;
import org.postops.app.production.ProductionStatus;
import org.postops.app.production.ProductionType;
import org.postops.app.production.Scan;
import org.postops.app.production.Spec;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;

/**
 * The production form as typed: every field is text so that a wrong entry is shown next to its field.
 * Acceptance criteria are one per line (a line that matches an existing criterion keeps it, ticked or
 * not); deliverables are rows of name, format and delivery profile.
 */
public record ProductionForm(String name, String codename, String client, String type, String status,
        String confidentiality, String currency, String startDate, String pictureLockDate, String deliveryDate,
        String synopsis, String objectives, String audience, String budgetCap, String criteria, String frameWidth,
        String frameHeight, String frameRate, String scan, String aspectRatio, String colourPipeline,
        String audioLayout, String masteringFormat, List<String> deliverableId, List<String> deliverableName,
        List<String> deliverableFormat, List<String> deliverableProfile, String copyFrom, String version) {

    /** One deliverable row as the form shows it. */
    public record Row(String id, String name, String format, String profile) {
    }

    public ProductionForm {
        deliverableId = deliverableId == null ? List.of() : deliverableId;
        deliverableName = deliverableName == null ? List.of() : deliverableName;
        deliverableFormat = deliverableFormat == null ? List.of() : deliverableFormat;
        deliverableProfile = deliverableProfile == null ? List.of() : deliverableProfile;
    }

    /** A blank form for a new production: standard confidentiality, pounds. */
    public static ProductionForm blank() {
        return new ProductionForm(null, null, null, ProductionType.OTHER.name(), ProductionStatus.PLANNING.name(),
                Confidentiality.STANDARD.name(), "GBP", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The form filled with a production as it is now. */
    public static ProductionForm of(Production p, Formats formats) {
        Brief b = p.brief();
        Spec s = p.spec();
        return new ProductionForm(p.name(), p.codename(), p.client(), p.type().name(), p.status().name(),
                p.confidentiality().name(), p.currency(), str(p.startDate()), str(p.pictureLockDate()),
                str(p.deliveryDate()), b.synopsis(), b.objectives(), b.audience(),
                formats.amountInput(b.budgetCapMinor(), p.currency()),
                String.join("\n", b.acceptanceCriteria().stream().map(Criterion::description).toList()),
                str(s.frameWidth()), str(s.frameHeight()), s.frameRate(), s.scan() == null ? null : s.scan().name(),
                s.aspectRatio(), s.colourPipeline(), s.audioLayout(), s.masteringFormat(),
                s.deliverables().stream().map(d -> str(d.id())).toList(),
                s.deliverables().stream().map(Deliverable::name).toList(),
                s.deliverables().stream().map(Deliverable::format).toList(),
                s.deliverables().stream().map(Deliverable::deliveryProfileId).toList(), null,
                String.valueOf(p.version()));
    }

    /** The deliverable rows to show: those entered, and two empty ones to add more. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < deliverableName.size(); i++) {
            Row row = new Row(at(deliverableId, i), at(deliverableName, i), at(deliverableFormat, i),
                    at(deliverableProfile, i));
            if (Inputs.text(row.name()) != null || Inputs.text(row.format()) != null
                    || Inputs.text(row.profile()) != null) {
                rows.add(row);
            }
        }
        rows.add(new Row(null, null, null, null));
        rows.add(new Row(null, null, null, null));
        return rows;
    }

    /** The fields for a new production: key facts only; brief and spec start empty or copied. */
    ProductionFields forCreate(Inputs in) {
        return new ProductionFields(Inputs.text(name), Inputs.text(codename), Inputs.text(client),
                in.choice("type", ProductionType.class, type), ProductionStatus.PLANNING,
                in.choice("confidentiality", Confidentiality.class, confidentiality), in.date("startDate", startDate),
                in.date("pictureLockDate", pictureLockDate), in.date("deliveryDate", deliveryDate),
                currencyCode(), null, null);
    }

    /** Every field, replacing the production's; criteria and deliverables keep their ids where they match. */
    ProductionFields forUpdate(Inputs in, Production current) {
        String currencyCode = currencyCode();
        Brief brief = new Brief(Inputs.text(synopsis), Inputs.text(objectives), Inputs.text(audience),
                in.money("brief.budgetCapMinor", budgetCap, currencyCode), criteria(current.brief()));
        Spec spec = new Spec(in.whole("spec.frameWidth", frameWidth), in.whole("spec.frameHeight", frameHeight),
                Inputs.text(frameRate), in.choice("spec.scan", Scan.class, scan), Inputs.text(aspectRatio),
                Inputs.text(colourPipeline), Inputs.text(audioLayout), Inputs.text(masteringFormat),
                deliverables(in));
        return new ProductionFields(Inputs.text(name), Inputs.text(codename), Inputs.text(client),
                in.choice("type", ProductionType.class, type), in.choice("status", ProductionStatus.class, status),
                in.choice("confidentiality", Confidentiality.class, confidentiality), in.date("startDate", startDate),
                in.date("pictureLockDate", pictureLockDate), in.date("deliveryDate", deliveryDate), currencyCode,
                brief, spec);
    }

    private String currencyCode() {
        String c = Inputs.text(currency);
        return c == null ? null : c.toUpperCase(java.util.Locale.ROOT);
    }

    private List<Criterion> criteria(Brief current) {
        List<Criterion> unused = new ArrayList<>(current.acceptanceCriteria());
        List<Criterion> result = new ArrayList<>();
        for (String line : criteria == null ? new String[0] : criteria.split("\\R")) {
            String text = Inputs.text(line);
            if (text == null) {
                continue;
            }
            Criterion same = unused.stream().filter(c -> c.description().equals(text)).findFirst().orElse(null);
            if (same != null) {
                unused.remove(same);
                result.add(same);
            } else {
                result.add(new Criterion(null, text, false));
            }
        }
        return result;
    }

    private List<Deliverable> deliverables(Inputs in) {
        List<Deliverable> result = new ArrayList<>();
        for (int i = 0; i < deliverableName.size(); i++) {
            String n = Inputs.text(at(deliverableName, i));
            String f = Inputs.text(at(deliverableFormat, i));
            String p = Inputs.text(at(deliverableProfile, i));
            if (n == null && f == null && p == null) {
                continue;
            }
            if (n == null) {
                in.add("spec.deliverables[" + result.size() + "].name", "must not be blank: name the deliverable");
            }
            result.add(new Deliverable(in.id("spec.deliverables", at(deliverableId, i)), n == null ? "" : n, f, p));
        }
        return result;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
