package io.schemabuilder.source.excel;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX over one worksheet part of an .xlsx: reads each cell's raw value and type ({@code t}: s shared string, b
 * boolean, inlineStr, str formula text, e error; numbers by their style's format, a date format making a date), a
 * formula's cached value, and hands them to {@link SheetColumns}. Stops after {@code maxRows} data rows.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** Thrown to end parsing early once the sample is complete. */
    static final class SampleComplete extends SAXException {
        SampleComplete() {
            super("sample complete");
        }
    }

    private final SheetColumns columns;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final long maxRows;
    private final StringBuilder text = new StringBuilder();
    private boolean inValue;
    private int row;
    private int nextColumn;
    private int column;
    private String type;
    private int style;
    boolean stoppedEarly;

    XlsxSheetHandler(SheetColumns columns, SharedStrings strings, StylesTable styles, long maxRows) {
        this.columns = columns;
        this.strings = strings;
        this.styles = styles;
        this.maxRows = maxRows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r != null ? Integer.parseInt(r) : row + 1;
                nextColumn = 0;
                columns.startRow();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref != null ? new CellReference(ref).getCol() : nextColumn;
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
            case "c" -> cell();
            case "row" -> {
                columns.endRow(row);
                if (columns.dataRows() >= maxRows) {
                    stoppedEarly = true;
                    throw new SampleComplete();
                }
            }
            default -> {
            }
        }
    }

    private void cell() {
        String raw = text.toString();
        if (raw.isEmpty() || "e".equals(type)) {
            return;
        }
        if ("s".equals(type)) {
            String value = strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            if (!value.isEmpty()) {
                columns.cell(row, column, value, SheetColumns.TEXT);
            }
        } else if ("inlineStr".equals(type) || "str".equals(type)) {
            columns.cell(row, column, raw, SheetColumns.TEXT);
        } else if ("b".equals(type)) {
            columns.cell(row, column, "1".equals(raw.trim()) ? "TRUE" : "FALSE", SheetColumns.BOOLEAN);
        } else {
            number(raw.trim());
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
        boolean whole = value == Math.rint(value) && Math.abs(value) < 9.0e18;
        String display = whole ? String.valueOf((long) value) : raw;
        if (isDateStyle() && DateUtil.isValidExcelDate(value)) {
            columns.cell(row, column, display, whole ? SheetColumns.DATE : SheetColumns.TIMESTAMP);
        } else {
            columns.cell(row, column, display, whole ? SheetColumns.WHOLE_NUMBER : SheetColumns.NUMBER);
        }
    }

    private boolean isDateStyle() {
        if (style < 0 || styles == null || style >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }
}
