package org.postops.planning.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact vectors: the ranges people write, and the versions their software reports. */
class VersionRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            19.1.x      | 19.1.3           | true
            19.1.x      | 19.1             | true
            19.1.x      | 19.1.3b5         | true
            19.1.x      | 19.2.0           | false
            19.1.x      | 18.6.6           | false
            19.1.*      | 19.1.4.11        | true
            19.1.*      | 19.10            | false
            550–560     | 550.54.14        | true
            550–560     | 550              | true
            550–560     | 560.35.03        | true
            550–560     | 561.0            | false
            550–560     | 549.9            | false
            550-560     | 555.42.02        | true
            550 - 560   | 535.1            | false
            >=1.2       | 1.2              | true
            >=1.2       | 1.1.9            | false
            <2          | 1.99.99          | true
            <2          | 2.0              | false
            <2          | 2                | false
            >=1.2 <2    | 1.5              | true
            >=1.2 <2    | 2.0.1            | false
            >=1.2 <2    | 1.1              | false
            =9.3        | 9.3              | true
            =9.3        | 9.3.0            | true
            =9.3        | 9.3 (Blue Onyx)  | true
            =9.3        | 9.4              | false
            9           | 9.4 (Blue Onyx)  | true
            9           | 9                | true
            9           | 10.0             | false
            9           | 8.10             | false
            12.4.0      | 12.4.0           | true
            12.4.0      | 12.4.0.7         | true
            12.4.0      | 12.4.1           | false
            12.4.0      | 12.4             | true
            >=19.1.3    | 19.1.3b5         | false
            <=19.1.3    | 19.1.3b5         | true
            >19.1.3b5   | 19.1.3           | true
            >19.1.3b5   | 19.1.3b10        | true
            >19.1.3b5   | 19.1.3b4         | false
            >=2.0.1     | 2.0.1-1.el9      | true
            9           | Rocky Linux      | false
            *           | anything         | false
            *           | 3.1              | true
            """)
    void contains(String range, String version, boolean expected) {
        assertThat(VersionRange.parse(range).contains(version)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | the range is empty
            abc         | “abc” is not a version range: write e.g.
            560–550     | the lower bound 560 is above the upper bound 550
            >=          | “>=” needs a version after it
            >=3 <2      | admits no version
            >2 <2       | admits no version
            19.x.3      | x or * may only end a version
            >=1.2 foo   | expected a comparison such as >=1.2 at “foo”
            >=abc       | “abc” is not a version
            <<2         | “<” needs a version after it
            """)
    void refusesSayingWhy(String range, String why) {
        assertThatThrownBy(() -> VersionRange.parse(range)).isInstanceOf(VersionRange.InvalidRange.class)
                .hasMessageContaining(why);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2         | 1.10          | -1
            9.3         | 9.3.0         | 0
            9.4 (Blue Onyx) | 9.4       | 0
            19.1.3b5    | 19.1.3        | -1
            19.1.3b5    | 19.1.3b10     | -1
            19.1.3rc1   | 19.1.3b9      | 1
            550.54.14   | 550.120       | -1
            v2.1        | 2.1           | 0
            """)
    void ordersVersions(String a, String b, int sign) {
        Version x = Version.parse(a).orElseThrow();
        Version y = Version.parse(b).orElseThrow();
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(sign);
        assertThat(Integer.signum(y.compareTo(x))).isEqualTo(-sign);
    }
}
