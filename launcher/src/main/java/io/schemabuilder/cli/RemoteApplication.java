package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunConsole;
import io.schemabuilder.batch.remote.RemoteManagerConfiguration;
import io.schemabuilder.batch.remote.RemoteWorkerConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The Spring context of the remote roles: a manager ({@code run}/{@code restart --broker}) or a worker
 * ({@code worker}): the local context ({@link BatchApplication}) plus the role's broker side. It starts without the
 * ahead-of-time bean definitions, which are made for the local context only: so the local {@code run} loads no
 * class of Spring AMQP or Spring Integration, and stays as fast as before.
 */
@Configuration(proxyBeanMethods = false)
@Import({BatchApplication.class, RemoteApplication.Manager.class, RemoteApplication.Worker.class})
public class RemoteApplication {
    /** {@code local} (default), {@code manager} or {@code worker}. */
    static final String ROLE = "schema-builder.role";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = ROLE, havingValue = "manager")
    @Import(RemoteManagerConfiguration.class)
    static class Manager {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = ROLE, havingValue = "worker")
    @Import(RemoteWorkerConfiguration.class)
    static class Worker {
    }

    static ConfigurableApplicationContext start(BatchApplication.Settings settings, RunConsole console, String role,
                                                Map<String, Object> properties) {
        // Before SpringApplication reads it: this context has no AOT initializer, and must be built from the classes.
        System.setProperty("spring.aot.enabled", "false");
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put(ROLE, role);
        return BatchApplication.start(settings, console, RemoteApplication.class, all);
    }
}
