package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postops.app.support.Api;
import org.postops.app.support.Facility;
import org.postops.app.support.Facility.Account;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A restricted production with everything that hangs off it (stages, tasks, dependencies, comments,
 * criteria, deliverables, time logged), and two people who must never learn of it: a staff {@code outsider} who once
 * was on its team and had a task there, and a {@code client} who is a member of another production
 * only. Also what they see without it: their list totals, taken before the secret existed. The
 * outsider was told of their task there ({@link #notifications}) and keeps the notification after leaving.
 */
final class SecretProduction {

    /** Ids in no table: ids are never below a million. */
    static final long NOWHERE = 4242;

    final String tag = Api.unique();
    final Account owner;
    final Account outsider;
    final Account client;
    final long visible;
    final long theirs;
    final long other;
    final List<String> lists;
    final Map<String, List<Long>> outsiderTotalsBefore;
    final Map<String, List<Long>> clientTotalsBefore;
    final long id;
    final String name = "Heron Bay " + tag;
    final String codename = "GREYHERON" + tag;
    final long emptyStage;
    final List<Long> stages = new ArrayList<>();
    final List<Long> tasks = new ArrayList<>();
    final List<Long> comments = new ArrayList<>();
    final List<Long> notifications = new ArrayList<>();
    final List<Long> timeEntries = new ArrayList<>();
    final long criterion;
    final long changeRequest;
    final long change;
    final long proposedTask;
    final long visibleRequest;
    /** Kit and a room (not secret: they belong to the facility) and their bookings to the secret (secret). */
    final long kit;
    final long room;
    final long kitBooking;
    final long roomBooking;
    static final String BOOKED_FROM = "2031-06-02";
    static final String BOOKED_TO = "2031-06-06";
    /** A ticket raised on the secret production, about its first task, with an option recorded. */
    final long ticket;
    final long ticketOption;
    /** A day off of the owner's (days off concern no production; the walks aim at it all the same). */
    final long dayOff;
    final List<String> secrets = new ArrayList<>();

    SecretProduction(Api api, Facility facility) {
        owner = facility.staff();
        outsider = facility.staff();
        client = facility.client();
        visible = facility.production(outsider, Map.of("name", "Open day " + tag)).get("id").asLong();
        facility.task(outsider, visible, Map.of("title", "Open task " + tag));
        theirs = facility.production(owner, Map.of("name", "Client show " + tag)).get("id").asLong();
        facility.member(owner, theirs, client, "client");
        other = facility.production(owner, Map.of("name", "Not theirs " + tag)).get("id").asLong();
        lists = List.of("/api/v1/productions", "/api/v1/productions?q=" + tag, "/api/v1/search?q=" + tag,
                "/api/v1/me/tasks?includeDone=true", "/api/v1/productions/" + theirs + "/tasks",
                "/api/v1/me/notifications", "/api/v1/me/notifications?unread=true", "/api/v1/tickets?q=" + tag,
                "/api/v1/tickets?open=true&q=" + tag);
        api.post(outsider.token(), "/api/v1/tickets", Map.of("summary", "Open ticket " + tag, "severity", "p3",
                "category", "hardware", "productionId", visible));
        outsiderTotalsBefore = Totals.of(api, outsider, lists);
        clientTotalsBefore = Totals.of(api, client, lists);

        JsonNode secret = facility.production(owner, Map.of("name", name, "codename", codename,
                "client", "Egret Films " + tag, "confidentiality", "restricted", "brief",
                Map.of("acceptanceCriteria", List.of(Map.of("description", "Plover criterion " + tag))),
                "spec", Map.of("deliverables", List.of(Map.of("name", "Avocet master " + tag)))));
        id = secret.get("id").asLong();
        criterion = secret.get("brief").get("acceptanceCriteria").get(0).get("id").asLong();
        long deliverable = secret.get("spec").get("deliverables").get(0).get("id").asLong();
        secret.get("stages").forEach(s -> stages.add(s.get("id").asLong()));
        Api.Response stage = api.post(owner.token(), "/api/v1/productions/" + id + "/stages",
                Map.of("name", "Curlew stage " + tag));
        emptyStage = stage.id();
        stages.add(emptyStage);
        facility.member(owner, id, outsider, "editor");
        facility.member(owner, id, client, "client");
        long first = facility.task(owner, id, Map.of("title", "Bittern task " + tag, "stageId", stages.get(0),
                "assignees", List.of(outsider.username()), "dueDate", java.time.LocalDate.now().plusDays(10).toString()))
                .get("id").asLong();
        JsonNode told = api.get(outsider.token(), "/api/v1/me/notifications").json();
        assertThat(told.toString()).as("told while on the team").contains("Bittern task " + tag);
        told.get("items").forEach(n -> notifications.add(n.get("id").asLong()));
        // open, estimated work of the owner's: the people's load of the owner counts it, as anonymous "busy"
        long second = facility.task(owner, id, Map.of("title", "Dunlin task " + tag, "dependsOn", List.of(first),
                "assignees", List.of(owner.username()), "estimateHours", 6)).get("id").asLong();
        tasks.addAll(List.of(first, second));
        comments.add(api.post(owner.token(), "/api/v1/tasks/" + first + "/comments",
                Map.of("body", "Godwit note " + tag)).id());
        comments.add(api.post(client.token(), "/api/v1/tasks/" + second + "/comments",
                Map.of("body", "Shelduck feedback " + tag)).id());
        // time the outsider logged while on the team, which they must no longer see, and the owner's
        timeEntries.add(api.post(outsider.token(), "/api/v1/tasks/" + first + "/time",
                Map.of("hours", 1, "minutes", 15, "note", "Sandpiper note " + tag)).id());
        timeEntries.add(api.post(owner.token(), "/api/v1/tasks/" + second + "/time",
                Map.of("duration", "0:45", "note", "Sandpiper pass " + tag)).id());
        assertThat(api.patch(owner.token(), "/api/v1/tasks/" + first, Map.of("status", "done")).status())
                .isEqualTo(200);
        dayOff = api.post(owner.token(), "/api/v1/users/" + owner.id() + "/days-off",
                Map.of("from", "2030-01-07", "kind", "training")).id();
        changeRequest = api.post(owner.token(), "/api/v1/productions/" + id + "/change-requests",
                Map.of("title", "Sanderling change " + tag, "requestedBy", "Egret Films")).id();
        JsonNode proposed = api.post(owner.token(), "/api/v1/change-requests/" + changeRequest + "/changes",
                Map.of("kind", "new_task", "task", Map.of("title", "Whimbrel shot " + tag, "estimateHours", 6,
                        "dependsOn", List.of(second)))).json();
        change = proposed.get("id").asLong();
        proposedTask = proposed.get("taskId").asLong();
        visibleRequest = api.post(outsider.token(), "/api/v1/productions/" + visible + "/change-requests",
                Map.of("title", "Open change " + tag)).id();
        String admin = facility.admin();
        kit = api.post(admin, "/api/v1/kit", Map.of("kind", "workstation", "name", "Grading workstation " + tag,
                "assetTag", "CONF-" + tag)).id();
        room = api.post(admin, "/api/v1/rooms", Map.of("name", "Theatre " + tag, "kind", "grading_theatre")).id();
        Map<String, Object> kitBooked = new java.util.HashMap<>(Map.of("kitId", kit, "productionId", id,
                "stageId", stages.get(0), "taskId", first, "firstDay", BOOKED_FROM, "lastDay", BOOKED_TO,
                "note", "Teal grade " + tag));
        Api.Response booked = api.post(owner.token(), "/api/v1/bookings", kitBooked);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        kitBooking = booked.id();
        roomBooking = api.post(owner.token(), "/api/v1/bookings", Map.of("roomId", room, "productionId", id,
                "firstDay", BOOKED_FROM, "lastDay", BOOKED_TO, "note", "Teal review " + tag)).id();
        ticket = api.post(owner.token(), "/api/v1/tickets", Map.of("summary", "Kittiwake ticket " + tag,
                "symptoms", "Razorbill symptoms " + tag, "severity", "p1", "category", "grading",
                "productionId", id, "taskIds", List.of(first))).id();
        ticketOption = api.post(owner.token(), "/api/v1/tickets/" + ticket + "/options", Map.of("kind", "repair",
                "description", "Shearwater repair " + tag)).id();
        for (Account former : List.of(outsider, client)) {
            assertThat(api.delete(owner.token(), "/api/v1/productions/" + id + "/members/" + former.username())
                    .status()).isEqualTo(204);
        }

        // each text of the secret also without its tag (a leak that cut it off still names the secret), as the
        // phrase it is: a lone word ("Heron") would also match other tests' visible productions, in any order
        secrets.addAll(List.of(name, codename, "Heron Bay", "Egret Films", "Plover criterion", "Avocet master",
                "Curlew stage", "Bittern task", "Dunlin task", "Godwit note", "Shelduck feedback", "Sanderling change",
                "Whimbrel shot", "Sandpiper note", "Sandpiper pass", "Teal grade", "Teal review", "Kittiwake ticket",
                "Razorbill symptoms", "Shearwater repair"));
        for (long each : ids(deliverable)) {
            secrets.add(Long.toString(each));
        }
    }

    private List<Long> ids(long deliverable) {
        List<Long> ids = new ArrayList<>(List.of(id, criterion, deliverable));
        ids.addAll(stages);
        ids.addAll(tasks);
        ids.addAll(comments);
        ids.addAll(List.of(changeRequest, change, proposedTask));
        ids.addAll(notifications);
        ids.addAll(timeEntries);
        ids.addAll(List.of(kitBooking, roomBooking));
        ids.addAll(List.of(ticket, ticketOption));
        return ids;
    }

    /** The path with every id of the secret replaced by one that does not exist. */
    String nowhere(String path) {
        String result = path;
        for (String secret : secrets) {
            if (secret.chars().allMatch(Character::isDigit)) {
                result = result.replace(secret, Long.toString(NOWHERE));
            }
        }
        return result;
    }

    /**
     * Asserts that nothing of the secret shows in the answer to {@code request} (method, path and body),
     * but for what the request itself said: echoing an id back tells the caller nothing new.
     */
    void assertHidden(String request, Api.Response r) {
        String body = withoutInstance(r);
        String asked = URLDecoder.decode(request, StandardCharsets.UTF_8);
        for (String secret : secrets) {
            if (!asked.contains(secret)) {
                assertThat(body).as("%s answered %s, naming %s", request, body, secret).doesNotContain(secret);
            }
        }
    }

    /** Status, type and body, without the path a problem repeats ("instance"): to compare answers. */
    static String shape(Api.Response r) {
        return r.status() + " " + r.header("Content-Type") + " " + withoutInstance(r);
    }

    private static String withoutInstance(Api.Response r) {
        if (r.json() != null && r.json().isObject()) {
            ObjectNode copy = ((ObjectNode) r.json()).deepCopy();
            copy.remove("instance");
            return copy.toString();
        }
        return r.body();
    }
}
