package io.schemabuilder.source.excel;

import io.schemabuilder.source.ColumnMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A legacy .xls (BIFF8) through HSSF: such files are at most 65,536 rows a sheet, so reading them whole is bounded. */
final class XlsWorkbook implements Workbook {
    private final Path file;

    XlsWorkbook(Path file) {
        this.file = file;
    }

    @Override
    public List<String> sheetNames() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        }
    }

    @Override
    public List<ColumnMetadata> columns(String sheetName, int headerRow, long maxRows) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new IOException("no sheet named '" + sheetName + "'");
            }
            SheetColumns columns = new SheetColumns(headerRow);
            boolean stoppedEarly = false;
            for (Row row : sheet) {
                int number = row.getRowNum() + 1;
                columns.startRow();
                for (Cell cell : row) {
                    cell(columns, number, cell);
                }
                columns.endRow(number);
                if (columns.dataRows() >= maxRows) {
                    stoppedEarly = true;
                    break;
                }
            }
            return columns.isEmpty() ? null : columns.build(!stoppedEarly);
        }
    }

    private static void cell(SheetColumns columns, int row, Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int column = cell.getColumnIndex();
        switch (type) {
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                if (!text.isEmpty()) {
                    columns.cell(row, column, text, SheetColumns.TEXT);
                }
            }
            case BOOLEAN -> columns.cell(row, column, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    SheetColumns.BOOLEAN);
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                CellStyle style = cell.getCellStyle();
                DateFormatKind kind = DateFormatKind.of(style.getDataFormat(), style.getDataFormatString());
                columns.cell(row, column, XlsxSheetHandler.headerText(value, String.valueOf(value)), kind.fits(value));
            }
            default -> {
            }
        }
    }
}
