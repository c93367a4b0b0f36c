package org.postops.app.config.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Viewer;
import org.postops.app.config.ConfigService;
import org.postops.app.config.KitSnapshot;
import org.postops.app.config.QualifiedConfiguration;
import org.postops.app.config.QualifiedConfigurationFields;
import org.postops.app.config.RuleFields;
import org.postops.app.config.SnapshotSource;
import org.postops.app.kit.KitType;
import org.postops.app.production.ProductionService;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Configuration pages: a kit's snapshot history, the diff of any two and its compliance, with a form to enter a
 * snapshot; a production's qualified configurations and its booked kit's compliance; the facility's own.
 */
@PageController
class ConfigPages {

    private static final Pattern GPU = Pattern.compile("gpu\\[(\\d{1,2})]\\.(model|driver)");
    private static final Pattern APP = Pattern.compile("apps\\.([^.]+)\\.version");
    private static final Pattern PLUGIN = Pattern.compile("apps\\.([^.]+)\\.plugins\\.(.+)");
    private static final Pattern CARD = Pattern.compile("io\\.(.+)\\.firmware");

    private final ConfigService configs;
    private final ProductionService productions;
    private final JsonMapper json;

    ConfigPages(ConfigService configs, ProductionService productions, JsonMapper json) {
        this.configs = configs;
        this.productions = productions;
        this.json = json;
    }

    @GetMapping("/kit/{id}/configuration")
    String kit(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("kitId", id);
        model.addAttribute("kitName", configs.kitName(viewer, id));
        var history = configs.history(viewer, id, Paging.of(page, 25));
        model.addAttribute("history", history);
        model.addAttribute("compliance", configs.kitCompliance(viewer, id));
        if (from != null && to != null) {
            model.addAttribute("diff", configs.diff(viewer, id, from, to));
        } else if (!history.items().isEmpty()) {
            long latest = history.items().get(0).id();
            model.addAttribute("latest", configs.snapshot(viewer, id, latest));
        }
        return "config/kit";
    }

    @PostMapping("/kit/{id}/configuration")
    String submit(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String text,
            RedirectAttributes flash) {
        try {
            KitSnapshot s = configs.submit(viewer, id, body(text), SnapshotSource.UI);
            flash.addFlashAttribute("notice", "Snapshot stored: " + s.values().size() + " keys.");
        } catch (Problem p) {
            flash.addFlashAttribute("refused", Map.of("message", p.getMessage()));
            flash.addFlashAttribute("text", text);
        }
        return "redirect:/kit/" + id + "/configuration";
    }

    /** JSON as the API takes it, or "key = value" lines with the snapshot's own keys (os.version = 9.3). */
    private byte[] body(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw Problem.badField("text", "enter the snapshot: JSON, or one key = value per line");
        }
        if (t.startsWith("{")) {
            return t.getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode root = json.createObjectNode();
        root.put("source", "ui");
        ObjectNode os = json.createObjectNode();
        Map<Integer, ObjectNode> gpus = new java.util.TreeMap<>();
        Map<String, ObjectNode> apps = new LinkedHashMap<>();
        ArrayNode cards = json.createArrayNode();
        ArrayNode mounts = json.createArrayNode();
        ObjectNode values = json.createObjectNode();
        int n = 0;
        for (String line : t.lines().toList()) {
            n++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw Problem.badField("text", "line " + n + " is not key = value: " + line.strip());
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            Matcher m;
            if (key.equals("os.name") || key.equals("os.version")) {
                os.put(key.substring(3), value);
            } else if (key.equals("kernel")) {
                os.put("kernel", value);
            } else if ((m = GPU.matcher(key)).matches()) {
                gpus.computeIfAbsent(Integer.parseInt(m.group(1)), i -> json.createObjectNode()).put(m.group(2), value);
            } else if ((m = APP.matcher(key)).matches()) {
                app(apps, m.group(1)).put("version", value);
            } else if ((m = PLUGIN.matcher(key)).matches()) {
                ObjectNode app = app(apps, m.group(1));
                ArrayNode plugins = app.has("plugins") ? (ArrayNode) app.get("plugins") : app.putArray("plugins");
                plugins.addObject().put("name", m.group(2)).put("version", value);
            } else if ((m = CARD.matcher(key)).matches()) {
                cards.addObject().put("model", m.group(1)).put("firmware", value);
            } else if (key.startsWith("mounts.")) {
                mounts.addObject().put("path", key.substring(7)).put("source", value);
            } else {
                values.put(key, value);
            }
        }
        root.set("os", os);
        root.set("gpus", json.createArrayNode().addAll(gpus.values()));
        ArrayNode appList = json.createArrayNode();
        apps.forEach((name, app) -> {
            if (!app.has("version")) {
                app.putNull("version");
            }
            appList.add(app);
        });
        root.set("apps", appList);
        root.set("ioCards", cards);
        root.set("mounts", mounts);
        root.set("values", values);
        return json.writeValueAsBytes(root);
    }

