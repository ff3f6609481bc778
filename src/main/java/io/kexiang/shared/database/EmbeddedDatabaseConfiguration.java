package io.kexiang.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.kexiang.shared.web.ProblemReplies;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded default: with no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) the application
 * runs its own PostgreSQL, so {@code java -jar} works on a bare machine. Configure a URL and none is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseSettings settings,
            @Value("${server.port:8080}") int httpPort) {
        return EmbeddedPostgresServer.acquire(settings, httpPort);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("kexiang-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
        dataSource.setPassword(server.password());
        return dataSource;
    }

    /**
     * Replaces Boot's {@code db} indicator for the embedded server: while it is down the answer is DOWN at once,
     * where a connection from the pool would keep the readiness probe waiting for the pool's timeout.
     */
    @Bean
    HealthIndicator dbHealthIndicator(EmbeddedPostgresServer server, DataSource dataSource) {
        DataSourceHealthIndicator query = new DataSourceHealthIndicator(dataSource);
        return () -> server.isUp() ? query.health()
                : Health.down().withDetail("reason", "the embedded PostgreSQL is being started again").build();
    }

    @Bean
    FilterRegistrationBean<DatabaseAvailability> databaseAvailability(EmbeddedPostgresServer server,
            ApplicationEventPublisher events, ProblemReplies replies) {
        FilterRegistrationBean<DatabaseAvailability> registration =
                new FilterRegistrationBean<>(new DatabaseAvailability(server, events, replies));
        // Before the security filters: signing in needs the database too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static class NoDatasourceUrl extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().containsProperty("spring.datasource.url")
                    ? ConditionOutcome.noMatch("spring.datasource.url is set")
                    : ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL");
        }
    }
}
