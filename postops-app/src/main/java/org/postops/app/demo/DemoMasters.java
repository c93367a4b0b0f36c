package org.postops.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.delivery.AssetFields;
import org.postops.app.delivery.AssetService;
import org.postops.app.delivery.MediaAsset;
import org.postops.app.delivery.QcService;
import org.postops.app.job.JobOutcome;
import org.postops.app.job.JobProgress;
import org.postops.app.job.JobRun;
import org.postops.app.job.JobService;
import org.postops.app.job.JobWork;
import org.postops.app.media.volume.Volume;
import org.postops.app.media.volume.VolumeService;
import org.postops.app.production.Deliverable;
import org.postops.app.production.ProductionService;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.Processes;
import org.springframework.stereotype.Component;

/**
 * The commercial's masters, made and checked in the background so the Deliveries page has something to show: a
 * job renders two short clips with the bundled FFmpeg onto the demo SAN (colour bars with a 1 kHz tone mixed at
 * −23 LUFS, the broadcast level), registers each as an asset of its deliverable (probed like any other) and
 * starts a QC run on each against the deliverable's profile. The TV master passes EBU R 128; the web version,
 * left at the broadcast level, fails streaming-web's −14 LUFS, so the page shows a pass, a fail and the reason,
 * and the editor and the supervisors are told of the fail.
 *
 * <p>A job rather than part of the start: rendering takes seconds (tens on a loaded machine) and must never delay
 * or break the server's start. The run is the editor's, so its files and runs are hers.
 */
@Component
class DemoMasters implements JobWork {

    static final String FOLDER = "first-light/masters";
    static final String EDITOR = "priya.raman";
    /** A 1 kHz sine at this amplitude on both channels measures −23.0 LUFS integrated (EBU R 128). */
    static final double BROADCAST_AMPLITUDE = 0.0707946;
    static final int SECONDS = 6;

    /** One clip: the deliverable it is, its file name, and how FFmpeg encodes it. */
    record Master(String deliverable, String label, String file, List<String> encode) {
    }

    static final List<Master> MASTERS = List.of(
            new Master("TV master 30s", "TV master (6 s demo cut)", "FirstLight_TVC_master.mov",
                    List.of("-c:v", "prores_aw", "-profile:v", "4", "-pix_fmt", "yuv444p10le", "-c:a", "pcm_s24le",
                            "-timecode", "10:00:00:00")),
            new Master("Web and social versions", "Web version 1920x1080 (6 s demo cut)", "FirstLight_web_1080p.mp4",
                    List.of("-c:v", "libopenh264", "-b:v", "4M", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a",
                            "192k")));

    private final JobService jobs;
    private final VolumeService volumes;
    private final AssetService assets;
    private final QcService qc;
    private final ProductionService productions;
    private final UserService users;

    DemoMasters(JobService jobs, VolumeService volumes, AssetService assets, QcService qc,
            ProductionService productions, UserService users) {
        this.jobs = jobs;
        this.volumes = volumes;
        this.assets = assets;
        this.qc = qc;
        this.productions = productions;
        this.users = users;
    }

    /** Queues the job for the commercial's masters on the SAN volume; it runs once the caller's transaction commits. */
    JobRun load(long commercial, Volume san) {
        return jobs.enqueue(editor(), "demo.masters", commercial, "volume", san.id(),
                "Demo: render and check the TV master and the web version", DemoMasters.class);
    }

    @Override
    public JobOutcome run(JobRun run, JobProgress progress) throws Exception {
        Viewer editor = editor();
        long commercial = run.productionId();
        Volume san = volumes.get(editor, run.subjectId());
        Path folder = Path.of(san.rootPath()).resolve(FOLDER);
        Files.createDirectories(folder);
        Ffmpeg ffmpeg = Ffmpeg.locate();
        List<Deliverable> deliverables = productions.get(editor, commercial).spec().deliverables();
        List<String> started = new ArrayList<>();
        for (int i = 0; i < MASTERS.size(); i++) {
            Master m = MASTERS.get(i);
            progress.report(i, MASTERS.size(), 0, 0);
            render(ffmpeg, folder.resolve(m.file()), m.encode());
            Long deliverable = deliverables.stream().filter(d -> d.name().equals(m.deliverable()))
                    .map(Deliverable::id).findFirst().orElse(null);
            MediaAsset asset = assets.register(editor, commercial,
                    new AssetFields(san.id(), FOLDER + "/" + m.file(), m.label(), deliverable));
            qc.start(editor, asset.id(), Optional.empty());
            started.add(m.label());
        }
        progress.report(MASTERS.size(), MASTERS.size(), 0, 0);
        return JobOutcome.succeeded("Rendered and registered " + String.join(" and ", started)
                + "; their QC runs are queued.");
    }

    private static void render(Ffmpeg ffmpeg, Path out, List<String> encode) throws IOException, InterruptedException {
        String tone = BROADCAST_AMPLITUDE + "*sin(2*PI*1000*t)";
        List<String> args = new ArrayList<>(List.of("-y", "-hide_banner", "-loglevel", "error", "-nostdin",
                "-f", "lavfi", "-i", "smptehdbars=size=1920x1080:rate=25:d=" + SECONDS,
                "-f", "lavfi", "-i", "aevalsrc=exprs='" + tone + "|" + tone + "':s=48000:c=stereo:d=" + SECONDS));
        args.addAll(encode);
        Path part = out.resolveSibling(out.getFileName() + ".part" + extension(out));
        args.add(part.toString());
        Processes.Result r = Processes.run(ffmpeg.process(ffmpeg.ffmpeg(), args), Duration.ofMinutes(5));
        if (r.exitCode() != 0) {
            Files.deleteIfExists(part);
            throw new IOException("FFmpeg could not render " + out.getFileName() + ": " + r.err().strip());
        }
        Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The output's own extension again, so FFmpeg picks the container from the temporary name too. */
    private static String extension(Path out) {
        String name = out.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    private Viewer editor() {
        return users.findByUsername(EDITOR).orElseThrow(() -> new IllegalStateException("no demo person " + EDITOR))
                .asViewer();
    }
}
