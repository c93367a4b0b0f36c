package org.postops.app.access.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;
import org.postops.app.access.LoginGuard;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People over the API. */
@RestController
@RequestMapping("/api/v1")
class UserController {

    /** {@code currentPassword} is needed to change one's own password, not for an admin setting another's. */
    record PasswordChange(@NotNull String password, String currentPassword) {
    }

    private final UserService users;
    private final LoginGuard guard;

    UserController(UserService users, LoginGuard guard) {
        this.users = users;
        this.guard = guard;
    }

    @PostMapping("/users")
    ResponseEntity<UserAccount> create(Viewer viewer, @Valid @RequestBody UserService.NewUser request) {
        UserAccount created = users.create(viewer, request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/users")
    PageOf<UserAccount> list(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return users.list(viewer, q, Paging.of(page, size));
    }

    @GetMapping("/users/{id}")
    ResponseEntity<UserAccount> get(Viewer viewer, @PathVariable long id) {
        UserAccount user = users.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(user.version())).body(user);
    }

    @GetMapping("/me")
    UserAccount me(Viewer viewer) {
        return users.get(viewer, viewer.id());
    }

    @PutMapping("/users/{id}")
    ResponseEntity<UserAccount> update(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UserService.UserChanges changes) {
        Optional<Integer> expected = Preconditions.expectedVersion(ifMatch, null);
        UserAccount user = users.update(viewer, id, changes, expected);
        return ResponseEntity.ok().eTag(Preconditions.etag(user.version())).body(user);
    }

    @PutMapping("/users/{id}/password")
    ResponseEntity<Void> password(Viewer viewer, @PathVariable long id, @Valid @RequestBody PasswordChange change,
            jakarta.servlet.http.HttpServletRequest request) {
        guard.changePassword(viewer, id, change.currentPassword(), change.password(), request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }
}
