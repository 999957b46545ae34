package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.schemabuilder.batch.job.LocalWrites;
import io.schemabuilder.batch.job.RunLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WritableOutputDirTest {

    private final RunLayout layout = new RunLayout(Path.of("/data/out"));

    @Test
    void anOutputDirWithLessFreeSpaceThanTheRepositoryMarginIsAConfigurationError() {
        CommandFailure failure = catchThrowableOfType(CommandFailure.class,
                () -> WritableOutputDir.checkRoom(layout, 60 * 1024));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(failure.getMessage()).isEqualTo("output dir /data/out cannot be written: no space left on device"
                + " (60 KB free; a run needs 2048 KB for the job repository)");
    }

    @Test
    void enoughOrUnknownFreeSpaceLetsTheRunStart() {
        assertThatCode(() -> WritableOutputDir.checkRoom(layout, LocalWrites.MARGIN_BYTES)).doesNotThrowAnyException();
        assertThatCode(() -> WritableOutputDir.checkRoom(layout, -1)).doesNotThrowAnyException();
    }
}
