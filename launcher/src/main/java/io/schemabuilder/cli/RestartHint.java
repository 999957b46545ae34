package io.schemabuilder.cli;

import io.schemabuilder.batch.history.RunRecord;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code schema-builder restart ...} command that a run's summary, its stop line and the web view's run page
 * print: ready to paste into a POSIX shell (each word quoted where needed), naming the same job repository (a
 * --repository-url without its password, which restart takes from where the run took it).
 */
public final class RestartHint {
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private RestartHint() {
    }

    /** {@code repositoryUrl}: the run's --repository-url, or null for the embedded repository. */
    public static String command(RunRecord run, String repositoryUrl) {
        return command(run, repositoryUrl, null);
    }

    /** {@code broker}: a remote run's broker URL without its password ({@code BrokerUrl.toString()}), or null. */
    public static String command(RunRecord run, String repositoryUrl, String broker) {
        StringBuilder command = new StringBuilder("schema-builder restart ").append(run.id());
        if (run.config() != null) {
            command.append(" --config ").append(shellWord(run.config()));
        }
        if (run.outputDir() != null) {
            command.append(" --output-dir ").append(shellWord(run.outputDir()));
        }
        if (repositoryUrl != null) {
            command.append(" --repository-url ").append(shellWord(withoutPassword(repositoryUrl)));
        }
        if (broker != null) {
            command.append(" --broker ").append(shellWord(broker));
        }
        return command.toString();
    }

    static String shellWord(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** The URL without a {@code password=} query parameter (a password is never printed). */
    public static String withoutPassword(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("password="))
                .collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }
}