    private ObjectNode app(Map<String, ObjectNode> apps, String name) {
        return apps.computeIfAbsent(name, k -> {
            ObjectNode app = json.createObjectNode();
            app.put("name", k);
            return app;
        });
    }

    @GetMapping("/productions/{id}/configurations")
    String production(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Boolean withdrawn,
            Model model) {
        model.addAttribute("production", productions.access(viewer, id, Access.VIEW));
        model.addAttribute("configurations", configs.productionConfigurations(viewer, id,
                Boolean.TRUE.equals(withdrawn), new Paging(0, Paging.MAX_SIZE)));
        model.addAttribute("compliance", configs.complianceOf(viewer, id));
        model.addAttribute("mayDeclare", configs.mayDeclare(viewer, id));
        model.addAttribute("kinds", KitType.values());
        return "config/production";
    }

    @PostMapping("/productions/{id}/configurations")
    String declareFor(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> kinds, @RequestParam(required = false) String rules,
            RedirectAttributes flash) {
        return declare(viewer, id, name, kinds, rules, flash, "redirect:/productions/" + id + "/configurations");
    }

    @GetMapping("/configurations")
    String facility(Viewer viewer, Model model) {
        model.addAttribute("configurations", configs.facilityConfigurations(viewer, false,
                new Paging(0, Paging.MAX_SIZE)));
        model.addAttribute("mayDeclare", configs.mayDeclare(viewer, null));
        model.addAttribute("kinds", KitType.values());
        return "config/facility";
    }

    @PostMapping("/configurations")
    String declareFacility(Viewer viewer, @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> kinds, @RequestParam(required = false) String rules,
            RedirectAttributes flash) {
        return declare(viewer, null, name, kinds, rules, flash, "redirect:/configurations");
    }

    @PostMapping("/qualified-configurations/{id}/withdraw")
    String withdraw(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        QualifiedConfiguration q = configs.configuration(viewer, id);
        configs.withdraw(viewer, id, Optional.empty());
        flash.addFlashAttribute("notice", "“" + q.name() + "” withdrawn: kept for the record, no longer checked.");
        return q.productionId() == null ? "redirect:/configurations"
                : "redirect:/productions/" + q.productionId() + "/configurations";
    }

    private String declare(Viewer viewer, Long productionId, String name, List<String> kinds, String rules,
            RedirectAttributes flash, String back) {
        try {
            List<KitType> kitKinds = new ArrayList<>();
            for (String k : kinds == null ? List.<String>of() : kinds) {
                try {
                    kitKinds.add(KitType.valueOf(k.toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw Problem.badField("kinds", "is not a kind of kit: " + k);
                }
            }
            QualifiedConfiguration q = configs.declare(viewer, productionId,
                    new QualifiedConfigurationFields(name, kitKinds, rules(rules), List.of()));
            flash.addFlashAttribute("notice", "“" + q.name() + "” declared: booked kit is now checked against it.");
        } catch (Problem p) {
            flash.addFlashAttribute("refused", Map.of("message", p.getMessage()));
            flash.addFlashAttribute("form", Map.of("name", name == null ? "" : name, "rules", rules == null ? ""
                    : rules));
        }
        return back;
    }

    /**
     * Rules one per line: {@code key range} ({@code gpu[*].driver 550–560}), {@code key = text},
     * {@code key ~ regex}; a leading {@code ?} makes the key optional.
     */
    static List<RuleFields> rules(String text) {
        List<RuleFields> rules = new ArrayList<>();
        int n = 0;
        for (String raw : (text == null ? "" : text).lines().toList()) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean required = !line.startsWith("?");
            if (!required) {
                line = line.substring(1).strip();
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                throw Problem.badField("rules", "line " + n + " needs a key and what it must be: " + raw.strip());
            }
            String rest = parts[1].strip();
            if (rest.startsWith("=") && !rest.startsWith("=>") && !rest.matches("=\\s*\\d.*")) {
                rules.add(new RuleFields(parts[0], null, rest.substring(1).strip(), null, required));
            } else if (rest.startsWith("~")) {
                rules.add(new RuleFields(parts[0], null, null, rest.substring(1).strip(), required));
            } else {
                rules.add(new RuleFields(parts[0], rest, null, null, required));
            }
        }
        return rules;
    }
}
