package org.postops.app.kit.csv;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.postops.app.access.Viewer;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitStatus;
import org.postops.app.kit.KitType;
import org.postops.app.web.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The kit register as CSV: {@code GET /api/v1/kit/export} and {@code POST /api/v1/kit/import} (see {@link KitCsv}). */
@RestController
@RequestMapping("/api/v1")
class KitCsvController {

    private final KitCsv csv;

    KitCsvController(KitCsv csv) {
        this.csv = csv;
    }

    @GetMapping(path = "/kit/export", produces = "text/csv")
    ResponseEntity<String> export(Viewer viewer, @RequestParam(required = false) KitType kind,
            @RequestParam(required = false) KitStatus status, @RequestParam(required = false) Long roomId,
            @RequestParam(required = false) String q) {
        return download(csv.export(viewer, new KitService.KitQuery(kind, status, roomId, q, true, false)));
    }

    /** The CSV is the body (text/csv); {@code dryRun=true} reports what would change and saves nothing. */
    @PostMapping(path = "/kit/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    KitCsv.ImportReport importCsv(Viewer viewer, HttpServletRequest request,
            @RequestParam(required = false) boolean dryRun) throws IOException {
        return csv.importCsv(viewer, read(request.getContentLengthLong(), request.getInputStream()), dryRun);
    }

    static ResponseEntity<String> download(String text) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("kit.csv").build()
                        .toString())
                .body(text);
    }

    /** Reads at most {@link KitCsv#MAX_BYTES} of UTF-8 text; anything longer is refused before it is kept. */
    static String read(long declaredLength, InputStream in) throws IOException {
        if (declaredLength > KitCsv.MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = in.readNBytes(KitCsv.MAX_BYTES + 1);
        if (bytes.length > KitCsv.MAX_BYTES) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badField("file", "is not UTF-8 text; save the spreadsheet as CSV UTF-8");
        }
    }

    static Problem tooLarge() {
        return new Problem(HttpStatus.valueOf(413), "file: is larger than " + KitCsv.MAX_BYTES / (1024 * 1024)
                + " MB; import the register in parts", java.util.List.of(new Problem.FieldError("file",
                "is larger than 5 MB")));
    }
}
