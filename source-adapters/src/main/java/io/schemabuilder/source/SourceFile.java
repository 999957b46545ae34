package io.schemabuilder.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file a file source's table was read from, as schema.json records it, so that a later run can tell an
 * unchanged file without reading it: same size and modification time, or (when only the time changed) the same
 * content hash.
 *
 * @param modified the modification time, ISO-8601 UTC
 * @param sha256   hex SHA-256 of the file's bytes
 */
public record SourceFile(String path, long size, String modified, String sha256) {

    public static SourceFile of(Path file) {
        return of(file, sha256(file));
    }

    /** With the hash already known: a reader that went through every byte of the file computed it on the way. */
    public static SourceFile of(Path file, String sha256) {
        BasicFileAttributes attributes = attributes(file);
        return new SourceFile(file.toAbsolutePath().normalize().toString(), attributes.size(),
                attributes.lastModifiedTime().toInstant().toString(), sha256);
    }

    /** True when the file is unchanged: same size and time (no read), or same size and content. */
    public boolean sameAs(Path file) {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.size() != size) {
            return false;
        }
        if (attributes.lastModifiedTime().toInstant().toString().equals(modified)) {
            return true;
        }
        return sha256(file).equals(sha256);
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
