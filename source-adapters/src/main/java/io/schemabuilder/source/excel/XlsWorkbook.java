package io.schemabuilder.source.excel;

import io.schemabuilder.source.ColumnMetadata;
import io.schemabuilder.source.files.InferredType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

/**
 * A legacy .xls (BIFF8) read with HSSF's event API: the records of the workbook stream go by one at a time and only
 * the wanted sheet's cells are looked at, so memory holds the shared strings and the columns, not the cells (an .xls
 * sheet is at most 65,536 rows, but 256 columns of them would be a gigabyte as HSSF objects). Stops once the
 * sample is complete.
 */
final class XlsWorkbook implements Workbook {
    private final Path file;

    XlsWorkbook(Path file) {
        this.file = file;
    }

    @Override
    public List<String> sheetNames() throws IOException {
        List<String> names = new ArrayList<>();
        process(new AbortableHSSFListener() {
            @Override
            public short abortableProcessRecord(Record record) {
                if (record instanceof BoundSheetRecord) {
                    names.add(((BoundSheetRecord) record).getSheetname());
                }
                // The sheet list is in the workbook globals, before the first sheet: stop there.
                return record instanceof BOFRecord && ((BOFRecord) record).getType() != BOFRecord.TYPE_WORKBOOK
                        ? (short) 1 : (short) 0;
            }
        });
        return names;
    }

    @Override
    public List<ColumnMetadata> columns(String sheetName, int headerRow, long maxRows) throws IOException {
        SheetReader reader = new SheetReader(sheetName, new SheetColumns(headerRow, maxRows));
        process(reader);
        if (!reader.found) {
            throw new IOException("no sheet named '" + sheetName + "'");
        }
        return reader.columns.isEmpty() ? null : reader.columns.build();
    }

    private void process(AbortableHSSFListener listener) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener);
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
        } catch (HSSFUserException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Follows the record stream to the wanted sheet's substream and hands its cells to {@link SheetColumns}. */
    private static final class SheetReader extends AbortableHSSFListener {
        private final String sheetName;
        private final SheetColumns columns;
        private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(record -> { });
        private final List<String> sheetOrder = new ArrayList<>();
        private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
        private SSTRecord strings;
        private int sheetIndex = -1;
        private boolean inSheet;
        private boolean found;
        private int row = -1;
        private FormulaRecord stringFormula;

        SheetReader(String sheetName, SheetColumns columns) {
            this.sheetName = sheetName;
            this.columns = columns;
        }

        @Override
        public short abortableProcessRecord(Record record) {
            formats.processRecordInternally(record);
            if (record instanceof BoundSheetRecord) {
                boundSheets.add((BoundSheetRecord) record);
            } else if (record instanceof SSTRecord) {
                strings = (SSTRecord) record;
            } else if (record instanceof BOFRecord) {
                if (((BOFRecord) record).getType() != BOFRecord.TYPE_WORKBOOK) {
                    sheetIndex++;
                    inSheet = sheetName.equals(sheetName(sheetIndex));
                    found |= inSheet;
                }
            } else if (inSheet && record instanceof EOFRecord) {
                endRow();
                return 1;
            } else if (inSheet) {
                return cell(record) ? (short) 0 : (short) 1;
            }
            return 0;
        }

        /** Sheet substreams follow in the order of their offsets, which is not always the order of the list. */
        private String sheetName(int index) {
            if (sheetOrder.isEmpty()) {
                for (BoundSheetRecord sheet : BoundSheetRecord.orderByBofPosition(boundSheets)) {
                    sheetOrder.add(sheet.getSheetname());
                }
            }
            return index < sheetOrder.size() ? sheetOrder.get(index) : null;
        }

        /** False when the sample is complete. */
        private boolean cell(Record record) {
            if (record instanceof StringRecord && stringFormula != null) {
                String text = ((StringRecord) record).getString();
                if (!text.isEmpty()) {
                    value(stringFormula, text, SheetColumns.TEXT);
                }
                stringFormula = null;
            } else if (record instanceof NumberRecord) {
                NumberRecord number = (NumberRecord) record;
                number(number, number.getValue());
            } else if (record instanceof RKRecord) {
                RKRecord rk = (RKRecord) record;
                number(rk, rk.getRKNumber());
            } else if (record instanceof MulRKRecord) {
                MulRKRecord mul = (MulRKRecord) record;
                for (int i = 0; i < mul.getNumColumns(); i++) {
                    NumberRecord number = new NumberRecord();
                    number.setRow(mul.getRow());
                    number.setColumn((short) (mul.getFirstColumn() + i));
                    number.setXFIndex(mul.getXFAt(i));
                    number(number, mul.getRKNumberAt(i));
                }
            } else if (record instanceof LabelSSTRecord) {
                LabelSSTRecord label = (LabelSSTRecord) record;
                String text = strings.getString(label.getSSTIndex()).getString();
                if (!text.isEmpty()) {
                    value(label, text, SheetColumns.TEXT);
                }
            } else if (record instanceof LabelRecord) {
                LabelRecord label = (LabelRecord) record;
                if (!label.getValue().isEmpty()) {
                    value(label, label.getValue(), SheetColumns.TEXT);
                }
            } else if (record instanceof BoolErrRecord) {
                BoolErrRecord cell = (BoolErrRecord) record;
                if (cell.isBoolean()) {
                    value(cell, cell.getBooleanValue() ? "TRUE" : "FALSE", SheetColumns.BOOLEAN);
                }
            } else if (record instanceof FormulaRecord) {
                formula((FormulaRecord) record);
            }
            return !columns.sampleComplete();
        }

        /** A formula's cached value; a text result follows in its own StringRecord. */
        private void formula(FormulaRecord formula) {
            CellType result = formula.getCachedResultTypeEnum();
            if (result == CellType.NUMERIC) {
                number(formula, formula.getValue());
            } else if (result == CellType.BOOLEAN) {
                value(formula, formula.getCachedBooleanValue() ? "TRUE" : "FALSE", SheetColumns.BOOLEAN);
            } else if (result == CellType.STRING) {
                stringFormula = formula;
            }
        }

        private void number(CellValueRecordInterface cell, double value) {
            DateFormatKind kind = DateFormatKind.of(formats.getFormatIndex(cell), formats.getFormatString(cell));
            value(cell, XlsxSheetHandler.headerText(value, String.valueOf(value)), kind.fits(value));
        }

        private void value(CellValueRecordInterface cell, String text, Set<InferredType> fits) {
            if (columns.sampleComplete()) {
                return;
            }
            if (cell.getRow() != row) {
                endRow();
                row = cell.getRow();
                columns.startRow();
            }
            columns.cell(row + 1, cell.getColumn(), text, fits);
        }

        private void endRow() {
            if (row >= 0) {
                columns.endRow(row + 1);
            }
        }
    }
}
