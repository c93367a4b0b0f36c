package org.postops.app.budget;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.system.Ids;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.Formats;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The facility's rate card. Staff and support read it (it prices every production's budget);
 * administrators change it; clients see none of it. Two rates for the same subject in the same currency
 * never overlap in time, so a day has at most one price per currency.
 */
@Service
public class RateService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final RateRepository rates;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Validator validator;
    private final Formats formats;

    RateService(RateRepository rates, AuditTrail audit, MergePatch mergePatch, Validator validator,
            Formats formats) {
        this.rates = rates;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validator = validator;
        this.formats = formats;
    }

    @Transactional(readOnly = true)
    public PageOf<RateCard> list(Viewer viewer, SubjectType subjectType, String subject, String currency,
            java.time.LocalDate on, Paging paging) {
        mayRead(viewer);
        String key = subject == null || subject.isBlank() ? null
                : subjectType == SubjectType.ROLE ? subject.strip().toUpperCase(Locale.ROOT) : subject.strip();
        RateRepository.Filter filter = new RateRepository.Filter(subjectType, key,
                currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT), on);
        return paging.of(rates.list(filter, paging.offset(), paging.size()), () -> rates.count(filter));
    }

    @Transactional(readOnly = true)
    public RateCard get(Viewer viewer, long id) {
        mayRead(viewer);
        return rates.find(id).orElseThrow(() -> Problem.notFound("rate"));
    }

    @Transactional
    public RateCard create(Viewer viewer, RateFields fields) {
        mayChange(viewer);
        String subject = checked(fields, 0);
        long id = Ids.next();
        rates.insert(id, fields, subject, now());
        RateCard created = rates.find(id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "rate.created", "rate", id, null, null, created));
        return created;
    }

    /** Applies a JSON merge patch (RFC 7396) to the rate's fields. */
    @Transactional
    public RateCard patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        mayChange(viewer);
        RateCard before = rates.find(id).orElseThrow(() -> Problem.notFound("rate"));
        return update(viewer, before, mergePatch.apply(before.fields(), patch, RateFields.class), expectedVersion);
    }

    @Transactional
    public RateCard update(Viewer viewer, long id, RateFields fields, Optional<Integer> expectedVersion) {
        mayChange(viewer);
        RateCard before = rates.find(id).orElseThrow(() -> Problem.notFound("rate"));
        return update(viewer, before, fields, expectedVersion);
    }

    private RateCard update(Viewer viewer, RateCard before, RateFields fields, Optional<Integer> expectedVersion) {
        String subject = checked(fields, before.id());
        if (!rates.update(before.id(), fields, subject, expectedVersion.orElse(before.version()), now())) {
            throw Problem.stale("the rate");
        }
        RateCard after = rates.find(before.id()).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "rate.updated", "rate", before.id(), null, before,
                after));
        return after;
    }

    /**
     * Deletes a rate entered by mistake. A rate that has simply ended is better given an end date: budgets
     * of past work are priced with the rates that were in force then.
     */
    @Transactional
    public void delete(Viewer viewer, long id, Optional<Integer> expectedVersion) {
        mayChange(viewer);
        RateCard before = rates.find(id).orElseThrow(() -> Problem.notFound("rate"));
        rates.lock();
        if (!rates.delete(id, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("the rate");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "rate.deleted", "rate", id, null, before, null));
    }

    /** Every rate for production roles, for costing (callers decide who may see the result). */
    @Transactional(readOnly = true)
    public List<RateCard> roleRates() {
        return rates.ofType(SubjectType.ROLE);
    }

    /**
     * Checks the fields, and that no other rate for the same subject and currency is in force on any of
     * the same days. Returns the subject as stored: a role's enum name, or the kit or room key.
     */
    private String checked(RateFields fields, long self) {
        FieldChecks.check(validator, fields);
        String subject = fields.subject().strip();
        if (fields.subjectType() == SubjectType.ROLE) {
            try {
                subject = MemberRole.valueOf(subject.toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw Problem.badField("subject", "must be a production role, one of: " + String.join(", ",
                        java.util.Arrays.stream(MemberRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
                                .toList()));
            }
        } else if (!KEY.matcher(subject).matches()) {
            throw Problem.badField("subject", "must be a key of lower-case letters, digits and '-', such as "
                    + "grading-theatre");
        }
        try {
            Currency.getInstance(fields.currency());
        } catch (IllegalArgumentException e) {
            throw Problem.badField("currency", "'" + fields.currency() + "' is not an ISO 4217 currency");
        }
        if (fields.effectiveTo() != null && fields.effectiveTo().isBefore(fields.effectiveFrom())) {
            throw Problem.badField("effectiveTo", "must not be before effectiveFrom");
        }
        rates.lock();
        Optional<RateCard> clash = rates.overlapping(fields.subjectType(), subject, fields.currency(),
                fields.effectiveFrom(), fields.effectiveTo(), self);
        if (clash.isPresent()) {
            throw Problem.conflict("the dates overlap another " + fields.currency() + " rate for the same subject: "
                    + describe(clash.get()) + "; end that rate first or choose other dates");
        }
        return subject;
    }

    /** "Colourist, £600.00 per day, from 2026-01-01 until further notice (rate 123)". */
    public String describe(RateCard r) {
        return r.subjectLabel() + ", " + formats.money(r.amountMinor(), r.currency()) + " " + r.unit().label()
                + ", from " + r.effectiveFrom() + (r.effectiveTo() == null ? " until further notice"
                : " to " + r.effectiveTo()) + " (rate " + r.id() + ")";
    }

    private static void mayRead(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.forbidden("clients do not see the facility's rates");
        }
    }

    private static void mayChange(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw Problem.forbidden("only administrators may change the rate card");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
