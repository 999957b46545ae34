package io.schemabuilder.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * {@code schema-builder types --dialect D}: reads native type texts, one per line (an empty line is the empty type
 * text, as SQLite reports an undeclared column), and prints {@code native<TAB>sqlglot_type<TAB>schema_type} per
 * line, in order. Tools outside the project check the mapping with it: the format is a contract.
 */
public final class TypesCommand {

    private TypesCommand() {
    }

    /** @return the exit code: 0, or 2 for an unknown dialect */
    public static int run(String dialectName, Reader in, PrintStream out, PrintStream err) {
        Dialect dialect = Dialect.byName(dialectName).orElse(null);
        if (dialect == null) {
            err.println("unknown dialect '" + dialectName + "'; dialects: " + Dialect.acceptedNames());
            return 2;
        }
        TypeMapper mapper = TypeMapper.forDialect(dialect);
        try {
            BufferedReader lines = new BufferedReader(in);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String nativeType = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                MappedType mapped = mapper.map(nativeType);
                out.println(nativeType + "\t" + mapped.sqlglotType() + "\t" + mapped.schemaType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return 0;
    }
}
