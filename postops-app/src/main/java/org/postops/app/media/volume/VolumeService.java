package org.postops.app.media.volume;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitType;
import org.postops.app.system.Ids;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The facility's storage volumes. Everyone but clients reads them (clients: 404, as for the rest of the
 * facility); administrators and support register and change them. A volume is never deleted, only retired:
 * folders and their runs refer to it.
 */
@Service
public class VolumeService {

    private final VolumeRepository volumes;
    private final KitService kit;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Clock clock;

    VolumeService(VolumeRepository volumes, KitService kit, AuditTrail audit, MergePatch mergePatch, Clock clock) {
        this.volumes = volumes;
        this.kit = kit;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Volume> list(Viewer viewer, boolean includeRetired) {
        notClient(viewer);
        return volumes.volumes(includeRetired);
    }

    @Transactional(readOnly = true)
    public Volume get(Viewer viewer, long id) {
        notClient(viewer);
        return volumes.volume(id).orElseThrow(() -> Problem.notFound("volume"));
    }

    /** A volume by id, for other areas that checked their own access (a folder's volume). */
    public Optional<Volume> find(long id) {
        return volumes.volume(id);
    }

    @Transactional
    public Volume register(Viewer viewer, VolumeFields requested) {
        notClient(viewer);
        mayChange(viewer);
        VolumeFields f = checked(requested, true);
        long id = Ids.next();
        volumes.insertVolume(id, f, viewer.id(), clock.instant());
        audit.record(new AuditTrail.Event(viewer.username(), "volume.registered", "volume", id, null, null, f));
        return get(viewer, id);
    }

    @Transactional
    public Volume patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Volume before = get(viewer, id);
        mayChange(viewer);
        VolumeFields merged = mergePatch.apply(before.fields(), patch, VolumeFields.class);
        VolumeFields f = checked(merged, merged.rootPath() == null
                || !merged.rootPath().strip().equals(before.rootPath()));
        if (!volumes.updateVolume(id, f, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("volume '" + before.name() + "'");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "volume.changed", "volume", id, null, before.fields(), f));
        return get(viewer, id);
    }

