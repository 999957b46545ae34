package io.schemabuilder.batch.job;

/** Where a run's lines go (started, done, failed): standard output for the command line, a list in tests. */
public interface RunConsole {

    void line(String text);

    /** A source that failed or stopped: printed even when the other lines are not ({@code --quiet}). */
    default void failure(String text) {
        line(text);
    }

    RunConsole STDOUT = text -> {
        synchronized (System.out) {
            System.out.println(text);
            System.out.flush();
        }
    };
}
