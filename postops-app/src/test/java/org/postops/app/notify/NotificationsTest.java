package org.postops.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Notifications#notify} refuses from the code calling it, checked before anything is written. */
class NotificationsTest {

    private final Notifications notifications = new Notifications(null);

    @Test
    void aLinkMustStayInsidePostOps() {
        for (String link : new String[] {"https://elsewhere.example/x", "//elsewhere.example/x", "javascript:alert(1)",
                "tasks/1", "/tasks/1 x", "/\\elsewhere.example", "", null, "/" + "a".repeat(500)}) {
            assertThatThrownBy(() -> notifications.notify(List.of(1L), 1, "task.assigned", "Title", link))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theKindIsDottedLowerCaseAndTheTitleNotBlank() {
        for (String kind : new String[] {"Task.Assigned", "task assigned", ".task", "task.", "", null, "a".repeat(65)}) {
            assertThatThrownBy(() -> notifications.notify(List.of(1L), 1, kind, "Title", "/tasks/1"))
                    .as(kind).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> notifications.notify(List.of(1L), 1, "task.assigned", " \n", "/tasks/1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titlesAreOneLineAndCutWithAnEllipsisNeverMidCharacter() {
        assertThat(Notifications.oneLine("  Grade\nreel\t2  ")).isEqualTo("Grade reel 2");
        String cut = Notifications.oneLine("a".repeat(298) + "🎬🎬🎬");
        assertThat(cut).hasSize(299).endsWith("a…");
        assertThat(Notifications.oneLine("b".repeat(297) + "🎬🎬")).isEqualTo("b".repeat(297) + "🎬…")
                .hasSize(Notifications.MAX_TITLE);
        assertThat(Notifications.oneLine("c".repeat(300))).hasSize(300).doesNotContain("…");
    }
}
