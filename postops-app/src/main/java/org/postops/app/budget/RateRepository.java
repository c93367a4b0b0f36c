package org.postops.app.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.postops.app.access.MemberRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facility's rate card. Rates are facility data, not production data: no confidentiality filter. */
@Repository
class RateRepository {

    /** What a list may be narrowed to; null parts do not narrow it. */
    record Filter(SubjectType subjectType, String subject, String currency, LocalDate on) {
    }

    private static final String SELECT = """
            select id, version, subject_type, subject, unit, amount_minor, currency, effective_from, effective_to,
                   created_at, updated_at
            from rate_card r
            """;
    private static final String ORDER = " order by r.subject_type, r.subject, r.currency, r.effective_from, r.id";

    private final JdbcClient jdbc;

    RateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RateCard> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RateRepository::map).optional();
    }

    List<RateCard> list(Filter f, long offset, int limit) {
        return jdbc.sql(SELECT + where(f) + ORDER + " limit :limit offset :offset")
                .params(params(f)).param("limit", limit).param("offset", offset)
                .query(RateRepository::map).list();
    }

    long count(Filter f) {
        return jdbc.sql("select count(*) from rate_card r" + where(f)).params(params(f)).query(Long.class)
                .single();
    }

    /** Every rate of one kind of subject, for costing (a small table: a rate per role per currency per year). */
    List<RateCard> ofType(SubjectType type) {
        return jdbc.sql(SELECT + " where r.subject_type = ?" + ORDER).param(type.name())
                .query(RateRepository::map).list();
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (f.subjectType() != null) {
            sql.append(" and r.subject_type = :type");
        }
        if (f.subject() != null) {
            sql.append(" and r.subject = :subject");
        }
        if (f.currency() != null) {
            sql.append(" and r.currency = :currency");
        }
        if (f.on() != null) {
            sql.append(" and r.effective_from <= :on and (r.effective_to is null or r.effective_to >= :on)");
        }
        return sql.toString();
    }

    private static java.util.Map<String, Object> params(Filter f) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("type", f.subjectType() == null ? null : f.subjectType().name());
        p.put("subject", f.subject());
        p.put("currency", f.currency());
        p.put("on", f.on());
        return p;
    }

    /** The first rate (other than {@code except}) for the same subject and currency whose dates overlap. */
    Optional<RateCard> overlapping(SubjectType type, String subject, String currency, LocalDate from, LocalDate to,
            long except) {
        return jdbc.sql(SELECT + """
                 where r.subject_type = :type and r.subject = :subject and r.currency = :currency and r.id <> :except
                   and (r.effective_to is null or r.effective_to >= :from)""" + (to == null ? ""
                        : " and r.effective_from <= :to") + ORDER + " limit 1")
                .param("type", type.name()).param("subject", subject).param("currency", currency)
                .param("except", except).param("from", from).param("to", to)
                .query(RateRepository::map).optional();
    }

    /** Serialises changes to the rate card, so that the overlap check sees every other change. */
    void lock() {
        jdbc.sql("select id from rate_card_head where id = 1 for update").query(Integer.class).single();
    }

    void insert(long id, RateFields f, String subject, Instant now) {
        jdbc.sql("""
                insert into rate_card (id, subject_type, subject, unit, amount_minor, currency, effective_from,
                                       effective_to, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, f.subjectType().name(), subject, f.unit().name(), f.amountMinor(), f.currency(),
                        f.effectiveFrom(), f.effectiveTo(), utc(now), utc(now))
                .update();
    }

    boolean update(long id, RateFields f, String subject, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update rate_card set subject_type = ?, subject = ?, unit = ?, amount_minor = ?, currency = ?,
                                     effective_from = ?, effective_to = ?, version = version + 1, updated_at = ?
                where id = ? and version = ?""")
                .params(f.subjectType().name(), subject, f.unit().name(), f.amountMinor(), f.currency(),
                        f.effectiveFrom(), f.effectiveTo(), utc(now), id, expectedVersion)
                .update() == 1;
    }

    boolean delete(long id, int expectedVersion) {
        return jdbc.sql("delete from rate_card where id = ? and version = ?").params(id, expectedVersion)
                .update() == 1;
    }

    private static RateCard map(ResultSet rs, int n) throws SQLException {
        SubjectType type = SubjectType.valueOf(rs.getString("subject_type"));
        String stored = rs.getString("subject");
        return new RateCard(rs.getLong("id"), rs.getInt("version"), type, shown(type, stored), label(type, stored),
                RateUnit.valueOf(rs.getString("unit")), rs.getLong("amount_minor"), rs.getString("currency"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Roles are stored as the enum's name (COLOURIST) and shown as the API writes enums (colourist). */
    static String shown(SubjectType type, String stored) {
        return type == SubjectType.ROLE ? stored.toLowerCase(Locale.ROOT) : stored;
    }

    static String label(SubjectType type, String stored) {
        if (type == SubjectType.ROLE) {
            try {
                return MemberRole.valueOf(stored).label();
            } catch (IllegalArgumentException e) {
                return stored;
            }
        }
        String words = stored.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (type == SubjectType.KIT ? " (kit)"
                : " (room)");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
