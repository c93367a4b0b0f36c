package org.postops.app.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.media.volume.VolumeService;
import org.postops.app.production.Deliverable;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionService;
import org.postops.app.system.DataSettings;
import org.postops.app.system.Ids;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Problem;
import org.postops.media.probe.MediaInfo;
import org.postops.media.probe.ProbeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * A production's media assets: files on a volume (confined to it as media folders are) or uploaded (streamed to
 * disk, never held in memory), probed when registered so that a file FFmpeg cannot read is refused with nothing
 * saved. The production's team registers and changes them; everyone who sees the production reads them
 * (clients without the facility's volumes and paths). Probing happens outside any transaction.
 */
@Service
public class AssetService {

    static final String SUBJECT = "media-asset";
    private static final int NAME_MAX = 255;

    /** An upload: the file's name, what it is, and optionally the deliverable and a folder on a volume. */
    public record Upload(String fileName, String label, Long deliverableId, Long volumeId, String folder) {
    }

    private final DeliveryRepository repo;
    private final ProductionService productions;
    private final VolumeService volumes;
    private final Analysers analysers;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Path uploads;
    private final long maxUpload;

    AssetService(DeliveryRepository repo, ProductionService productions, VolumeService volumes, Analysers analysers,
            AuditTrail audit, MergePatch mergePatch, TransactionTemplate tx, Clock clock, DataSettings.Data data,
            @Value("${postops.assets.max-upload:200GB}") DataSize maxUpload) {
        this.repo = repo;
        this.productions = productions;
        this.volumes = volumes;
        this.analysers = analysers;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.tx = tx;
        this.clock = clock;
        this.uploads = data.data().toAbsolutePath().normalize().resolve("uploads");
        this.maxUpload = maxUpload.toBytes();
    }

    public long maxUploadBytes() {
        return maxUpload;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public List<MediaAsset> ofProduction(Viewer viewer, long productionId) {
        productions.access(viewer, productionId, Access.VIEW);
        Map<Long, Deliverable> deliverables = deliverables(viewer, productionId);
        Map<Long, QcRun> latest = new HashMap<>();
        repo.latestRuns(productionId).forEach(r -> latest.put(r.assetId(), r));
        return repo.assets(viewer, productionId).stream()
                .map(a -> shown(viewer, complete(a, deliverables, latest.get(a.id()), null))).toList();
    }

    /** One asset with its whole probe ({@code metadata}); 404 when the viewer may not see its production. */
    @Transactional(readOnly = true)
    public MediaAsset get(Viewer viewer, long id) {
        DeliveryRepository.Row row = repo.asset(viewer, id).orElseThrow(() -> Problem.notFound("asset"));
        MediaAsset a = row.asset();
        List<QcRun> runs = repo.runsOfAsset(id, 1);
        JsonNode metadata = Json.read(row.metadata());
        if (viewer.isClient() && metadata.isObject()) {
            ((tools.jackson.databind.node.ObjectNode) metadata).put("file", a.fileName());
        }
        return shown(viewer, complete(a, deliverables(viewer, a.productionId()), runs.isEmpty() ? null : runs.get(0),
                metadata));
    }

    private static MediaAsset complete(MediaAsset a, Map<Long, Deliverable> deliverables, QcRun latest,
            JsonNode metadata) {
        Deliverable d = a.deliverableId() == null ? null : deliverables.get(a.deliverableId());
        return a.with(d == null ? null : d.name(), d == null ? null : d.deliveryProfileId(), latest, metadata);
    }

    private static MediaAsset shown(Viewer viewer, MediaAsset a) {
        return viewer.isClient() ? a.forClient() : a;
    }

    /** The deliverables of the production's spec, by id. */
    public Map<Long, Deliverable> deliverables(Viewer viewer, long productionId) {
        Map<Long, Deliverable> out = new LinkedHashMap<>();
        productions.get(viewer, productionId).spec().deliverables().forEach(d -> out.put(d.id(), d));
        return out;
    }

    // ------------------------------------------------------------------ registering

    /** Registers a file already on a volume: the production's team may. Probed before anything is saved. */
    public MediaAsset register(Viewer viewer, long productionId, AssetFields fields) {
        productions.access(viewer, productionId, Access.WORK);
        Production p = productions.get(viewer, productionId);
        List<Problem.FieldError> errors = new ArrayList<>();
        String label = fields.label() == null ? "" : fields.label().strip();
        checkDeliverable(p, fields.deliverableId(), errors);
        if (fields.volumeId() == null) {
            errors.add(new Problem.FieldError("volumeId", "must name a volume"));
        }
        if (label.length() > 200) {
            errors.add(new Problem.FieldError("label", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        VolumeService.Place place = volumes.file(viewer, fields.volumeId(), fields.relativePath(), "relativePath");
        if (repo.registered(productionId, place.volume().id(), place.relativePath())) {
            throw Problem.conflict(place.relativePath() + " on '" + place.volume().name()
                    + "' is already an asset of this production.");
        }
        Path real = place.real();
        String name = real.getFileName().toString();
        MediaInfo info = probe(real, "relativePath");
        long id = Ids.next();
        save(viewer, id, productionId, label.isEmpty() ? name : label, AssetOrigin.VOLUME, place.volume().id(),
                place.relativePath(), name, info, fields.deliverableId(), Map.of("volume", place.volume().name()));
        return get(viewer, id);
    }

    /**
     * Streams an upload to the production's uploads folder under the data directory, or into an existing folder
     * of a volume, then probes it: a body past {@code postops.assets.max-upload}, an empty one or a file FFmpeg
     * cannot read is refused and its bytes removed, with nothing saved.
     */
    public MediaAsset upload(Viewer viewer, long productionId, Upload u, InputStream body) {
        productions.access(viewer, productionId, Access.WORK);
        Production p = productions.get(viewer, productionId);
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = fileName(u.fileName(), errors);
        String label = u.label() == null || u.label().isBlank() ? (name == null ? "" : name) : u.label().strip();
        if (label.length() > 200) {
            errors.add(new Problem.FieldError("label", "must be at most 200 characters"));
        }
        checkDeliverable(p, u.deliverableId(), errors);
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        long id = Ids.next();
        Path folder;
        String relative;
        Long volumeId = null;
        String where;
        if (u.volumeId() != null) {
            VolumeService.Place place = volumes.folder(viewer, u.volumeId(), u.folder(), "folder");
            folder = place.real();
            relative = place.relativePath() + "/" + name;
            volumeId = place.volume().id();
            where = "'" + place.volume().name() + "'";
            if (repo.registered(productionId, volumeId, relative)) {
                throw Problem.conflict(relative + " on " + where + " is already an asset of this production.");
            }
        } else {
            folder = uploads.resolve(String.valueOf(productionId));
            relative = productionId + "/" + id + "-" + name;
            where = "the server's uploads";
        }
        Path target = folder.resolve(u.volumeId() != null ? name : id + "-" + name);
        Path part = folder.resolve(".postops-upload-" + id + ".part");
        if (Files.exists(target)) {
            throw Problem.conflict("A file named " + name + " is already in that folder of " + where + ".");
        }
        boolean placed = false;
        try {
            Files.createDirectories(folder);
            long size = copy(body, part);
            if (size == 0) {
                throw Problem.badField("body", "is empty: send the file's bytes");
            }
            Files.move(part, target); // refuses (FileAlreadyExistsException) rather than replace a file
            placed = true;
            MediaInfo info = probe(target, "body");
            save(viewer, id, productionId, label, volumeId == null ? AssetOrigin.UPLOAD : AssetOrigin.VOLUME, volumeId,
                    relative, name, info, u.deliverableId(), Map.of("uploadedTo", where));
            return get(viewer, id);
        } catch (FileAlreadyExistsException e) {
            throw Problem.conflict("A file named " + name + " is already in that folder of " + where + ".");
        } catch (IOException e) {
            throw new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "the upload could not be written: " + e.getMessage(),
                    List.of());
        } catch (RuntimeException e) {
            if (placed) {
                deleteQuietly(target);
            }
            throw e;
        } finally {
            deleteQuietly(part);
        }
    }

    /**
     * Copies at most the cap; one byte more refuses the upload (413) — a chunked body states no length. A body
     * that stops before its end (the sender cancelled, the connection dropped) is the sender's failure: 400.
     */
    private long copy(InputStream body, Path part) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            int n;
            while ((n = read(body, buffer)) > 0) {
                total += n;
                if (total > maxUpload) {
                    throw new Problem(HttpStatus.valueOf(413), "the upload is larger than "
                            + org.postops.app.web.BodyLimit.size(maxUpload) + " (postops.assets.max-upload); nothing "
                            + "was saved", List.of(new Problem.FieldError("body", "is larger than "
                            + org.postops.app.web.BodyLimit.size(maxUpload))));
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static int read(InputStream body, byte[] buffer) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw Problem.badField("body", "stopped before its end (the upload was cancelled or the connection "
                    + "dropped); nothing was saved");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover part file is named .postops-upload-*.part and harmless
        }
    }

    /** A file name as uploaded: one name, no folders, nothing hidden or special. */
    static String fileName(String asked, List<Problem.FieldError> errors) {
        String n = asked == null ? "" : asked.strip();
        String why = null;
        if (n.isEmpty()) {
            why = "must name the file (\"reel1_master.mxf\")";
        } else if (n.length() > NAME_MAX) {
            why = "must be at most " + NAME_MAX + " characters";
        } else if (n.contains("/") || n.contains("\\") || n.equals("..") || n.equals(".")) {
            why = "must be a file name without folders";
        } else if (n.startsWith(".")) {
            why = "must not start with '.'";
        } else if (n.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            why = "must not contain control characters";
        }
        if (why != null) {
            errors.add(new Problem.FieldError("fileName", why));
            return null;
        }
        return n;
    }

    private MediaInfo probe(Path file, String field) {
        try {
            return analysers.probe(file);
        } catch (ProbeException e) {
            throw Problem.badField(field, "FFmpeg cannot read it as media: " + e.getMessage());
        } catch (org.postops.media.probe.Ffmpeg.FfmpegMissingException e) {
            throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "no FFmpeg on the server: " + e.getMessage(), List.of());
        }
    }

    private void save(Viewer viewer, long id, long productionId, String label, AssetOrigin origin, Long volumeId,
            String relative, String name, MediaInfo info, Long deliverableId, Map<String, Object> extra) {
        AssetFacts facts = facts(info);
        tx.executeWithoutResult(s -> {
            repo.insertAsset(id, productionId, label, origin, volumeId, relative, name, info.sizeBytes(),
                    deliverableId, facts, Json.write(info), viewer.id(), clock.instant());
            Map<String, Object> after = new LinkedHashMap<>(extra);
            after.put("label", label);
            after.put("file", relative);
            after.put("bytes", info.sizeBytes());
            after.put("deliverableId", deliverableId);
            audit.record(new AuditTrail.Event(viewer.username(), "media-asset.registered", SUBJECT, id, productionId,
                    null, after));
        });
    }

    private static void checkDeliverable(Production p, Long deliverableId, List<Problem.FieldError> errors) {
        if (deliverableId != null && p.spec().deliverables().stream().noneMatch(d -> deliverableId.equals(d.id()))) {
            errors.add(new Problem.FieldError("deliverableId", "no deliverable " + deliverableId
                    + " in this production's spec"));
        }
    }

    // ------------------------------------------------------------------ changing

    /** Changes the label or the deliverable (merge patch); the production's team may. Stale version → 412. */
    @Transactional
    public MediaAsset patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        MediaAsset before = get(viewer, id);
        productions.access(viewer, before.productionId(), Access.WORK);
        AssetChanges merged = mergePatch.apply(new AssetChanges(before.label(), before.deliverableId()), patch,
                AssetChanges.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        String label = merged.label() == null ? "" : merged.label().strip();
        if (label.isEmpty()) {
            errors.add(new Problem.FieldError("label", "must not be blank"));
        } else if (label.length() > 200) {
            errors.add(new Problem.FieldError("label", "must be at most 200 characters"));
        }
        checkDeliverable(productions.get(viewer, before.productionId()), merged.deliverableId(), errors);
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        if (!repo.updateAsset(id, label, merged.deliverableId(), expectedVersion.orElse(before.version()),
                clock.instant())) {
            throw Problem.stale("asset '" + before.label() + "'");
        }
        Map<String, Object> was = new HashMap<>();
        was.put("label", before.label());
        was.put("deliverableId", before.deliverableId());
        Map<String, Object> now = new HashMap<>();
        now.put("label", label);
        now.put("deliverableId", merged.deliverableId());
        audit.record(new AuditTrail.Event(viewer.username(), "media-asset.changed", SUBJECT, id,
                before.productionId(), was, now));
        return get(viewer, id);
    }

    // ------------------------------------------------------------------ for QC

    /** The file of an asset as a job opens it, or empty with the reason. */
    Optional<Path> file(DeliveryRepository.Place place, java.util.function.Consumer<String> refused) {
        if (place.origin() == AssetOrigin.VOLUME) {
            return volumes.fileAgain(place.volumeId(), place.relativePath(), refused);
        }
        Path p = uploads.resolve(place.relativePath()).normalize();
        if (!p.startsWith(uploads) || !Files.isRegularFile(p)) {
            refused.accept("the uploaded file " + place.fileName() + " is no longer in the server's uploads");
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** The facts people look for first, from the probe. */
    static AssetFacts facts(MediaInfo info) {
        var video = info.mainVideo();
        String scan = video.map(v -> v.scan() + v.fieldOrder().map(o -> " (" + o + ")").orElse("")).orElse(null);
        List<String> tracks = new ArrayList<>();
        for (MediaInfo.AudioTrack a : info.audio()) {
            tracks.add(a.layout().map(l -> l + " (" + a.channels() + " ch)").orElse(a.channels() + " ch") + " "
                    + BigDecimal.valueOf(a.sampleRate()).movePointLeft(3).stripTrailingZeros().toPlainString()
                    + " kHz" + a.bitDepth().map(b -> " " + b + "-bit").orElse(""));
        }
        String audio = tracks.isEmpty() ? null : collapse(tracks);
        String container = info.container().name() == null ? info.container().format() : info.container().name();
        return new AssetFacts(clip(container, 200), info.durationSeconds().orElse(null),
                video.map(MediaInfo.VideoTrack::width).orElse(null), video.map(MediaInfo.VideoTrack::height).orElse(null),
                video.flatMap(MediaInfo.VideoTrack::frameRate).orElse(null), clip(scan, 60),
                info.startTimecode().orElse(null), clip(audio, 500));
    }

    /** "4 × mono (1 ch) 48 kHz 24-bit" for four alike tracks, else each track joined with " + ". */
    private static String collapse(List<String> tracks) {
        if (tracks.size() > 1 && tracks.stream().distinct().count() == 1) {
            return tracks.size() + " × " + tracks.get(0);
        }
        return String.join(" + ", tracks);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
