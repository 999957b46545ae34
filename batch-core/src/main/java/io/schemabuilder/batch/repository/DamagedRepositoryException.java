package io.schemabuilder.batch.repository;

import java.util.List;

/**
 * The job repository lacks some of Spring Batch's tables or sequences and holds runs: it is not made afresh (that
 * would lose them), and the job cannot use it. The command says which repository and what to do about it.
 */
public class DamagedRepositoryException extends RuntimeException {
    private final List<String> missing;
    private final long runs;

    public DamagedRepositoryException(List<String> missing, long runs) {
        super("it holds " + runs + (runs == 1 ? " run" : " runs") + " but lacks " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
        this.runs = runs;
    }

    public List<String> missing() {
        return missing;
    }

    public long runs() {
        return runs;
    }
}
