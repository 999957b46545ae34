package io.schemabuilder.cli;

import io.schemabuilder.batch.job.RunLayout;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;

/**
 * One run at a time per output folder. An operating-system lock on {@code .schema-builder/run.lock} (released by
 * the OS when the process dies, even by {@code kill -9}), with the holder's pid, host and start time written in it
 * for the message the second run prints.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static RunLock acquire(RunLayout layout) {
        try {
            Files.createDirectories(layout.stateDir());
            FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                Properties holder = read(channel);
                channel.close();
                throw new CommandFailure(ExitCodes.RUN_IN_PROGRESS, "another run (pid "
                        + holder.getProperty("pid", "?") + ", started " + holder.getProperty("started", "?")
                        + ") is in progress in " + layout.outputDir());
            }
            String content = "pid=" + ProcessHandle.current().pid() + "\nhost=" + host() + "\nstarted="
                    + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new RunLock(channel, lock);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot lock the output folder " + layout.outputDir() + ": "
                    + e.getMessage(), e);
        }
    }

    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static Properties read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(new String(buffer.array(), 0, buffer.position(),
                StandardCharsets.UTF_8)));
        return properties;
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS drops the lock with the process anyway.
        }
    }
}
