package org.postops.app.brief;

import jakarta.validation.constraints.Size;

/** The notes as written: each at most 10,000 characters; blank means none. */
public record BriefNotesFields(@Size(max = 10000) String storageNotes, @Size(max = 10000) String mediaNotes,
        @Size(max = 10000) String riskNotes) {
}
