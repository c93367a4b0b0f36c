package org.postops.app.system;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's connection pool, pointed where {@link Database} says. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DataSettings.Db.class, DataSettings.Data.class})
public class DataSettings {

    /** {@code postops.db.*}: set from POSTOPS_DB_URL, POSTOPS_DB_USER, POSTOPS_DB_PASSWORD. */
    @ConfigurationProperties("postops.db")
    public record Db(String url, String user, String password) {
    }

    /** {@code postops.data}: the data directory. */
    @ConfigurationProperties("postops")
    public record Data(Path data) {

        public Data {
            data = data == null ? Path.of("postops-data") : data;
        }
    }

    @Bean
    Database database(Db db, Data data) {
        return Database.from(data.data(), db.url(), db.user(), db.password());
    }

    @Bean
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Database database) {
        return DataSourceBuilder.create().type(HikariDataSource.class).url(database.url()).username(database.user())
                .password(database.password()).build();
    }
}
