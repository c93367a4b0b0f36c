package org.postops.app.job;

import java.net.InetAddress;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JobRunr's settings beyond application.properties: it stores jobs as JSON with Jackson 3, the JSON library of
 * the rest of the server (it would otherwise pick the Jackson 2 that the API documentation brings along).
 */
@Configuration(proxyBeanMethods = false)
class JobSettings {

    @Bean
    JsonMapper jobRunrJsonMapper() {
        return new Jackson3JsonMapper();
    }

    /** This server's name for its runs when postops.jobs.node does not say. */
    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception | Error unknown) {
            return "local";
        }
    }
}
