package org.postops.app.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.postops.app.access.ApiToken;
import org.postops.app.access.LoginGuard;
import org.postops.app.access.TokenService;
import org.postops.app.access.Viewer;
import org.postops.app.web.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens over the API. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
class TokenController {

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password,
            @NotBlank @Size(max = 100) String name, Integer expiresInDays) {
    }

    private final LoginGuard guard;
    private final TokenService tokens;

    TokenController(LoginGuard guard, TokenService tokens) {
        this.guard = guard;
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<TokenService.IssuedToken> issue(@Valid @RequestBody TokenRequest request,
            HttpServletRequest http) {
        TokenService.checkRequest(request.name(), request.expiresInDays());
        LoginGuard.Outcome outcome = guard.attempt(request.username(), request.password(), http.getRemoteAddr());
        if (outcome instanceof LoginGuard.Outcome.Throttled t) {
            long seconds = t.retryAfter().toSeconds() + 1;
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "too many failed sign-ins; try again in "
                    + LoginGuard.inWords(seconds), List.of())
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        if (!(outcome instanceof LoginGuard.Outcome.Accepted accepted)) {
            throw new Problem(HttpStatus.UNAUTHORIZED, "wrong username or password", List.of());
        }
        TokenService.IssuedToken issued = tokens.issue(accepted.viewer(), request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/auth/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    List<ApiToken> list(Viewer viewer) {
        return tokens.list(viewer);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Viewer viewer, @PathVariable long id) {
        tokens.revoke(viewer, id);
        return ResponseEntity.noContent().build();
    }
}
