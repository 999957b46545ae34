package io.schemabuilder.batch.job;

/** Where progress lines go: standard output for the command line, a list in tests. */
public interface RunConsole {

    void line(String text);

    RunConsole STDOUT = text -> {
        synchronized (System.out) {
            System.out.println(text);
            System.out.flush();
        }
    };
}
