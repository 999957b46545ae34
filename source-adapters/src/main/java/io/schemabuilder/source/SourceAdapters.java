package io.schemabuilder.source;

import io.schemabuilder.source.config.CsvSourceConfig;
import io.schemabuilder.source.config.ExcelSourceConfig;
import io.schemabuilder.source.config.JdbcSourceConfig;
import io.schemabuilder.source.config.SourceConfig;
import io.schemabuilder.source.csv.CsvSourceAdapter;
import io.schemabuilder.source.excel.ExcelSourceAdapter;
import io.schemabuilder.source.jdbc.JdbcSourceAdapter;
import java.util.function.Consumer;

/** Opens the adapter for a configured source. */
public final class SourceAdapters {

    private SourceAdapters() {
    }

    /**
     * @param warnings receives one-line notices that do not fail the source (an encoding fallback, ragged rows)
     */
    public static SourceAdapter open(SourceConfig config, Consumer<String> warnings) {
        if (config instanceof JdbcSourceConfig jdbc) {
            return new JdbcSourceAdapter(jdbc, warnings);
        }
        if (config instanceof CsvSourceConfig csv) {
            return new CsvSourceAdapter(csv, warnings);
        }
        return new ExcelSourceAdapter((ExcelSourceConfig) config, warnings);
    }
}
