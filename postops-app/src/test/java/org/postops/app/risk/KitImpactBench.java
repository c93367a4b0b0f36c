package org.postops.app.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Whole-request timing of {@code GET /api/v1/kit/{id}/impact} for a kit 500 tasks depend on, over real HTTP on
 * the test server (H2): "impact of a kit with 500 dependent tasks &lt; 20 ms". Not part of the test suite (the
 * name matches no test pattern); bench/kit-impact.sh runs it. See docs/benchmarks.md.
 *
 * <p>One production of 500 tasks of 4 h, in 50 chains of 10, shared by 20 people (each task one assignee), ending
 * in a delivery milestone; the kit (a SAN) is down from the production's first day for 10 working days, so every
 * task is blocked and pushed. Two ways of depending on it: one booking to the production ({@code production}),
 * and 500 bookings, one per task ({@code tasks}, another kit).
 */
class KitImpactBench extends ServerTest {

    private static final int TASKS = Integer.getInteger("bench.tasks", 500);
    private static final int REPEAT = Integer.getInteger("bench.repeat", 500);
    private static final LocalDate START = LocalDate.of(2041, 6, 3); // a Monday, no bank holiday for weeks

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskService risks;

    @Test
    void impactOfAKitWith500DependentTasks() throws IOException {
        Account sup = facility.staff();
        long production = facility.production(sup, Map.of("name", "Impact bench " + Api.unique(), "startDate",
                START.toString(), "deliveryDate", START.plusWeeks(3).toString())).get("id").asLong();
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Account a = facility.staff();
            facility.member(sup, production, a, i % 2 == 0 ? "editor" : "colourist");
            people.add(a);
        }
        List<Long> ids = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        int chains = TASKS / 10;
        for (int c = 0; c < chains; c++) {
            Long previous = null;
            for (int k = 0; k < 10; k++) {
                Map<String, Object> fields = new java.util.HashMap<>(Map.of("title", "Bench " + c + "." + k,
                        "estimateHours", 4, "assignees", List.of(people.get((c + k) % 20).username())));
                if (previous != null) {
                    fields.put("dependsOn", List.of(previous));
                }
                previous = facility.task(sup, production, fields).get("id").asLong();
                ids.add(previous);
            }
            ends.add(previous);
        }
        facility.task(sup, production, Map.of("title", "Delivery", "milestone", true, "dueDate",
                START.plusWeeks(3).toString(), "dependsOn", ends));

        KitRows rows = new KitRows(jdbc);
        long san = rows.kit("Bench SAN " + Api.unique(), "STORAGE", null);
        rows.book(san, null, production, null, null, START, START.plusWeeks(4), sup.id());
        long perTask = rows.kit("Bench workstation " + Api.unique(), "WORKSTATION", null);
        for (long task : ids) {
            rows.book(perTask, null, production, null, task, START, START.plusWeeks(4), sup.id());
        }

        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, Long> e : Map.of("production", san, "tasks", perTask).entrySet()) {
            String path = "/api/v1/kit/" + e.getValue() + "/impact?days=10&from=" + START;
            JsonNode impact = api.get(sup.token(), path).json();
            assertThat(impact.get("totals").get("tasks").asInt()).isEqualTo(TASKS);
            for (int i = 0; i < 100; i++) { // warm up
                api.get(sup.token(), path);
            }
            double[] ms = new double[REPEAT];
            for (int i = 0; i < REPEAT; i++) {
                long t = System.nanoTime();
                Api.Response r = api.get(sup.token(), path);
                ms[i] = (System.nanoTime() - t) / 1e6;
                assertThat(r.status()).isEqualTo(200);
            }
            Arrays.sort(ms);
            // the same impact in-process, without HTTP and JSON: wall time and the thread's CPU time (H2 runs
            // in the calling thread, so its queries count), which a busy machine does not inflate
            org.postops.app.access.Viewer viewer = new org.postops.app.access.Viewer(sup.id(), sup.username(),
                    "Bench", org.postops.app.access.Role.STAFF, java.time.ZoneId.of("Europe/London"));
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] wall = new double[REPEAT];
            double[] cpu = new double[REPEAT];
            for (int i = 0; i < REPEAT + 100; i++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                risks.impactOfKit(viewer, e.getValue(), START, 10);
                if (i >= 100) {
                    cpu[i - 100] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                    wall[i - 100] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            String inProcess = String.format(java.util.Locale.ROOT,
                    "kit-impact %-10s in-process: wall p50 %.1f ms, p99 %.1f ms; CPU p50 %.1f ms, p99 %.1f ms",
                    e.getKey(), wall[REPEAT / 2], wall[(int) (REPEAT * 0.99) - 1], cpu[REPEAT / 2],
                    cpu[(int) (REPEAT * 0.99) - 1]);
            System.out.println(inProcess);
            report.append(inProcess).append('\n');
            String line = String.format(java.util.Locale.ROOT,
                    "kit-impact %-10s %d tasks, %d requests: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms,"
                            + " slip %.0f h, %d bytes", e.getKey(), TASKS, REPEAT, ms[REPEAT / 2],
                    ms[(int) (REPEAT * 0.9) - 1], ms[(int) (REPEAT * 0.99) - 1], ms[REPEAT - 1],
                    impact.get("totals").get("maxSlipWorkingHours").asDouble(),
                    api.get(sup.token(), path).body().length());
            System.out.println(line);
            report.append(line).append('\n');
        }
        Files.writeString(Path.of("target", "kit-impact-bench.txt"), report);
    }
}
