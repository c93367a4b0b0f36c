package org.postops.planning.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class VersionRangePropertiesTest {

    private static String text(List<Integer> parts) {
        return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    @Property
    void aPrefixRangeContainsEveryExtension(@ForAll @Size(min = 1, max = 4) List<@IntRange(max = 999) Integer> prefix,
            @ForAll @Size(max = 4) List<@IntRange(max = 999) Integer> more, @ForAll boolean starred) {
        List<Integer> all = new ArrayList<>(prefix);
        all.addAll(more);
        VersionRange range = VersionRange.parse(text(prefix) + (starred ? ".x" : ""));
        assertThat(range.contains(text(all))).as("%s contains %s", range, text(all)).isTrue();
        assertThat(range.contains(text(all) + "b3")).isTrue();
    }

    @Property
    void aPrefixRangeContainsNothingElse(@ForAll @Size(min = 1, max = 3) List<@IntRange(max = 99) Integer> prefix,
            @ForAll @IntRange(min = 0, max = 2) int at, @ForAll @IntRange(min = 1, max = 5) int bump) {
        int i = Math.min(at, prefix.size() - 1);
        List<Integer> other = new ArrayList<>(prefix);
        other.set(i, other.get(i) + bump);
        assertThat(VersionRange.parse(text(prefix) + ".*").contains(text(other))).isFalse();
    }

    @Property
    void boundsAreInclusive(@ForAll @IntRange(max = 900) int low, @ForAll @IntRange(max = 99) int span,
            @ForAll @IntRange(max = 99) int minor) {
        int high = low + span;
        VersionRange hyphen = VersionRange.parse(low + "–" + high);
        VersionRange comparisons = VersionRange.parse(">=" + low + " <=" + high);
        assertThat(hyphen.contains(low + "")).isTrue();
        assertThat(hyphen.contains(high + "." + minor)).as("the upper bound is a prefix").isTrue();
        assertThat(hyphen.contains((high + 1) + "")).isFalse();
        assertThat(comparisons.contains(low + "")).isTrue();
        assertThat(comparisons.contains(high + "")).isTrue();
        assertThat(comparisons.contains(high + ".0." + (minor + 1))).isFalse();
        if (low > 0) {
            assertThat(hyphen.contains((low - 1) + "." + minor)).isFalse();
        }
    }

    @Property
    void orderIsConsistent(@ForAll @Size(min = 1, max = 4) List<@IntRange(max = 50) Integer> a,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 50) Integer> b) {
        Version x = Version.parse(text(a)).orElseThrow();
        Version y = Version.parse(text(b)).orElseThrow();
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        boolean below = VersionRange.parse("<" + text(b)).contains(x);
        assertThat(below).isEqualTo(x.compareTo(y) < 0);
    }
}
