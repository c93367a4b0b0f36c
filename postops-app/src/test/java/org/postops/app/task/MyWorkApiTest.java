package org.postops.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class MyWorkApiTest extends ServerTest {

    /** New accounts live in Europe/London, so "today" for flags is London's day. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void myTasksAcrossProductionsComeSoonestDueFirstWithWhatNeedsAttentionFlagged() {
        Account sup = facility.staff();
        Account me = facility.staff();
        long drama = facility.production(sup).get("id").asLong();
        long promo = facility.production(sup).get("id").asLong();
        facility.member(sup, drama, me, "editor");
        facility.member(sup, promo, me, "sound");
        long prerequisite = facility.task(sup, drama, Map.of("title", "Turnover", "dueDate", day(40))).get("id").asLong();
        mine(me, drama, "Sync rushes", day(-10), "done", List.of());
        mine(me, drama, "Waits on turnover", day(30), "todo", List.of(prerequisite));
        mine(me, drama, "Marked blocked", null, "blocked", List.of());
        mine(me, promo, "Stems", day(5), "in_progress", List.of());
        mine(me, drama, "Due tomorrow", day(1), "todo", List.of());
        mine(me, promo, "Late", day(-2), "in_review", List.of());

        JsonNode open = api.get(me.token(), "/api/v1/me/tasks").json();

        assertThat(open.get("total").asLong()).isEqualTo(5);
        assertThat(titles(open)).containsExactly("Late", "Due tomorrow", "Stems", "Waits on turnover", "Marked blocked");
        assertThat(flags(open)).containsExactly("overdue", "dueSoon", "-", "blocked waitingOn=1", "blocked");
        JsonNode all = api.get(me.token(), "/api/v1/me/tasks?includeDone=true&size=2").json();
        assertThat(all.get("total").asLong()).isEqualTo(6);
        assertThat(titles(all)).containsExactly("Sync rushes", "Late");
        assertThat(flags(all).get(0)).as("finished work needs no attention").isEqualTo("-");
        assertThat(titles(api.get(me.token(), "/api/v1/me/tasks?includeDone=true&size=2&page=2").json()))
                .containsExactly("Waits on turnover", "Marked blocked");
        assertBadField(api.get(me.token(), "/api/v1/me/tasks?includeDone=maybe"), "includeDone");
        assertBadField(api.get(me.token(), "/api/v1/me/tasks?size=1000"), "size");
    }

    @Test
    void finishingTheTaskWaitedOnUnblocks() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        long first = facility.task(sup, id, Map.of("assignees", List.of(sup.username()))).get("id").asLong();
        long second = mine(sup, id, "Second", null, "todo", List.of(first));
        assertThat(api.get(sup.token(), "/api/v1/tasks/" + second).json().get("flags").get("blocked").asBoolean())
                .isTrue();

        api.patch(sup.token(), "/api/v1/tasks/" + first, Map.of("status", "done"));

        JsonNode flags = api.get(sup.token(), "/api/v1/tasks/" + second).json().get("flags");
        assertThat(flags.get("blocked").asBoolean()).isFalse();
        assertThat(flags.get("waitingOn").asInt()).isZero();
    }

    private long mine(Account me, long production, String title, String due, String status, List<Long> dependsOn) {
        Map<String, Object> fields = new HashMap<>(Map.of("title", title, "status", status,
                "assignees", List.of(me.username()), "dependsOn", dependsOn));
        if (due != null) {
            fields.put("dueDate", due);
        }
        return facility.task(me, production, fields).get("id").asLong();
    }

    private static String day(int fromToday) {
        return TODAY.plusDays(fromToday).toString();
    }

    private static List<String> titles(JsonNode page) {
        return page.get("items").valueStream().map(t -> t.get("title").asString()).toList();
    }

    private static List<String> flags(JsonNode page) {
        return page.get("items").valueStream().map(t -> {
            JsonNode f = t.get("flags");
            String s = (f.get("overdue").asBoolean() ? " overdue" : "") + (f.get("dueSoon").asBoolean() ? " dueSoon" : "")
                    + (f.get("blocked").asBoolean() ? " blocked" : "")
                    + (f.get("waitingOn").asInt() > 0 ? " waitingOn=" + f.get("waitingOn").asInt() : "");
            return s.isEmpty() ? "-" : s.strip();
        }).toList();
    }
}
