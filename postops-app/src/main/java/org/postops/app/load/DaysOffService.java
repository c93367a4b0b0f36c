package org.postops.app.load;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.system.Ids;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Days off: holiday leave, training, time away. Anyone but a client may see anyone's (planning needs them);
 * only the person themselves or an administrator records or removes them.
 */
@Service
public class DaysOffService {

    /** The longest run one day off may cover; a longer absence is recorded in parts. */
    public static final int MAX_DAYS = 366;

    /** A day off as it is asked for: {@code to} defaults to {@code from} (one day), {@code kind} to holiday. */
    public record NewDayOff(@NotNull LocalDate from, LocalDate to, DayOffKind kind,
            @Size(max = 200) String note) {
    }

    private final DayOffRepository daysOff;
    private final UserService users;
    private final AuditTrail audit;
    private final Validator validator;

    DaysOffService(DayOffRepository daysOff, UserService users, AuditTrail audit, Validator validator) {
        this.daysOff = daysOff;
        this.users = users;
        this.audit = audit;
        this.validator = validator;
    }

    /** A person's days off touching {@code from}–{@code to} (each optional), earliest first. */
    @Transactional(readOnly = true)
    public PageOf<DayOff> list(Viewer viewer, long userId, LocalDate from, LocalDate to, Paging paging) {
        users.get(viewer, userId); // clients know of no one but themselves
        if (from != null && to != null && to.isBefore(from)) {
            throw Problem.badField("to", "must not be before from");
        }
        return paging.of(daysOff.ofPerson(userId, from, to, paging.offset(), paging.size()),
                () -> daysOff.countOfPerson(userId, from, to));
    }

    @Transactional(readOnly = true)
    public DayOff get(Viewer viewer, long id) {
        DayOff dayOff = daysOff.find(id).orElseThrow(() -> Problem.notFound("day off"));
        if (viewer.isClient() && viewer.id() != dayOff.userId()) {
            throw Problem.notFound("day off");
        }
        return dayOff;
    }

    @Transactional
    public DayOff add(Viewer viewer, long userId, NewDayOff request) {
        UserAccount person = users.get(viewer, userId);
        requireSelfOrAdmin(viewer, person.id());
        if (request == null) {
            throw Problem.badField("from", "must not be null");
        }
        FieldChecks.check(validator, request);
        LocalDate from = request.from();
        LocalDate to = request.to() == null ? from : request.to();
        if (to.isBefore(from)) {
            throw Problem.badField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw Problem.badField("to", "a day off covers at most " + MAX_DAYS
                    + " days; record a longer absence in parts");
        }
        daysOff.overlapping(person.id(), from, to).ifPresent(clash -> {
            throw Problem.conflict(person.displayName() + " is already off from " + clash.from() + " to "
                    + clash.to() + " (" + clash.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + "); change that one instead");
        });
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        DayOff dayOff = new DayOff(Ids.next(), person.id(), from, to,
                request.kind() == null ? DayOffKind.HOLIDAY : request.kind(), note, DayOffRepository.now());
        daysOff.insert(dayOff);
        audit.record(new AuditTrail.Event(viewer.username(), "day-off.created", "day-off", dayOff.id(), null, null,
                dayOff));
        return dayOff;
    }

    @Transactional
    public void delete(Viewer viewer, long id) {
        DayOff dayOff = get(viewer, id);
        requireSelfOrAdmin(viewer, dayOff.userId());
        daysOff.delete(id);
        audit.record(new AuditTrail.Event(viewer.username(), "day-off.deleted", "day-off", id, null, dayOff, null));
    }

    private static void requireSelfOrAdmin(Viewer viewer, long userId) {
        if (!viewer.isAdmin() && viewer.id() != userId) {
            throw Problem.forbidden("only the person themselves or an administrator may change their days off");
        }
    }
}
