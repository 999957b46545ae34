package io.schemabuilder.source.excel;

import io.schemabuilder.source.files.InferredType;
import io.schemabuilder.source.files.TextValues;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX over one worksheet part of an .xlsx: reads each cell's raw value and type ({@code t}: s shared string, b
 * boolean, inlineStr, str formula text, e error, d ISO date; numbers by their style's format, see
 * {@link DateFormatKind}), a formula's cached value, and hands them to {@link SheetColumns}. Stops once the
 * sample is complete.
 * Shared strings are not looked up while streaming (see {@link SharedStringsScan}): a data cell's shared string is
 * text unless it is empty; the header row's indexes are kept for {@link XlsxWorkbook} to resolve afterwards.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** Thrown to end parsing early once the sample is complete. */
    static final class SampleComplete extends SAXException {
        SampleComplete() {
            super("sample complete");
        }
    }

    private static final TextValues ISO = new TextValues(null, null);
    private static final Set<InferredType> DAY = EnumSet.of(InferredType.DATE, InferredType.TIMESTAMP);
    private static final Set<InferredType> INSTANT = EnumSet.of(InferredType.TIMESTAMP);

    private final SheetColumns columns;
    private final int headerRow;
    private final BitSet emptyStrings;
    private final StylesTable styles;
    private final Map<Integer, Integer> headerStrings = new HashMap<>();
    private final Map<Integer, DateFormatKind> styleKinds = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inValue;
    private int row;
    private int nextColumn;
    private int column;
    private String type;
    private int style;

    XlsxSheetHandler(SheetColumns columns, int headerRow, BitSet emptyStrings, StylesTable styles) {
        this.columns = columns;
        this.headerRow = headerRow;
        this.emptyStrings = emptyStrings;
        this.styles = styles;
    }

    /** Column index to shared-string index, for the header row's shared-string cells. */
    Map<Integer, Integer> headerStrings() {
        return headerStrings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r != null ? Integer.parseInt(r) : row + 1;
                nextColumn = 0;
                columns.startRow();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref != null ? columnOf(ref) : nextColumn;
                nextColumn = column + 1;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                text.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> {
                cell();
                if (columns.sampleComplete()) {
                    throw new SampleComplete();
                }
            }
            case "row" -> columns.endRow(row);
            default -> {
            }
        }
    }

    private void cell() {
        if (text.length() == 0 || "e".equals(type)) {
            return;
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(text.toString().trim());
            if (row == headerRow) {
                headerStrings.put(column, index);
            } else if (!emptyStrings.get(index)) {
                columns.cell(row, column, null, SheetColumns.TEXT);
            }
        } else if ("inlineStr".equals(type) || "str".equals(type)) {
            columns.cell(row, column, text.toString(), SheetColumns.TEXT);
        } else if ("d".equals(type)) {
            // An ISO 8601 date cell (strict OOXML, some generators): a date, or a timestamp when it has a time.
            String iso = text.toString().trim();
            boolean day = ISO.fits(iso, InferredType.DATE) || iso.endsWith("T00:00:00") || iso.endsWith("T00:00:00Z");
            columns.cell(row, column, iso, day ? DAY : ISO.fits(iso, InferredType.TIMESTAMP_TZ) ? INSTANT : SheetColumns.TEXT);
        } else if ("b".equals(type)) {
            columns.cell(row, column, "1".equals(text.toString().trim()) ? "TRUE" : "FALSE", SheetColumns.BOOLEAN);
        } else {
            number(text.toString().trim());
        }
    }

    private void number(String raw) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            columns.cell(row, column, raw, SheetColumns.TEXT);
            return;
        }
        columns.cell(row, column, row == headerRow ? headerText(value, raw) : null, styleKind().fits(value));
    }

    /** A number as a header name: {@code 2024}, not {@code 2024.0}. */
    static String headerText(double value, String raw) {
        return value == Math.rint(value) && Math.abs(value) < 9.0e18 ? String.valueOf((long) value) : raw;
    }

    /** The cell style's date kind, worked out once per style (a format check is costly, and a sheet has few styles). */
    private DateFormatKind styleKind() {
        if (style < 0 || styles == null || style >= styles.getNumCellStyles()) {
            return DateFormatKind.NUMBER;
        }
        return styleKinds.computeIfAbsent(style, s -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(s);
            return DateFormatKind.of(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }
}
