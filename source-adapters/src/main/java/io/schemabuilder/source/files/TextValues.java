package io.schemabuilder.source.files;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Whether a text value (a CSV field) can be read as a type. Dates and timestamps are ISO ({@code 2024-03-01},
 * {@code 2024-03-01 10:15[:00[.fff]][offset]}, {@code T} or a space between), unless the config gives a format.
 * Booleans are {@code true} and {@code false} in any case; a number with a leading zero ({@code 007}) is text. Surrounding whitespace is ignored. A date also fits TIMESTAMP and TIMESTAMP WITH TIME ZONE, a timestamp also fits
 * TIMESTAMP WITH TIME ZONE, a whole number also fits DOUBLE.
 * <p>
 * This runs once per value of every column still typed, so the ISO forms are checked by hand, without regular
 * expressions, exceptions or copies: it is what makes a full scan of a large file fast (docs/performance.md).
 */
public final class TextValues {
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timestampFormat;

    /** @param dateFormat, timestampFormat strftime-style formats from the config ({@code %d/%m/%Y}); null: ISO */
    public TextValues(String dateFormat, String timestampFormat) {
        this.dateFormat = dateFormat == null ? null : StrftimeFormats.toFormatter(dateFormat);
        this.timestampFormat = timestampFormat == null ? null : StrftimeFormats.toFormatter(timestampFormat);
    }

