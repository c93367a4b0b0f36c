package org.postops.app.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * Statement time limits on the embedded database. Spring enforces its query and transaction timeouts
 * ({@code spring.jdbc.template.query-timeout}, {@code spring.transaction.default-timeout}) by calling
 * {@code Statement.setQueryTimeout} before every statement. H2 2.4 runs each such call as a
 * {@code SET QUERY_TIMEOUT} command, and every SET makes all sessions parse and plan their statements
 * again and drop results they could reuse: that doubled the database time of My work (docs/benchmarks.md).
 * So on H2 the limit is set once per connection ({@code QUERY_TIMEOUT} in {@link Database}'s URL) and
 * Spring's per-statement timeouts are switched off; PostgreSQL keeps them.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedTimeouts {

    static final int STATEMENT_LIMIT_MILLIS = 30_000;

    @Bean
    static BeanPostProcessor embeddedDatabaseTimeouts(Environment environment) {
        // the same rule as the connection pool's (DataSettings): Database decides what is embedded
        boolean embedded = Database.from(java.nio.file.Path.of(environment.getProperty("postops.data", "postops-data")),
                environment.getProperty("postops.db.url"), null, null).isEmbedded();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (!embedded) {
                    return bean;
                }
                if (bean instanceof JdbcTemplate template) {
                    template.setQueryTimeout(-1);
                } else if (bean instanceof AbstractPlatformTransactionManager transactions) {
                    transactions.setDefaultTimeout(TransactionDefinition.TIMEOUT_DEFAULT);
                }
                return bean;
            }
        };
    }
}
