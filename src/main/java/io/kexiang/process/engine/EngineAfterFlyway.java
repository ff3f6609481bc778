package io.kexiang.process.engine;

import java.util.Set;
import org.flowable.engine.ProcessEngine;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine checks its tables' version as it starts: it must start after Flyway has created them. Boot orders the
 * beans it knows (JPA, JDBC templates) after the migrations; this names the engine's too.
 */
public class EngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, SpringProcessEngineConfiguration.class);
    }
}
