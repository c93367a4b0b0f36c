package org.postops.app.production;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The technical specification: picture (frame size, rate, scan, aspect ratio), colour pipeline, audio
 * layout, mastering format, and the deliverables with their delivery profile.
 */
public record Spec(
        @Min(16) @Max(32768) Integer frameWidth,
        @Min(16) @Max(32768) Integer frameHeight,
        @Pattern(regexp = "[0-9]{1,3}(\\.[0-9]{1,3})?", message = "must be frames per second, such as 25 or 23.976")
        String frameRate,
        Scan scan,
        @Pattern(regexp = "[0-9]{1,2}(\\.[0-9]{1,3})?(:[0-9]{1,2}(\\.[0-9]{1,3})?)?",
                message = "must be written like 16:9 or 2.39:1 or 1.85")
        String aspectRatio,
        @Size(max = 100) String colourPipeline,
        @Size(max = 100) String audioLayout,
        @Size(max = 200) String masteringFormat,
        @Size(max = 200) List<@Valid Deliverable> deliverables) {

    public Spec {
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
    }

    public static Spec empty() {
        return new Spec(null, null, null, null, null, null, null, null, List.of());
    }

    /** The same picture, sound and mastering, with new (unsaved) deliverables: for copying. */
    public Spec copied() {
        return new Spec(frameWidth, frameHeight, frameRate, scan, aspectRatio, colourPipeline, audioLayout,
                masteringFormat,
                deliverables.stream().map(d -> new Deliverable(null, d.name(), d.format(), d.deliveryProfileId()))
                        .toList());
    }
}
