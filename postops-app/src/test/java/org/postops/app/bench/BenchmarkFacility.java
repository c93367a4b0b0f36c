package org.postops.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postops.app.bench.FacilityShape.Member;
import org.postops.app.bench.FacilityShape.Person;
import org.postops.app.bench.FacilityShape.Production;
import org.postops.app.bench.FacilityShape.Task;
import org.postops.app.system.Database;
import org.postops.app.system.Ids;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills a migrated, otherwise empty PostOps database with a large facility for the HTTP benchmark
 * (bench/me-tasks.sh): by default 2,000 people, 200 productions and 100,000 tasks. Writes straight to
 * the tables in JDBC batches, because going through the services (and the audit trail) would take
 * hours; so the loaded data has no audit entries. Test code: it never ships in the server's jar.
 *
 * <pre>
 * java -cp ... org.postops.app.bench.BenchmarkFacility --data DIR --password PW [--users N]
 *     [--productions N] [--tasks N] [--seed N] [--viewers N]
 * java -cp ... org.postops.app.bench.BenchmarkFacility --url jdbc:postgresql://... --db-user U
 *     [--db-password P] --password PW
 * </pre>
 *
 * Prints {@code key=value} lines, among them {@code viewer=<username>}: a staff member with a typical
 * amount of work, on at least one restricted production, to sign in as; and {@code viewers=a,b,...}:
 * the {@code --viewers} most typical such people, for benchmarks that sign in as many.
 */
public final class BenchmarkFacility {

    private static final int BATCH = 2_000;

