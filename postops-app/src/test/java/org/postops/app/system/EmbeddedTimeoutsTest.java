package org.postops.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** On H2 the statement limit is the connection's, not set again before every statement. */
class EmbeddedTimeoutsTest extends ServerTest {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    AbstractPlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onH2SpringSetsNoPerStatementTimeoutsAndTheConnectionCarriesTheLimit() {
        assumeFalse(onPostgres(), "PostgreSQL keeps Spring's per-statement timeouts");
        assertThat(jdbcTemplate.getQueryTimeout()).isEqualTo(-1);
        assertThat(transactions.getDefaultTimeout()).isEqualTo(TransactionDefinition.TIMEOUT_DEFAULT);
        String limit = jdbc.sql("select setting_value from information_schema.settings "
                + "where setting_name = 'QUERY_TIMEOUT'").query(String.class).single();
        assertThat(limit).isEqualTo(String.valueOf(EmbeddedTimeouts.STATEMENT_LIMIT_MILLIS));
    }

    @Test
    void onPostgresSpringKeepsItsTimeouts() {
        assumeTrue(onPostgres(), "only on PostgreSQL");
        assertThat(jdbcTemplate.getQueryTimeout()).isPositive();
        assertThat(transactions.getDefaultTimeout()).isPositive();
    }
}