    public boolean fits(String value, InferredType type) {
        int start = 0;
        int end = value.length();
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return type == InferredType.VARCHAR;
        }
        switch (type) {
            case BOOLEAN:
                return isBoolean(value, start, end);
            case BIGINT:
                return isBigint(value, start, end);
            case DOUBLE:
                return isNumber(value, start, end);
            case DATE:
                return isDate(value, start, end);
            case TIMESTAMP:
                return isTimestamp(value, start, end, false);
            case TIMESTAMP_TZ:
                return isTimestamp(value, start, end, true);
            case TIME:
                return timeEnd(value, start, end) == end;
            default:
                return true;
        }
    }

    /**
     * Only {@code true} and {@code false}: DuckDB also casts {@code t f yes no}, but a column of country codes
     * ({@code NO}) or of one-letter codes ({@code F}) is text, not a boolean (the "Norway problem").
     */
    private static boolean isBoolean(String v, int start, int end) {
        int length = end - start;
        return length == 4 && v.regionMatches(true, start, "true", 0, 4)
                || length == 5 && v.regionMatches(true, start, "false", 0, 5);
    }

    /** {@code [+-]?digits}, within 64 bits. */
    private static boolean isBigint(String v, int start, int end) {
        int i = start;
        if (v.charAt(i) == '+' || v.charAt(i) == '-') {
            i++;
        }
        int digits = digits(v, i, end);
        if (digits == 0 || i + digits != end || leadingZero(v, i, digits)) {
            return false;
        }
        if (digits < 19) {
            return true;
        }
        try {
            Long.parseLong(v.substring(v.charAt(start) == '+' ? start + 1 : start, end));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code [+-]?(digits[.digits*] | .digits)([eE][+-]?digits)?}. */
    private static boolean isNumber(String v, int start, int end) {
        int i = start;
        if (v.charAt(i) == '+' || v.charAt(i) == '-') {
            i++;
        }
        int whole = digits(v, i, end);
        if (leadingZero(v, i, whole)) {
            return false;
        }
        i += whole;
        int fraction = 0;
        if (i < end && v.charAt(i) == '.') {
            i++;
            fraction = digits(v, i, end);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < end && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < end && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(v, i, end);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == end;
    }

    private boolean isDate(String v, int start, int end) {
        if (dateFormat != null) {
            try {
                LocalDate.parse(v.substring(start, end), dateFormat);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return dateEnd(v, start, end) == end;
    }

    /** A timestamp, or a date (midnight); with {@code offsetAllowed}, also one with a UTC offset. */
    private boolean isTimestamp(String v, int start, int end, boolean offsetAllowed) {
        if (timestampFormat != null || dateFormat != null) {
            return isDate(v, start, end) || isFormattedTimestamp(v, start, end, offsetAllowed);
        }
        int i = dateEnd(v, start, end);
        if (i == end) {
            return true;
        }
        if (i < 0 || v.charAt(i) != 'T' && v.charAt(i) != ' ') {
            return false;
        }
        i = timeEnd(v, i + 1, end);
        return i == end || i > 0 && offsetAllowed && offsetEnd(v, i, end) == end;
    }

    private boolean isFormattedTimestamp(String v, int start, int end, boolean offsetAllowed) {
        if (timestampFormat == null) {
            int i = isoTimestampEnd(v, start, end);
            return i == end || i > 0 && offsetAllowed && offsetEnd(v, i, end) == end;
        }
        try {
            LocalDateTime.parse(v.substring(start, end), timestampFormat);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The end of {@code date[T ]time} at start, or -1. */
    private static int isoTimestampEnd(String v, int start, int end) {
        int i = dateEnd(v, start, end);
        if (i < 0 || i >= end || v.charAt(i) != 'T' && v.charAt(i) != ' ') {
            return -1;
        }
        return timeEnd(v, i + 1, end);
    }

    /** The end of an ISO date {@code yyyy-mm-dd} (a real day) at start, or -1. */
    private static int dateEnd(String v, int start, int end) {
        if (end - start < 10 || digits(v, start, start + 4) != 4 || v.charAt(start + 4) != '-'
                || digits(v, start + 5, start + 7) != 2 || v.charAt(start + 7) != '-' || digits(v, start + 8, start + 10) != 2) {
            return -1;
        }
        int year = number(v, start, 4);
        int month = number(v, start + 5, 2);
        int day = number(v, start + 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return -1;
        }
        return start + 10;
    }

    /** The end of an ISO time {@code hh:mm[:ss[.f{1,9}]]} at start, or -1. */
    private static int timeEnd(String v, int start, int end) {
        if (end - start < 5 || digits(v, start, start + 2) != 2 || v.charAt(start + 2) != ':'
                || digits(v, start + 3, start + 5) != 2 || number(v, start, 2) > 23 || number(v, start + 3, 2) > 59) {
            return -1;
        }
        int i = start + 5;
        if (i + 2 < end && v.charAt(i) == ':' && digits(v, i + 1, i + 3) == 2) {
            if (number(v, i + 1, 2) > 59) {
                return -1;
            }
            i += 3;
            if (i + 1 < end && v.charAt(i) == '.') {
                int fraction = digits(v, i + 1, end);
                if (fraction == 0 || fraction > 9) {
                    return -1;
                }
                i += 1 + fraction;
            }
        }
        return i;
    }

    /** The end of a UTC offset ({@code Z}, {@code +hh}, {@code +hh:mm}, {@code +hhmm}) at start, or -1. */
    private static int offsetEnd(String v, int start, int end) {
        if (start < end && v.charAt(start) == 'Z') {
            return start + 1;
        }
        if (start >= end || v.charAt(start) != '+' && v.charAt(start) != '-' || digits(v, start + 1, end) < 2) {
            return -1;
        }
        int i = start + 3;
        if (i < end && v.charAt(i) == ':') {
            return digits(v, i + 1, end) == 2 ? i + 3 : -1;
        }
        int more = digits(v, i, end);
        return more == 0 ? i : more == 2 ? i + 2 : -1;
    }

    /** {@code 007}: a code (a zip code, an account number) whose zeros matter, not a number, as DuckDB reads it. */
    private static boolean leadingZero(String v, int from, int digits) {
        return digits > 1 && v.charAt(from) == '0';
    }

    /** How many ASCII digits follow at {@code from}, not looking past {@code end}. */
    private static int digits(String v, int from, int end) {
        int i = from;
        while (i < end && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static int number(String v, int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            n = n * 10 + v.charAt(i) - '0';
        }
        return n;
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
