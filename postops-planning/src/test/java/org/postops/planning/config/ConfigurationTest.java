package org.postops.planning.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.postops.planning.config.ConfigurationDiff.Change;
import org.postops.planning.config.ConfigurationDiff.Entry;
import org.postops.planning.config.QualifiedRules.Failure;

class ConfigurationTest {

    static Snapshot grading(String resolve, String driver) {
        return new Snapshot(new Snapshot.Os("Rocky Linux", "9.3", "5.14.0-362.8.1.el9_3.x86_64"),
                List.of(new Snapshot.Gpu("NVIDIA RTX A6000", driver), new Snapshot.Gpu("NVIDIA RTX A6000", driver)),
                List.of(new Snapshot.App("DaVinci Resolve Studio", resolve,
                        List.of(new Snapshot.Plugin("Neat Video", "5.6"), new Snapshot.Plugin("Sapphire", null)))),
                List.of(new Snapshot.IoCard("DeckLink 8K Pro", "12.4"), new Snapshot.IoCard("DeckLink 8K Pro", "12.4")),
                List.of(new Snapshot.Mount("/mnt/projects", "san01:/vol/projects", "nfs")),
                Map.of("lut.version", "v3", "colour.pipeline", "ACES 1.3"));
    }

    @Test
    void flattensToTheDocumentedKeys() {
        assertThat(Configuration.of(grading("19.1.3", "550.54.14")).values()).containsExactly(
                Map.entry("apps.davinci-resolve-studio.plugins.neat-video", "5.6"),
                Map.entry("apps.davinci-resolve-studio.plugins.sapphire", "unknown"),
                Map.entry("apps.davinci-resolve-studio.version", "19.1.3"),
                Map.entry("colour.pipeline", "ACES 1.3"),
                Map.entry("gpu[0].driver", "550.54.14"),
                Map.entry("gpu[0].model", "NVIDIA RTX A6000"),
                Map.entry("gpu[1].driver", "550.54.14"),
                Map.entry("gpu[1].model", "NVIDIA RTX A6000"),
                Map.entry("io.decklink-8k-pro-2.firmware", "12.4"),
                Map.entry("io.decklink-8k-pro.firmware", "12.4"),
                Map.entry("kernel", "5.14.0-362.8.1.el9_3.x86_64"),
                Map.entry("lut.version", "v3"),
                Map.entry("mounts./mnt/projects", "san01:/vol/projects (nfs)"),
                Map.entry("os.name", "Rocky Linux"),
                Map.entry("os.version", "9.3"));
    }

    @Test
    void refusesAmbiguousSnapshotsNamingTheField() {
        Snapshot twice = new Snapshot(null, null, List.of(new Snapshot.App("Nuke", "15.1", null),
                new Snapshot.App("nuke", "14.0", null)), null, null, null);
        assertThatThrownBy(() -> Configuration.of(twice)).isInstanceOfSatisfying(Configuration.InvalidSnapshot.class,
                e -> assertThat(e.field()).isEqualTo("apps[1].name"));
        Snapshot reserved = new Snapshot(null, null, null, null, null, Map.of("kernel", "6.1"));
        assertThatThrownBy(() -> Configuration.of(reserved)).isInstanceOfSatisfying(
                Configuration.InvalidSnapshot.class, e -> assertThat(e.field()).isEqualTo("values.kernel"));
        Snapshot nameless = new Snapshot(null, null, List.of(new Snapshot.App(" -- ", "1", null)), null, null, null);
        assertThatThrownBy(() -> Configuration.of(nameless)).hasMessageContaining("letter or digit");
    }

    @Test
    void diffsAddedRemovedAndChangedSorted() {
        Configuration before = Configuration.of(grading("19.1.3", "550.54.14"));
        Snapshot later = new Snapshot(new Snapshot.Os("Rocky Linux", "9.4", "5.14.0-427.el9.x86_64"),
                List.of(new Snapshot.Gpu("NVIDIA RTX A6000", "565.57.01")),
                List.of(new Snapshot.App("DaVinci Resolve Studio", "19.1.3",
                        List.of(new Snapshot.Plugin("Neat Video", "5.6")))),
                List.of(new Snapshot.IoCard("DeckLink 8K Pro", "12.4"), new Snapshot.IoCard("DeckLink 8K Pro", "12.4")),
                List.of(new Snapshot.Mount("/mnt/projects", "san01:/vol/projects", "nfs")),
                Map.of("lut.version", "v3", "colour.pipeline", "ACES 1.3", "ocio", "2.3"));
        ConfigurationDiff diff = before.diff(Configuration.of(later));
        assertThat(diff.added()).containsExactly(new Entry("ocio", "2.3"));
        assertThat(diff.removed()).containsExactly(
                new Entry("apps.davinci-resolve-studio.plugins.sapphire", "unknown"),
                new Entry("gpu[1].driver", "550.54.14"), new Entry("gpu[1].model", "NVIDIA RTX A6000"));
        assertThat(diff.changed()).containsExactly(new Change("gpu[0].driver", "550.54.14", "565.57.01"),
                new Change("kernel", "5.14.0-362.8.1.el9_3.x86_64", "5.14.0-427.el9.x86_64"),
                new Change("os.version", "9.3", "9.4"));
        assertThat(before.diff(before).isEmpty()).isTrue();
    }

