package org.postops.app.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.postops.app.production.Deliverable;
import org.postops.app.production.ProductionFields;
import org.postops.app.production.Spec;

/** What a production change does to its dates, picture, sound, mastering and deliverables, field by field. */
final class SpecDiff {

    private SpecDiff() {
    }

    static List<Impact.SpecChange> between(ProductionFields before, ProductionFields after) {
        List<Impact.SpecChange> changes = new ArrayList<>();
        add(changes, "picture lock date", before.pictureLockDate(), after.pictureLockDate());
        add(changes, "delivery date", before.deliveryDate(), after.deliveryDate());
        Spec a = before.spec() == null ? Spec.empty() : before.spec();
        Spec b = after.spec() == null ? Spec.empty() : after.spec();
        add(changes, "frame size", size(a), size(b));
        add(changes, "frame rate", a.frameRate(), b.frameRate());
        add(changes, "scan", a.scan(), b.scan());
        add(changes, "aspect ratio", a.aspectRatio(), b.aspectRatio());
        add(changes, "colour pipeline", a.colourPipeline(), b.colourPipeline());
        add(changes, "audio layout", a.audioLayout(), b.audioLayout());
        add(changes, "mastering format", a.masteringFormat(), b.masteringFormat());
        Map<String, Deliverable> was = byName(a.deliverables());
        Map<String, Deliverable> now = byName(b.deliverables());
        was.forEach((name, d) -> {
            Deliverable n = now.get(name);
            if (n == null) {
                add(changes, "deliverable '" + name + "'", describe(d), null);
            } else {
                add(changes, "deliverable '" + name + "'", describe(d), describe(n));
            }
        });
        now.forEach((name, d) -> {
            if (!was.containsKey(name)) {
                add(changes, "deliverable '" + name + "'", null, describe(d));
            }
        });
        return changes;
    }

    private static void add(List<Impact.SpecChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Impact.SpecChange(field, text(before), text(after)));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum ? ((Enum<?>) value).name().toLowerCase(java.util.Locale.ROOT) : value.toString();
    }

    private static String size(Spec s) {
        return s.frameWidth() == null || s.frameHeight() == null ? null : s.frameWidth() + "×" + s.frameHeight();
    }

    private static Map<String, Deliverable> byName(List<Deliverable> deliverables) {
        Map<String, Deliverable> byName = new LinkedHashMap<>();
        deliverables.forEach(d -> byName.put(d.name(), d));
        return byName;
    }

    private static String describe(Deliverable d) {
        return (d.format() == null ? "" : d.format())
                + (d.deliveryProfileId() == null ? "" : " [profile " + d.deliveryProfileId() + "]");
    }
}
