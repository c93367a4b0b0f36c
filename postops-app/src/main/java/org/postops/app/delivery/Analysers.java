package org.postops.app.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.MediaInfo;
import org.postops.media.probe.MediaProbe;
import org.postops.media.probe.ProbeException;
import org.postops.media.qc.DeliveryProfile;
import org.postops.media.qc.DeliveryProfiles;
import org.postops.media.qc.ProfileException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's FFmpeg (bundled unless POSTOPS_FFMPEG_DIR or postops.ffmpeg.dir says otherwise; found once) and
 * the delivery profiles (the built-ins and {@code postops.qc.profiles-dir}, read again each time so a profile
 * dropped into the folder counts at once). Profiles are named by id only: a path is never read from a request.
 */
@Component
class Analysers {

    private final Optional<Path> profilesDir;
    private final Duration probeTimeout;
    private volatile Ffmpeg ffmpeg;

    Analysers(@Value("${postops.qc.profiles-dir:${POSTOPS_PROFILES_DIR:}}") String profilesDir,
            @Value("${postops.assets.probe-timeout-seconds:120}") long probeTimeoutSeconds) {
        this.profilesDir = profilesDir == null || profilesDir.isBlank() ? Optional.empty()
                : Optional.of(Path.of(profilesDir.strip()));
        this.probeTimeout = Duration.ofSeconds(Math.max(5, probeTimeoutSeconds));
    }

    Ffmpeg ffmpeg() {
        Ffmpeg f = ffmpeg;
        if (f == null) {
            synchronized (this) {
                if (ffmpeg == null) {
                    ffmpeg = Ffmpeg.locate();
                }
                f = ffmpeg;
            }
        }
        return f;
    }

    MediaInfo probe(Path file) throws ProbeException {
        return new MediaProbe(ffmpeg(), probeTimeout).probe(file);
    }

    List<DeliveryProfile> profiles() throws ProfileException {
        return DeliveryProfiles.load(profilesDir).all();
    }

    /** The profile with this id; empty when there is none (an id that looks like a path is no id). */
    Optional<DeliveryProfile> profile(String id) throws ProfileException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return profiles().stream().filter(p -> p.id().equals(id.strip())).findFirst();
    }
}
