package io.schemabuilder.source.excel;

import io.schemabuilder.source.files.InferredType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a number format makes of a numeric cell. Excel stores dates as numbers; the format says whether one is a
 * date ({@code yyyy-mm-dd}), a date and time ({@code yyyy-mm-dd hh:mm}), a time of day ({@code hh:mm:ss}) or no
 * date at all.
 */
enum DateFormatKind {
    NUMBER,
    DATE,
    DATE_TIME,
    TIME;

    private static final Set<InferredType> WHOLE_NUMBER = EnumSet.of(InferredType.BIGINT, InferredType.DOUBLE);
    private static final Set<InferredType> FRACTION = EnumSet.of(InferredType.DOUBLE);
    private static final Set<InferredType> DAY = EnumSet.of(InferredType.DATE, InferredType.TIMESTAMP);
    private static final Set<InferredType> INSTANT = EnumSet.of(InferredType.TIMESTAMP);
    private static final Set<InferredType> TIME_OF_DAY = EnumSet.of(InferredType.TIME);

    static DateFormatKind of(int formatIndex, String formatString) {
        if (formatString == null || !DateUtil.isADateFormat(formatIndex, formatString)) {
            return NUMBER;
        }
        // Quoted literals and [...] sections (locale, colour, elapsed time) are not date or time fields.
        String fields = formatString.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "");
        boolean time = fields.indexOf('h') >= 0 || fields.indexOf('s') >= 0;
        boolean day = fields.indexOf('y') >= 0 || fields.indexOf('d') >= 0
                || fields.indexOf('m') >= 0 && !time;
        return !time ? DATE : day ? DATE_TIME : TIME;
    }

    /** The types a cell of this format with this value fits. */
    Set<InferredType> fits(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 9.0e18;
        switch (this) {
            case DATE:
                return whole ? DAY : INSTANT;
            case DATE_TIME:
                return INSTANT;
            case TIME:
                return value >= 0 && value < 1 ? TIME_OF_DAY : INSTANT;
            default:
                return whole ? WHOLE_NUMBER : FRACTION;
        }
    }
}
