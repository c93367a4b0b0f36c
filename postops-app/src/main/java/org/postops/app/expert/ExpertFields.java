package org.postops.app.expert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.postops.app.kit.KitType;
import org.postops.app.skill.LevelOf;

/**
 * What the register records of an expert. A STAFF expert names its user ({@code userId}) and may leave the
 * name empty (their display name is used); no hours means around the clock.
 */
public record ExpertFields(@NotNull ExpertKind kind, Long userId, @Size(max = 200) String name,
        @Size(max = 200) String organisation, @Email @Size(max = 254) String email, @Size(max = 64) String phone,
        @Size(max = 2000) String url, @Size(max = 10000) String notes, SupportHours hours,
        @Size(max = 200) List<@Valid @NotNull LevelOf> skills, @Size(max = 20) List<@NotNull KitType> kitTypes,
        Boolean active, Integer version) {

    ExpertFields withDefaults() {
        return new ExpertFields(kind, userId, clean(name), clean(organisation), clean(email), clean(phone),
                clean(url), clean(notes), hours == null ? SupportHours.twentyFourSeven() : hours,
                skills == null ? List.of() : skills, kitTypes == null ? List.of() : kitTypes.stream().distinct()
                        .sorted().toList(), active == null || active, version);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
