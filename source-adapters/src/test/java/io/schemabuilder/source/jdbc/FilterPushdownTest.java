package io.schemabuilder.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.source.TableKey;
import io.schemabuilder.source.config.TableFilter;
import io.schemabuilder.types.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the filters add to a catalog query, and how configured names and product names are read. */
class FilterPushdownTest {

    private static TableFilter filter(List<String> schemaInclude, List<String> schemaExclude, List<String> names,
                                      List<String> tableInclude, List<String> tableExclude) {
        return new TableFilter("sales", schemaInclude, schemaExclude, names, tableInclude, tableExclude);
    }

    @Test
    void globsBecomeLikePatternsWithLikesOwnWildcardsEscaped() {
        SqlFilter sql = SqlFilter.of(new TableFilters(TableFilter.ALL), "%_", true);

        assertThat(sql.like("ord*")).isEqualTo("ord%");
        assertThat(sql.like("t?_100%")).isEqualTo("t_!_100!%");
        assertThat(sql.like("wow!")).isEqualTo("wow!!");
        assertThat(sql.like("[x]")).isEqualTo("[x]");
        assertThat(SqlFilter.of(new TableFilters(TableFilter.ALL), "%_[", true).like("[x]")).isEqualTo("![x]");
    }

    @Test
    void everyFilterIsPushedWhereTheDialectsLikeIsExact() {
        SqlFilter sql = SqlFilter.of(new TableFilters(filter(List.of("s*"), List.of("stage"),
                List.of("orders", "sales.\"odd.name\""), List.of("o*", "c*"), List.of("*_tmp"))), "%_", true);

        assertThat(sql.conditions()).containsExactly(
                "table_schema = ?",
                "(table_schema LIKE ? ESCAPE '!')",
                "(table_name LIKE ? ESCAPE '!' OR table_name LIKE ? ESCAPE '!')",
                "table_schema NOT LIKE ? ESCAPE '!'",
                "table_name NOT LIKE ? ESCAPE '!'",
                "(table_name = ? OR (table_schema = ? AND table_name = ?))");
        assertThat(sql.parameters()).containsExactly("sales", "s%", "o%", "c%", "stage", "%!_tmp", "orders", "sales",
                "odd.name");
    }

    /** A case-insensitive NOT LIKE would drop TMP_x that the exact filter keeps: exclusions stay in Java there. */
    @Test
    void exclusionsAreNotPushedWhereLikeIgnoresCase() {
        SqlFilter sql = SqlFilter.of(new TableFilters(filter(List.of(), List.of("stage"), List.of(), List.of(),
                List.of("tmp*"))), "%_", false);

        assertThat(sql.conditions()).containsExactly("table_schema = ?");
    }

    @Test
    void tableNamesAreBareOrQualifiedAndQuotedPartsMayHoldDotsAndQuotes() {
        TableFilters filters = new TableFilters(new TableFilter(null, List.of(), List.of(),
                List.of("orders", "sales.customers", "\"odd.name\"", "public.\"say \"\"hi\"\"\""), List.of(), List.of()));

        assertThat(filters.matches(new TableKey("any", "orders"))).isTrue();
        assertThat(filters.matches(new TableKey("sales", "customers"))).isTrue();
        assertThat(filters.matches(new TableKey("crm", "customers"))).isFalse();
        assertThat(filters.matches(new TableKey("x", "odd.name"))).isTrue();
        assertThat(filters.matches(new TableKey("public", "say \"hi\""))).isTrue();
        assertThat(filters.matches(new TableKey("odd", "name"))).isFalse();
    }

    @Test
    void aDriversProductNameGivesItsDialect() {
        assertThat(ProductNames.dialect("PostgreSQL")).isEqualTo(Dialect.POSTGRES);
        assertThat(ProductNames.dialect("Microsoft SQL Server")).isEqualTo(Dialect.TSQL);
        assertThat(ProductNames.dialect("MariaDB")).isEqualTo(Dialect.MYSQL);
        assertThat(ProductNames.dialect("Spark SQL")).isEqualTo(Dialect.DATABRICKS);
        assertThat(ProductNames.dialect("Amazon Redshift")).isEqualTo(Dialect.REDSHIFT);
        assertThat(ProductNames.dialect("Trino")).isEqualTo(Dialect.TRINO);
        assertThat(ProductNames.dialect("Apache Derby")).isNull();
    }
}
