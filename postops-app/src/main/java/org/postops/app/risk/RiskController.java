package org.postops.app.risk;

import java.time.LocalDate;
import org.postops.app.access.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The impact of kit being down, over the API. */
@RestController
@RequestMapping("/api/v1")
class RiskController {

    private final RiskService risks;

    RiskController(RiskService risks) {
        this.risks = risks;
    }

    /**
     * {@code ?days=N} working days down (1 to 60, default 1) {@code &from=DATE} (default today on the facility
     * calendar).
     */
    @GetMapping("/kit/{id}/impact")
    KitImpact impact(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        return risks.impactOfKit(viewer, id, from, days == null ? 1 : days);
    }
}
