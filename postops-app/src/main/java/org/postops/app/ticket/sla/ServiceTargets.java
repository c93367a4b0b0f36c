package org.postops.app.ticket.sla;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.postops.app.ticket.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The service targets per severity: how soon someone other than the requester first responds, and how soon the
 * ticket is resolved. Measured on the facility's working calendar (a working day is its working hours, 8 h by
 * default), except severities set {@code all-hours} (P1 by default), which run round the clock.
 * {@code postops.support.targets.p1.response=PT30M}, {@code ...p1.resolution=PT4H}, {@code ...p1.all-hours=true}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceTargets.Settings.class)
public class ServiceTargets {

    /** One severity's targets. */
    public record Target(Duration response, Duration resolution, Boolean allHours) {

        public long responseMinutes() {
            return response.toMinutes();
        }

        public long resolutionMinutes() {
            return resolution.toMinutes();
        }

        public boolean roundTheClock() {
            return Boolean.TRUE.equals(allHours);
        }
    }

    /** {@code postops.support.*}: targets keyed p1…p4; any left out keep their defaults. */
    @ConfigurationProperties("postops.support")
    public record Settings(Map<String, Target> targets) {

        static final Map<Severity, Target> DEFAULTS = Map.of(
                Severity.P1, new Target(Duration.ofMinutes(30), Duration.ofHours(4), true),
                Severity.P2, new Target(Duration.ofHours(2), Duration.ofHours(8), false),
                Severity.P3, new Target(Duration.ofHours(8), Duration.ofHours(40), false),
                Severity.P4, new Target(Duration.ofHours(16), Duration.ofHours(80), false));

        public Settings {
            targets = targets == null ? Map.of() : Map.copyOf(targets);
        }

        /** Every severity's targets, the configured ones over the defaults; refuses nonsense at start-up. */
        public Map<Severity, Target> resolved() {
            Map<Severity, Target> all = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                Target d = DEFAULTS.get(s);
                Target t = targets.get(s.name().toLowerCase(Locale.ROOT));
                if (t == null) {
                    t = targets.get(s.name());
                }
                Target merged = t == null ? d : new Target(t.response() == null ? d.response() : t.response(),
                        t.resolution() == null ? d.resolution() : t.resolution(),
                        t.allHours() == null ? d.allHours() : t.allHours());
                if (merged.response().toMinutes() < 1 || merged.resolution().toMinutes() < 1) {
                    throw new IllegalStateException("postops.support.targets." + s.name().toLowerCase(Locale.ROOT)
                            + ": response and resolution must be at least one minute");
                }
                all.put(s, merged);
            }
            return all;
        }
    }
}
