package org.postops.app.production;

import java.util.List;

/** The workflow a new production of each type starts with; every stage can be edited afterwards. */
final class StageTemplates {

    private StageTemplates() {
    }

    static List<String> forType(ProductionType type) {
        return switch (type) {
            case DRAMA_SERIES, FEATURE -> List.of("Ingest & sync", "Offline edit", "Picture lock", "Online / conform",
                    "VFX", "Grade", "Audio post", "QC", "Delivery");
            case DOCUMENTARY -> List.of("Ingest & sync", "Logging & transcription", "Offline edit", "Archive clearance",
                    "Picture lock", "Online / conform", "Grade", "Audio post", "QC", "Delivery");
            case COMMERCIAL, MUSIC_VIDEO -> List.of("Ingest", "Offline edit", "Client approval", "Online / conform",
                    "VFX & graphics", "Grade", "Audio post", "QC", "Delivery");
            case SHORT, CORPORATE, OTHER -> List.of("Ingest", "Edit", "Picture lock", "Finishing", "Audio post", "QC",
                    "Delivery");
        };
    }
}
