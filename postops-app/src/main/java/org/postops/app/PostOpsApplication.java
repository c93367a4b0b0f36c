package org.postops.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The PostOps server. Started by {@code postops serve}; see {@link org.postops.app.cli.PostOps}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PostOpsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PostOpsApplication.class, args);
    }
}
