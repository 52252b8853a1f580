package com.ticketorleaveit.platform.jdbc;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * A transaction takes its database connection from the pool at its first statement, not when it begins. A command
 * for a hot aggregate begins its transaction, then waits for the aggregate's lock: with eager connections, hundreds
 * of such waiters would hold every connection of the pool while they wait, and the one that holds the lock, the
 * event processors and every other command would wait for a connection in turn. Lazily, only the work that runs holds
 * a connection.
 */
@AutoConfiguration
public class LazyConnectionsConfiguration {

    @Bean
    static BeanPostProcessor lazyConnectionDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof LazyConnectionDataSourceProxy)) {
                    return new LazyConnectionDataSourceProxy(dataSource);
                }
                return bean;
            }
        };
    }
}
