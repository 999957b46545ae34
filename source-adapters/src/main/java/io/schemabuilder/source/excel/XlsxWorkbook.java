package io.schemabuilder.source.excel;

import io.schemabuilder.source.ColumnMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx read with POI's streaming API: the package is opened read-only and each sheet is one SAX pass. The
 * shared strings are scanned, not loaded: once before the sheet for which of them are empty, once after it for the
 * header's names. Memory grows with the columns and the number of shared strings (one bit each), not the cells.
 */
final class XlsxWorkbook implements Workbook {
    private final Path file;

    XlsxWorkbook(Path file) {
        this.file = file;
    }

    @Override
    public List<String> sheetNames() throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return names;
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public List<ColumnMetadata> columns(String sheet, int headerRow, long maxRows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream data = sheets.next()) {
                    if (!sheets.getSheetName().equals(sheet)) {
                        continue;
                    }
                    BitSet emptyStrings = new BitSet();
                    SharedStringsScan.scan(pkg, (index, text) -> {
                        if (text.length() == 0) {
                            emptyStrings.set(index);
                        }
                    });
                    SheetColumns columns = new SheetColumns(headerRow, maxRows);
                    XlsxSheetHandler handler = new XlsxSheetHandler(columns, headerRow, emptyStrings,
                            reader.getStylesTable());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    try {
                        parser.parse(new InputSource(data));
                    } catch (XlsxSheetHandler.SampleComplete complete) {
                        // The sample is read; the rest of the sheet is not needed.
                    }
                    nameHeaderCells(pkg, handler.headerStrings(), columns);
                    return columns.isEmpty() ? null : columns.build();
                }
            }
            throw new IOException("no sheet named '" + sheet + "'");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Looks up the header row's shared strings: the only ones whose text is needed. */
    private static void nameHeaderCells(OPCPackage pkg, Map<Integer, Integer> headerStrings, SheetColumns columns)
            throws IOException, SAXException {
        if (headerStrings.isEmpty()) {
            return;
        }
        Map<Integer, List<Integer>> columnsByString = new HashMap<>();
        headerStrings.forEach((column, index) -> columnsByString.computeIfAbsent(index, i -> new ArrayList<>()).add(column));
        SharedStringsScan.scan(pkg, (index, text) -> {
            List<Integer> named = columnsByString.get(index);
            if (named != null) {
                named.forEach(column -> columns.name(column, text.toString()));
            }
        });
    }
}
