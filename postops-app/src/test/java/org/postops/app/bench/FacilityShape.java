package org.postops.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What a large facility looks like, decided up front from a seed so every run loads the same shape:
 * people and their roles, productions and their teams, tasks in dependency chains per stage, dated
 * around today with statuses that follow the dates. Pure data; {@link BenchmarkFacility} writes it.
 */
final class FacilityShape {

    record Person(long id, String username, String displayName, String role, String zone) {
    }

    record Production(long id, String name, String type, boolean restricted, LocalDate start, List<Long> stageIds,
            List<Member> team) {
    }

    record Member(int person, String role) {
    }

    /** A task: {@code after} is the index (in the same production's list) of the task it waits for, or -1. */
    record Task(long id, int stage, String title, String status, int estimateMinutes, LocalDate due,
            List<Integer> assignees, int after) {
    }

    static final String[] STAGES = {"Ingest", "Offline edit", "Picture lock", "Online / conform", "VFX", "Grade",
        "Audio post", "QC", "Delivery"};
    private static final String[] TYPES = {"DRAMA_SERIES", "DOCUMENTARY", "FEATURE", "COMMERCIAL", "SHORT",
        "MUSIC_VIDEO", "CORPORATE"};
    private static final String[] WORKER_ROLES = {"EDITOR", "ASSISTANT_EDITOR", "COLOURIST", "ONLINE_EDITOR",
        "VFX_ARTIST", "SOUND"};
    private static final String[] FIRST = {"Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "George", "Mia",
        "Noah", "Grace", "Charlie", "Sophie", "Thomas", "Lily", "Oscar", "Emily", "William", "Freya", "James",
        "Ella", "Henry", "Poppy", "Leo", "Chloe", "Alfie", "Evie", "Joshua", "Ruby", "Freddie", "Daisy", "Arjun",
        "Aisha", "Kwame", "Zara", "Dylan", "Niamh", "Rhys", "Siobhan", "Callum", "Priya"};
    private static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke", "Patel", "Khan", "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward", "Morris",
        "Moore", "Okafor", "Begum", "Murphy", "Kelly", "Reid", "Campbell", "Price", "Bennett", "Shaw", "Marsh"};
    private static final String[] WORDS = {"Lantern", "Harbour", "Northern", "Silent", "Glass", "Salt", "Iron",
        "Winter", "Copper", "Hollow", "Falcon", "Orchard", "Tide", "Ember", "Meridian", "Quarry", "Signal",
        "Foxglove", "Ashdown", "Kestrel"};
    private static final String[] ZONES = {"America/Los_Angeles", "America/New_York", "Europe/Berlin",
        "Australia/Sydney"};

    final List<Person> people = new ArrayList<>();
    final List<Production> productions = new ArrayList<>();
    /** Tasks per production, in the same order as {@link #productions}. */
    final List<List<Task>> tasks = new ArrayList<>();

    private final Random random;
    private final LocalDate today;

    FacilityShape(long seed, LocalDate today, int userCount, int productionCount, int taskCount,
            java.util.function.LongSupplier ids) {
        this.random = new Random(seed);
        this.today = today;
        makePeople(userCount, ids);
        makeProductions(productionCount, ids);
        int perProduction = taskCount / productionCount;
        for (int p = 0; p < productionCount; p++) {
            int n = perProduction + (p < taskCount % productionCount ? 1 : 0);
            tasks.add(makeTasks(productions.get(p), n, ids));
        }
    }

    /** 5% clients, 8% technical support, the rest staff; one in ten works from another time zone. */
    private void makePeople(int count, java.util.function.LongSupplier ids) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String base = (first + "." + last).toLowerCase(java.util.Locale.ROOT);
            String username = base;
            for (int n = 2; !taken.add(username); n++) {
                username = base + n;
            }
            String role = i % 20 == 0 ? "CLIENT" : i % 12 == 1 ? "SUPPORT" : "STAFF";
            String zone = random.nextInt(10) == 0 ? ZONES[random.nextInt(ZONES.length)] : "Europe/London";
            people.add(new Person(ids.getAsLong(), username, first + " " + last, role, zone));
        }
    }

    /**
     * One production in five is restricted. Every staff or support person joins two or three teams
     * (so each team has about 25 people); each client joins one team as its client.
     */
    private void makeProductions(int count, java.util.function.LongSupplier ids) {
        List<List<Member>> teams = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            teams.add(new ArrayList<>());
        }
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            if (person.role().equals("CLIENT")) {
                teams.get(random.nextInt(count)).add(new Member(i, "CLIENT"));
                continue;
            }
            Set<Integer> joined = new HashSet<>();
            int want = Math.min(count, 2 + random.nextInt(2)); // a facility of fewer productions than that too
            while (joined.size() < want) {
                int p = random.nextInt(count);
                if (joined.add(p)) {
                    String role = person.role().equals("SUPPORT") ? "TECH_SUPPORT"
                            : WORKER_ROLES[random.nextInt(WORKER_ROLES.length)];
                    teams.get(p).add(new Member(i, role));
                }
            }
        }
        for (int p = 0; p < count; p++) {
            List<Member> team = teams.get(p);
            // The first two staff on a team run it, as a production's supervisor and producer do.
            int managers = 0;
            for (int m = 0; m < team.size() && managers < 2; m++) {
                Member member = team.get(m);
                if (people.get(member.person()).role().equals("STAFF")) {
                    team.set(m, new Member(member.person(), managers == 0 ? "SUPERVISOR" : "PRODUCER"));
                    managers++;
                }
            }
            List<Long> stages = new ArrayList<>();
            for (int s = 0; s < STAGES.length; s++) {
                stages.add(ids.getAsLong());
            }
            String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + (p + 1);
            LocalDate start = today.minusDays(150).plusDays(random.nextInt(180));
            productions.add(new Production(ids.getAsLong(), name, TYPES[p % TYPES.length], p % 5 == 0, start, stages,
                    team));
        }
    }

    /**
     * Tasks run stage by stage over about 150 days from the production's start, in chains of up to
     * six where each waits for the one before; the first of a chain waits for a task of the stage
     * before. Status follows the due date: long past is mostly done, the coming fortnight is in hand.
     */
    private List<Task> makeTasks(Production production, int count, java.util.function.LongSupplier ids) {
        List<Integer> workers = new ArrayList<>();
        for (Member m : production.team()) {
            if (!m.role().equals("CLIENT")) {
                workers.add(m.person());
            }
        }
        List<Task> list = new ArrayList<>(count);
        int perStage = Math.max(1, count / STAGES.length);
        int previousStageStart = -1;
        int stageStart = 0;
        for (int i = 0; i < count; i++) {
            int stage = Math.min(STAGES.length - 1, i / perStage);
            if (i > 0 && stage != list.get(i - 1).stage()) {
                previousStageStart = stageStart;
                stageStart = i;
            }
            int inStage = i - stageStart;
            int after;
            if (inStage % 6 != 0) {
                after = i - 1;
            } else if (previousStageStart >= 0) {
                after = previousStageStart + random.nextInt(stageStart - previousStageStart);
            } else {
                after = -1;
            }
            LocalDate due = production.start().plusDays(stage * 16L + inStage * 8L / perStage + random.nextInt(4));
            List<Integer> assignees = new ArrayList<>();
            int roll = random.nextInt(100);
            if (roll >= 8 && !workers.isEmpty()) {
                assignees.add(workers.get(random.nextInt(workers.size())));
                if (roll >= 90) {
                    int second = workers.get(random.nextInt(workers.size()));
                    if (!assignees.contains(second)) {
                        assignees.add(second);
                    }
                }
            }
            list.add(new Task(ids.getAsLong(), stage, STAGES[stage] + ": item " + (inStage + 1), status(due),
                    (1 + random.nextInt(40)) * 60, due, assignees, after));
        }
        return list;
    }

    private String status(LocalDate due) {
        long days = due.toEpochDay() - today.toEpochDay();
        int roll = random.nextInt(100);
        if (days < -5) {
            return roll < 90 ? "DONE" : roll < 96 ? "IN_REVIEW" : "IN_PROGRESS";
        }
        if (days <= 14) {
            return roll < 15 ? "DONE" : roll < 50 ? "IN_PROGRESS" : roll < 60 ? "IN_REVIEW" : roll < 68 ? "BLOCKED"
                    : "TODO";
        }
        return roll < 85 ? "TODO" : roll < 95 ? "IN_PROGRESS" : "BLOCKED";
    }
}
