package org.postops.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized request body to the API before a byte of it is read: PostOps's API takes small JSON
 * documents, so anything past 1 MiB (5 MiB for the kit register's CSV import) is a mistake or an attack, answered
 * 413 with nothing read or saved. The one place the limit is declared; readers of a body without a declared
 * length (chunked) bound what they read themselves (e.g. configuration snapshots).
 *
 * <p>One exception: a production's asset upload ({@code POST /api/v1/productions/{id}/assets/upload}) takes a media
 * file's bytes, streamed to disk and never held in memory, up to {@code postops.assets.max-upload} (default 200GB,
 * that is 200 GiB); its reader stops a chunked body at the same cap. The same upload at the pages' door
 * ({@code POST /productions/{id}/assets/upload}, the delivery page's script) is held to the same cap here; no
 * other page reads a body this filter would need to limit.
 */
@Component
public class BodyLimit extends OncePerRequestFilter {

    public static final long MAX_JSON_BYTES = 1024 * 1024;
    /** The kit register's CSV import (a spreadsheet of a whole facility's kit). */
    public static final long MAX_CSV_BYTES = 5 * 1024 * 1024;
    private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile(
            "(/api/v1)?/productions/[^/]+/assets/upload");

    private final long maxUpload;

    public BodyLimit(@org.springframework.beans.factory.annotation.Value("${postops.assets.max-upload:200GB}")
            org.springframework.util.unit.DataSize maxUpload) {
        this.maxUpload = maxUpload.toBytes();
    }

    /** A limit in words: "1024 KiB", or whole MiB/GiB past a gibibyte ("200 GiB"). */
    public static String size(long limit) {
        long gib = 1024L * 1024 * 1024;
        if (limit >= gib && limit % gib == 0) {
            return limit / gib + " GiB";
        }
        if (limit >= gib && limit % (1024 * 1024) == 0) {
            return limit / (1024 * 1024) + " MiB";
        }
        return limit >= 1024 ? (limit / 1024) + " KiB" : limit + " bytes";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !uri.startsWith("/api/") && !UPLOAD.matcher(uri).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        long limit = uri.startsWith("/api/v1/kit/import") ? MAX_CSV_BYTES
                : UPLOAD.matcher(uri).matches() ? maxUpload : MAX_JSON_BYTES;
        if (request.getContentLengthLong() > limit) {
            String kib = size(limit);
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setHeader("Connection", "close");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"the request body is larger than " + kib + "; nothing was saved\","
                    + "\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\","
                    + "\"errors\":[{\"field\":\"body\",\"message\":\"is larger than " + kib + "\"}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
