package io.schemabuilder.batch.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The job with in-memory sources and a console the tests read. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SchemaBuildJobConfiguration.class)
class JobTestApplication {
    static final List<String> CONSOLE = new CopyOnWriteArrayList<>();

    @Bean
    SourceAdapterFactory testSourceAdapterFactory() {
        return TestSources.factory();
    }

    @Bean
    RunConsole testConsole() {
        return CONSOLE::add;
    }
}
