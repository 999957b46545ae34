import io.schemabuilder.types.Dialect;
import io.schemabuilder.types.MappedType;
import io.schemabuilder.types.TypeMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The Java side of {@code fuzz.py}: reads {@code dialect<TAB>native type text} lines on stdin and prints
 * {@code member<TAB>schema string} for each, in order (no caching, so every text is parsed, rendered and checked).
 * A mapper that throws prints {@code CRASH<TAB>the exception}, which the fuzz counts as a disagreement.
 *
 * <p>Run from the repository root after compiling the module:
 * {@code java -cp type-mapping/target/classes type-mapping/scripts/MapTypes.java < lines}
 */
public class MapTypes {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        java.util.Map<Dialect, TypeMapper> mappers = new java.util.EnumMap<>(Dialect.class);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int tab = line.indexOf('\t');
            Dialect dialect = Dialect.byName(line.substring(0, tab)).orElseThrow();
            String text = line.substring(tab + 1);
            try {
                MappedType mapped = mappers.computeIfAbsent(dialect, TypeMapper::uncached).map(text);
                out.write(mapped.member().name() + "\t" + mapped.schemaType() + "\n");
            } catch (RuntimeException | StackOverflowError e) {
                out.write("CRASH\t" + e.toString().replace('\t', ' ').replace('\n', ' ') + "\n");
            }
        }
        out.flush();
    }
}
