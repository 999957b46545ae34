package io.schemabuilder.source.files;

import io.schemabuilder.source.Slice;
import io.schemabuilder.source.TableKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of a file source (files of a folder, sheets of a workbook) in key order, known before any is read:
 * slices are cut from the list, and a stream resumes after a key by skipping in it.
 */
public record FileTables<T>(List<Entry<T>> entries) {

    /** A table's key and what to read it from. */
    public record Entry<T>(TableKey key, T source) {
    }

    public FileTables {
        entries = entries.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    public List<Slice> slices(int threshold) {
        if (entries.size() <= threshold) {
            return List.of(Slice.WHOLE);
        }
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += threshold) {
            TableKey from = i == 0 ? null : entries.get(i).key();
            TableKey to = i + threshold >= entries.size() ? null : entries.get(i + threshold).key();
            slices.add(new Slice(String.format(Locale.ROOT, "p%04d", slices.size() + 1), from, to));
        }
        return slices;
    }

    public List<Entry<T>> in(Slice slice, TableKey after) {
        return entries.stream()
                .filter(e -> slice.contains(e.key()) && (after == null || e.key().compareTo(after) > 0))
                .toList();
    }
}