    private BenchmarkFacility() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Database db = opts.containsKey("url")
                ? new Database(opts.get("url"), opts.getOrDefault("db-user", ""), opts.getOrDefault("db-password", ""))
                : Database.embedded(Path.of(required(opts, "data")));
        String password = required(opts, "password");
        int users = Integer.parseInt(opts.getOrDefault("users", "2000"));
        int productions = Integer.parseInt(opts.getOrDefault("productions", "200"));
        int tasks = Integer.parseInt(opts.getOrDefault("tasks", "100000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "20261120"));
        int viewers = Integer.parseInt(opts.getOrDefault("viewers", "1"));

        long started = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        FacilityShape shape = new FacilityShape(seed, today, users, productions, tasks, Ids::next);
        // One bcrypt hash for everyone: hashing 2,000 passwords would take minutes and prove nothing.
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            c.setAutoCommit(false);
            refuseIfLoaded(c);
            write(c, shape, hash);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze"); // fresh statistics, so the planner sees the real table sizes
            }
        }
        report(shape, viewers, (System.nanoTime() - started) / 1_000_000);
    }

    private static void refuseIfLoaded(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select count(*) from production")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the database already holds productions; load into a fresh one");
            }
        }
    }

    private static void write(Connection c, FacilityShape shape, String hash) throws SQLException {
        OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into app_user (id, username, display_name, email, time_zone, global_role, active,
                                      password_hash, version, created_at)
                values (?, ?, ?, ?, ?, ?, true, ?, 0, ?)""")) {
            Batch batch = new Batch(ps);
            for (Person p : shape.people) {
                batch.add(p.id(), p.username(), p.displayName(), p.username() + "@bench.example", p.zone(), p.role(),
                        hash, now);
            }
            batch.flush();
        }
        try (PreparedStatement production = c.prepareStatement("""
                insert into production (id, name, client, production_type, status, confidentiality, start_date,
                    picture_lock_date, delivery_date, currency, synopsis, frame_width, frame_height, frame_rate,
                    version, created_at, updated_at)
                values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 'GBP', ?, 1920, 1080, '25', 0, ?, ?)""");
                PreparedStatement stage = c.prepareStatement(
                        "insert into stage (id, production_id, sort_order, name) values (?, ?, ?, ?)");
                PreparedStatement member = c.prepareStatement(
                        "insert into production_member (production_id, user_id, member_role) values (?, ?, ?)")) {
            // Table by table, each flushed before the next: a row's foreign keys must already be written.
            Batch productions = new Batch(production);
            for (Production p : shape.productions) {
                productions.add(p.id(), p.name(), "Client of " + p.name(), p.type(),
                        p.restricted() ? "RESTRICTED" : "STANDARD", p.start(), p.start().plusDays(90),
                        p.start().plusDays(150), "Benchmark production " + p.name(), now, now);
            }
            productions.flush();
            Batch stages = new Batch(stage);
            for (Production p : shape.productions) {
                for (int s = 0; s < p.stageIds().size(); s++) {
                    stages.add(p.stageIds().get(s), p.id(), s, FacilityShape.STAGES[s]);
                }
            }
            stages.flush();
            Batch members = new Batch(member);
            for (Production p : shape.productions) {
                for (Member m : p.team()) {
                    members.add(p.id(), shape.people.get(m.person()).id(), m.role());
                }
            }
            members.flush();
        }
        try (PreparedStatement task = c.prepareStatement("""
                insert into task (id, production_id, stage_id, title, status, estimate_minutes, due_date, version,
                                  created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
                PreparedStatement assignee = c.prepareStatement(
                        "insert into task_assignee (task_id, user_id) values (?, ?)");
                PreparedStatement dependency = c.prepareStatement(
                        "insert into task_dependency (task_id, depends_on_id) values (?, ?)")) {
            Batch tasks = new Batch(task);
            for (int p = 0; p < shape.productions.size(); p++) {
                Production production = shape.productions.get(p);
                for (Task t : shape.tasks.get(p)) {
                    tasks.add(t.id(), production.id(), production.stageIds().get(t.stage()), t.title(), t.status(),
                            t.estimateMinutes(), t.due(), now, now);
                }
            }
            tasks.flush();
            Batch assignees = new Batch(assignee);
            Batch dependencies = new Batch(dependency);
            for (List<Task> list : shape.tasks) {
                for (Task t : list) {
                    for (int a : t.assignees()) {
                        assignees.add(t.id(), shape.people.get(a).id());
                    }
                    if (t.after() >= 0) {
                        dependencies.add(t.id(), list.get(t.after()).id());
                    }
                }
            }
            assignees.flush();
            dependencies.flush();
        }
    }

    /**
     * Counts, and the people to sign in as: staff on a restricted production with about the average
     * amount of open work, the most typical first.
     */
    private static void report(FacilityShape shape, int viewers, long millis) {
        Map<Integer, Integer> open = new HashMap<>();
        Map<Integer, Integer> assigned = new HashMap<>();
        long assignments = 0;
        long dependencies = 0;
        for (List<Task> list : shape.tasks) {
            for (Task t : list) {
                dependencies += t.after() >= 0 ? 1 : 0;
                for (int a : t.assignees()) {
                    assignments++;
                    assigned.merge(a, 1, Integer::sum);
                    if (!t.status().equals("DONE")) {
                        open.merge(a, 1, Integer::sum);
                    }
                }
            }
        }
        Set<Integer> onRestricted = new HashSet<>();
        long memberships = 0;
        for (Production p : shape.productions) {
            memberships += p.team().size();
            if (p.restricted()) {
                p.team().forEach(m -> onRestricted.add(m.person()));
            }
        }
        double meanOpen = open.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        List<Integer> typical = IntStream.range(0, shape.people.size())
                .filter(i -> shape.people.get(i).role().equals("STAFF") && onRestricted.contains(i)).boxed()
                .sorted(Comparator.comparingDouble(i -> Math.abs(open.getOrDefault(i, 0) - meanOpen)))
                .limit(Math.max(1, viewers)).toList();
        int viewer = typical.get(0);
        int taskCount = shape.tasks.stream().mapToInt(List::size).sum();
        System.out.println("users=" + shape.people.size());
        System.out.println("productions=" + shape.productions.size() + " (restricted "
                + shape.productions.stream().filter(Production::restricted).count() + ")");
        System.out.println("memberships=" + memberships);
        System.out.println("tasks=" + taskCount);
        System.out.println("assignments=" + assignments + String.format(" (%.1f per person with work)",
                assignments / (double) assigned.size()));
        System.out.println("dependencies=" + dependencies);
        System.out.println("viewer=" + shape.people.get(viewer).username());
        System.out.println("viewers=" + typical.stream().map(i -> shape.people.get(i).username())
                .collect(Collectors.joining(",")));
        System.out.println("viewer_tasks=" + assigned.getOrDefault(viewer, 0));
        System.out.println("viewer_open_tasks=" + open.getOrDefault(viewer, 0));
        System.out.println("load_ms=" + millis);
    }

    /** A prepared insert sent in batches. */
    private static final class Batch {
        private final PreparedStatement ps;
        private int pending;

        Batch(PreparedStatement ps) {
            this.ps = ps;
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
