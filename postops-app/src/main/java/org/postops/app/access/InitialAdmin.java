package org.postops.app.access;

import java.nio.file.Path;
import org.postops.app.system.DataSettings;
import org.postops.app.system.SecretFile;
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
        String password = SecretFile.randomPassword(24);
        Path file = dataDir.resolve(FILE);
        SecretFile.write(file, password + "\n");
        users.createAccount("postops", new UserService.NewUser("admin", "Administrator", "admin@localhost",
                Role.ADMIN, password, null));
        LOG.info("Created user 'admin'. Its password is in {} (readable by you only); sign in and change it.",
                file.toAbsolutePath());
    }
}
