package org.postops.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.job.JobRun;
import org.postops.app.media.MediaFolder;
import org.postops.app.media.MediaFolderFields;
import org.postops.app.media.MediaService;
import org.postops.app.media.volume.MediaType;
import org.postops.app.media.volume.Site;
import org.postops.app.media.volume.Volume;
import org.postops.app.media.volume.VolumeFields;
import org.postops.app.media.volume.VolumeKind;
import org.postops.app.media.volume.VolumeService;
import org.springframework.stereotype.Component;

/**
 * The documentary's first camera card on the facility's storage, through the real services: support registers
 * three volumes under {@code <data>/demo-volumes} (the SAN, a nearline store and an off-site LTO shelf), the
 * assistant editor offloads card A001 to the SAN and the nearline and seals both as background jobs (not waited
 * for). The tape holds nothing yet, so the Media page's coverage has something to say: two copies on disk, on
 * site — one more copy needed, off site and on another medium.
 */
@Component
class DemoMedia {

    static final String ROOT = "demo-volumes";
    static final String CARD = "salt-roads/rushes/A001_C001";
    static final String LABEL = "A001 camera card";

    private final VolumeService volumes;
    private final MediaService media;
    private final UserService users;

    DemoMedia(VolumeService volumes, MediaService media, UserService users) {
        this.volumes = volumes;
        this.media = media;
        this.users = users;
    }

    /** What was set up: the volumes, the card's folders and the seal runs queued for them. */
    record Loaded(List<Volume> volumes, List<MediaFolder> folders, List<JobRun> seals) {
    }

    /**
     * Writes the card's files (plain file writes: they exist before anything is registered), then registers and
     * seals through the services. {@code documentary} is the production the card belongs to. Call inside one
     * transaction: the seals are dispatched when it commits.
     */
    Loaded load(Path dataDir, long documentary) {
        Viewer support = person("aisha.begum");
        Viewer assistant = person("ellie.marsh");
        Path root = dataDir.resolve(ROOT).toAbsolutePath().normalize();
        Path san = root.resolve("san");
        Path nearline = root.resolve("nearline");
        Path tape = root.resolve("lto-offsite");
        try {
            writeCard(san.resolve(CARD));
            writeCard(nearline.resolve(CARD));
            Files.createDirectories(tape);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo camera card under " + root, e);
        }
        Long sanKit = volumes.storageKit(support).entrySet().stream()
                .filter(k -> k.getValue().equals("Shared storage (SAN)")).map(Map.Entry::getKey).findFirst()
                .orElse(null);
        List<Volume> registered = List.of(
                volumes.register(support, new VolumeFields("SAN: projects", VolumeKind.SAN_SHARE, MediaType.DISK,
                        Site.ON_SITE, san.toString(), sanKit, "Demo: a folder under the data directory", false)),
                volumes.register(support, new VolumeFields("Nearline: archive disk", VolumeKind.NEARLINE,
                        MediaType.DISK, Site.ON_SITE, nearline.toString(), null,
                        "Demo: a folder under the data directory", false)),
                volumes.register(support, new VolumeFields("LTO-9: off-site shelf", VolumeKind.LTO_TAPE,
                        MediaType.TAPE, Site.OFF_SITE, tape.toString(), null,
                        "Demo: a folder under the data directory; nothing written to tape yet", false)));
        List<MediaFolder> folders = new ArrayList<>();
        List<JobRun> seals = new ArrayList<>();
        for (Volume v : registered.subList(0, 2)) {
            MediaFolder folder = media.register(assistant, documentary,
                    new MediaFolderFields(v.id(), CARD, LABEL, List.of()));
            folders.add(folder);
            seals.add(media.seal(assistant, folder.id()));
        }
        return new Loaded(registered, folders, seals);
    }

    private Viewer person(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no demo person "
                + username)).asViewer();
    }

    /**
     * A small camera card: four clips of a few KiB and a sidecar, the same bytes on every start and every copy
     * (a fixed seed), so the two offloads are copies of each other.
     */
    static void writeCard(Path card) throws IOException {
        Files.createDirectories(card.resolve("CLIPS"));
        Random bytes = new Random(20250101L);
        for (int clip = 1; clip <= 4; clip++) {
            byte[] content = new byte[2048 * (clip + 1)];
            bytes.nextBytes(content);
            Files.write(card.resolve("CLIPS").resolve(String.format("A001C%03d_250101_R2EC.mxf", clip)), content);
        }
        Files.writeString(card.resolve("A001_C001.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <card reel="A001" camera="A" date="2025-01-01" clips="4">
                  <production>The Salt Roads</production>
                  <note>Demo card: small files standing in for rushes</note>
                </card>
                """, StandardCharsets.UTF_8);
    }
}
