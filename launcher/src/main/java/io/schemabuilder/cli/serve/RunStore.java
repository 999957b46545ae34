package io.schemabuilder.cli.serve;

import io.schemabuilder.batch.history.RunHistory;
import java.util.function.Function;

/**
 * The one door of the web view to the job repository: every page and document reads the run history through
 * {@link #read}. {@code serve} runs for days beside cron's runs, so a read never holds the repository beyond itself:
 * it opens one connection, answers one query with it, and closes it (no pool, no Spring context). The launcher gives
 * it the repository client that {@code history} and {@code show} read through.
 */
public final class RunStore {

    /** How one read reaches the repository: over a connection of its own, closed when the read ends. */
    public interface Reads {
        /** {@code whenNone} when no run was ever recorded here; {@link Unavailable} when the repository cannot be read. */
        <T> T read(Function<RunHistory, T> query, T whenNone);
    }

    /** The repository could not be read: one line that names it and says why. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Reads reads;

    public RunStore(Reads reads) {
        this.reads = reads;
    }

    /** Answers a query of the run history, or {@code whenNone} when no run was ever recorded here. */
    public <T> T read(Function<RunHistory, T> query, T whenNone) {
        return reads.read(query, whenNone);
    }
}
