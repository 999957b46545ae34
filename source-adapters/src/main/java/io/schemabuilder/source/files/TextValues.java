package io.schemabuilder.source.files;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which types a text value (a CSV field) can be read as. Dates and timestamps are ISO ({@code 2024-03-01},
 * {@code 2024-03-01 10:15:00[.fff][+01:00]}, {@code T} or space), unless the config gives a format.
 */
public final class TextValues {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP_TZ = new DateTimeFormatterBuilder()
            .append(TIMESTAMP)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timestampFormat;

    /** @param dateFormat, timestampFormat strftime-style formats from the config ({@code %d/%m/%Y}); null: ISO */
    public TextValues(String dateFormat, String timestampFormat) {
        this.dateFormat = dateFormat == null ? DateTimeFormatter.ISO_LOCAL_DATE : StrftimeFormats.toFormatter(dateFormat);
        this.timestampFormat = timestampFormat == null ? TIMESTAMP : StrftimeFormats.toFormatter(timestampFormat);
    }

    public Set<InferredType> fits(String value) {
        String v = value.strip();
        EnumSet<InferredType> fits = EnumSet.of(InferredType.VARCHAR);
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            fits.add(InferredType.BOOLEAN);
            return fits;
        }
        if (INTEGER.matcher(v).matches() && fitsLong(v)) {
            fits.add(InferredType.BIGINT);
        }
        if (DECIMAL.matcher(v).matches()) {
            fits.add(InferredType.DOUBLE);
            return fits;
        }
        if (parses(v, dateFormat, true)) {
            fits.add(InferredType.DATE);
            fits.add(InferredType.TIMESTAMP);
            fits.add(InferredType.TIMESTAMP_TZ);
        } else if (parses(v, timestampFormat, false)) {
            fits.add(InferredType.TIMESTAMP);
        } else if (hasOffset(v)) {
            fits.add(InferredType.TIMESTAMP_TZ);
        } else if (isTime(v)) {
            fits.add(InferredType.TIME);
        }
        return fits;
    }

    private static boolean fitsLong(String v) {
        try {
            Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean parses(String v, DateTimeFormatter format, boolean date) {
        try {
            if (date) {
                LocalDate.parse(v, format);
            } else {
                LocalDateTime.parse(v, format);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean hasOffset(String v) {
        try {
            var parsed = TIMESTAMP_TZ.parse(v);
            return parsed.isSupported(ChronoField.OFFSET_SECONDS) && OffsetDateTime.from(parsed) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isTime(String v) {
        if (v.length() < 5 || v.charAt(2) != ':') {
            return false;
        }
        try {
            LocalTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