    /** The form's way to change a volume: every field at once, at the version the form was shown. */
    @Transactional
    public Volume change(Viewer viewer, long id, VolumeFields fields, int expectedVersion) {
        Volume before = get(viewer, id);
        mayChange(viewer);
        VolumeFields f = checked(fields, fields.rootPath() == null
                || !fields.rootPath().strip().equals(before.rootPath()));
        if (!volumes.updateVolume(id, f, expectedVersion)) {
            throw Problem.stale("volume '" + before.name() + "'");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "volume.changed", "volume", id, null, before.fields(), f));
        return get(viewer, id);
    }

    /** Whether the viewer registers and changes volumes (administrators and support). */
    public static boolean maySetUp(Viewer viewer) {
        return viewer.role() == Role.ADMIN || viewer.role() == Role.SUPPORT;
    }

    public static void notClient(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.notFound("volume");
        }
    }

    private static void mayChange(Viewer viewer) {
        if (!maySetUp(viewer)) {
            throw Problem.forbidden("Only administrators and support register or change volumes.");
        }
    }

    /** Checks the fields; the root must be an absolute path to an existing folder (checked when it changes). */
    private VolumeFields checked(VolumeFields f, boolean checkRoot) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            errors.add(new Problem.FieldError("name", "must not be blank"));
        } else if (name.length() > 200) {
            errors.add(new Problem.FieldError("name", "must be at most 200 characters"));
        }
        if (f.kind() == null) {
            errors.add(new Problem.FieldError("kind", "must be one of: san_share, nearline, lto_tape, shuttle_drive, "
                    + "cloud_bucket_mount, other"));
        }
        if (f.mediaType() == null) {
            errors.add(new Problem.FieldError("mediaType", "must be one of: disk, tape, cloud, optical, other"));
        }
        if (f.site() == null) {
            errors.add(new Problem.FieldError("site", "must be one of: on_site, off_site"));
        }
        String root = f.rootPath() == null ? "" : f.rootPath().strip();
        if (root.isEmpty()) {
            errors.add(new Problem.FieldError("rootPath", "must not be blank"));
        } else if (root.length() > 1000) {
            errors.add(new Problem.FieldError("rootPath", "must be at most 1000 characters"));
        } else if (checkRoot) {
            rootProblem(root).ifPresent(p -> errors.add(new Problem.FieldError("rootPath", p)));
        }
        if (f.kitId() != null) {
            Optional<KitService.KitRef> k = kit.find(f.kitId());
            if (k.isEmpty()) {
                errors.add(new Problem.FieldError("kitId", "no kit " + f.kitId()));
            } else if (k.get().kind() != KitType.STORAGE) {
                errors.add(new Problem.FieldError("kitId", "'" + k.get().name() + "' is not storage kit"));
            }
        }
        if (f.notes() != null && f.notes().length() > 4000) {
            errors.add(new Problem.FieldError("notes", "must be at most 4000 characters"));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        String notes = f.notes() == null || f.notes().isBlank() ? null : f.notes().strip();
        return new VolumeFields(name, f.kind(), f.mediaType(), f.site(), root, f.kitId(), notes,
                Boolean.TRUE.equals(f.retired()));
    }

    static Optional<String> rootProblem(String root) {
        if (root.indexOf('\0') >= 0) {
            return Optional.of("must not contain a NUL character");
        }
        try {
            Path p = Path.of(root);
            if (!p.isAbsolute()) {
                return Optional.of("must be an absolute path on the PostOps server (\"/mnt/san/projects\")");
            }
            if (!Files.exists(p)) {
                return Optional.of("does not exist on the PostOps server (is the volume mounted?)");
            }
            if (!Files.isDirectory(p)) {
                return Optional.of("is not a folder");
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("is not a valid path: " + e.getReason());
        }
    }

    /** A place on a volume, confined to it: the volume, the path as stored (relative, real) and the real path. */
    public record Place(Volume volume, String relativePath, Path real) {
    }

    /**
     * An existing file on a volume, confined to it exactly as media folders are (relative, no {@code ..}, no
     * symbolic link out). For areas that register single files. 404 for an unknown volume (and for clients);
     * 400 on {@code field} when the volume is retired or the path is refused.
     */
    @Transactional(readOnly = true)
    public Place file(Viewer viewer, long volumeId, String relativePath, String field) {
        Volume v = get(viewer, volumeId);
        if (v.retired()) {
            throw Problem.badField("volumeId", "'" + v.name() + "' is retired");
        }
        try {
            Path real = Locations.insideFile(v.rootPath(), relativePath);
            return new Place(v, Locations.relativeTo(v.rootPath(), real), real);
        } catch (Locations.Refused r) {
            throw Problem.badField(field, r.getMessage());
        }
    }

    /** As {@link #file}, for an existing folder under the volume's root (where an upload is written). */
    @Transactional(readOnly = true)
    public Place folder(Viewer viewer, long volumeId, String relativePath, String field) {
        Volume v = get(viewer, volumeId);
        if (v.retired()) {
            throw Problem.badField("volumeId", "'" + v.name() + "' is retired");
        }
        try {
            Path real = Locations.inside(v.rootPath(), relativePath);
            return new Place(v, Locations.relativeTo(v.rootPath(), real), real);
        } catch (Locations.Refused r) {
            throw Problem.badField(field, r.getMessage());
        }
    }

    /**
     * The file again, when a job opens it (links can change since it was registered); empty with the reason
     * handed to {@code refused} when it is gone or now leads out of the volume.
     */
    public Optional<Path> fileAgain(long volumeId, String relativePath, java.util.function.Consumer<String> refused) {
        Optional<Volume> v = volumes.volume(volumeId);
        if (v.isEmpty()) {
            refused.accept("the volume is gone");
            return Optional.empty();
        }
        try {
            return Optional.of(Locations.insideFile(v.get().rootPath(), relativePath));
        } catch (Locations.Refused r) {
            refused.accept(relativePath + " on '" + v.get().name() + "' " + r.getMessage());
            return Optional.empty();
        }
    }

    /** For the pages: the storage kit a volume may sit on. */
    @Transactional(readOnly = true)
    public Map<Long, String> storageKit(Viewer viewer) {
        notClient(viewer);
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        kit.findAll(kit.idsOfKind(KitType.STORAGE)).values().stream()
                .sorted(java.util.Comparator.comparing(KitService.KitRef::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(k -> names.put(k.id(), k.name()));
        return names;
    }
}
