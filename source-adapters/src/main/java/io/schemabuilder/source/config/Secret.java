package io.schemabuilder.source.config;

/** A password or key: kept in memory only, never printed. {@link #toString()} hides it from logs and messages. */
public record Secret(String value) {

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "******";
    }
}
