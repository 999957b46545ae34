package io.schemabuilder.source.config;

import java.nio.file.Path;

/**
 * One entry of a {@code sources:} list as written, with where it was written: problems name that file, and its
 * relative paths are relative to that file's folder (a Visivo project's sources may come from included files).
 *
 * @param entry  the entry as parsed (a mapping when well formed)
 * @param number its position in its file's list, from 1
 * @param file   the file that defines it, named as the user wrote it
 * @param base   the folder its relative paths are resolved against
 */
record SourceEntry(Object entry, int number, String file, Path base) {
}