    @Test
    void checksAgainstQualifiedRules() {
        QualifiedRules rules = new QualifiedRules(List.of(
                new Rule("apps.davinci-resolve-studio.version", Rule.Kind.RANGE, "19.1.x", true),
                new Rule("gpu[*].driver", Rule.Kind.RANGE, "550–560", true),
                new Rule("os.name", Rule.Kind.EQUALS, "Rocky Linux", true),
                new Rule("os.version", Rule.Kind.RANGE, "9", true),
                new Rule("apps.nuke.version", Rule.Kind.RANGE, ">=15 <16", false),
                new Rule("io.*.firmware", Rule.Kind.MATCHES, "12\\.[0-9]+", true),
                new Rule("values.ocio", Rule.Kind.RANGE, "2.3", true)));
        assertThat(rules.check(Configuration.of(grading("19.1.3", "550.54.14"))))
                .containsExactly(new Failure("values.ocio", "2.3", "missing"));
        assertThat(rules.check(Configuration.of(grading("19.2.0", "565.57.01")))).containsExactly(
                new Failure("apps.davinci-resolve-studio.version", "19.1.x", "19.2.0"),
                new Failure("gpu[0].driver", "550–560", "565.57.01"),
                new Failure("gpu[1].driver", "550–560", "565.57.01"),
                new Failure("values.ocio", "2.3", "missing"));
        assertThat(new QualifiedRules(List.of(new Rule("io.*.firmware", Rule.Kind.EQUALS, "13", false)))
                .check(Configuration.of(new Snapshot(null, null, null, null, null, null)))).isEmpty();
    }

    @Test
    void refusesRulesSayingWhy() {
        assertThatThrownBy(() -> new Rule("x", Rule.Kind.RANGE, "560–550", true))
                .isInstanceOfSatisfying(Rule.InvalidRule.class, e -> assertThat(e.part()).isEqualTo("range"))
                .hasMessageContaining("above the upper bound");
        assertThatThrownBy(() -> new Rule("x", Rule.Kind.MATCHES, "(", true))
                .isInstanceOfSatisfying(Rule.InvalidRule.class, e -> assertThat(e.part()).isEqualTo("matches"));
        assertThatThrownBy(() -> new Rule(" ", Rule.Kind.EQUALS, "a", true)).hasMessageContaining("needs a key");
    }

    @Property
    void flatteningIsDeterministicAndDiffOfItselfIsEmpty(
            @ForAll @Size(max = 6) Map<@AlphaChars @StringLength(min = 1, max = 8) String,
                    @AlphaChars @StringLength(min = 1, max = 8) String> apps,
            @ForAll @Size(max = 6) Map<@AlphaChars @StringLength(min = 1, max = 8) String,
                    @AlphaChars @StringLength(min = 1, max = 8) String> values) {
        var unique = new java.util.TreeMap<String, String>();
        apps.forEach((k, v) -> unique.putIfAbsent(Configuration.keyName(k), v));
        List<Snapshot.App> list = unique.entrySet().stream().map(e -> new Snapshot.App(e.getKey(), e.getValue(), null))
                .toList();
        var free = new java.util.HashMap<String, String>();
        values.forEach((k, v) -> free.put("v." + k, v));
        Snapshot s = new Snapshot(null, null, list, null, null, free);
        List<Snapshot.App> backwards = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(backwards);
        Snapshot reversed = new Snapshot(null, null, backwards, null, null, free);
        assertThat(Configuration.of(s)).isEqualTo(Configuration.of(reversed));
        assertThat(Configuration.of(s).diff(Configuration.of(s)).isEmpty()).isTrue();
        assertThat(Configuration.of(s).size()).isEqualTo(list.size() + free.size());
    }

    @Property
    void diffAccountsForEveryKey(@ForAll @Size(max = 8) Map<@AlphaChars @StringLength(min = 1, max = 3) String,
            @AlphaChars @StringLength(min = 1, max = 2) String> a,
            @ForAll @Size(max = 8) Map<@AlphaChars @StringLength(min = 1, max = 3) String,
                    @AlphaChars @StringLength(min = 1, max = 2) String> b) {
        Configuration x = new Configuration(new java.util.TreeMap<>(a));
        Configuration y = new Configuration(new java.util.TreeMap<>(b));
        ConfigurationDiff d = x.diff(y);
        var union = new java.util.TreeSet<>(a.keySet());
        union.addAll(b.keySet());
        long unchanged = union.stream().filter(k -> a.containsKey(k) && a.get(k).equals(b.get(k))).count();
        assertThat(d.added().size() + d.removed().size() + d.changed().size() + unchanged).isEqualTo(union.size());
        assertThat(d.added().stream().map(Entry::key).toList()).isSorted();
        assertThat(d.changed().stream().map(Change::key).toList()).isSorted();
    }
}
