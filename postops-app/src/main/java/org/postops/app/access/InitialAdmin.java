package org.postops.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.postops.app.system.DataSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database: creates {@code admin} with a random password, written to
 * {@code <data>/initial-admin-password} readable by its owner only. There is no default password.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    static final String FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserService users;
    private final Path dataDir;

    InitialAdmin(UserService users, DataSettings.Data data) {
        this.users = users;
        this.dataDir = data.data();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUsers()) {
            return;
        }
        String password = randomPassword(24);
        Path file = dataDir.resolve(FILE);
        writeSecret(file, password + "\n");
        users.createAccount("postops", new UserService.NewUser("admin", "Administrator", "admin@localhost",
                Role.ADMIN, password, null));
        LOG.info("Created user 'admin'. Its password is in {} (readable by you only); sign in and change it.",
                file.toAbsolutePath());
    }

    static String randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Writes a secret atomically (temporary file, then rename) with owner-only permissions. */
    static void writeSecret(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
