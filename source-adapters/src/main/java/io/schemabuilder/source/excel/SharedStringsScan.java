package io.schemabuilder.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One SAX pass over an .xlsx's shared strings ({@code xl/sharedStrings.xml}), handing each string to a visitor and
 * keeping none. POI's ReadOnlySharedStringsTable holds every string in memory, which for a big sheet of distinct
 * texts is most of the heap; type inference needs only to know which strings are empty, and the texts of the header.
 * A string's text is its {@code <t>} runs, without phonetic ({@code <rPh>}) ones.
 */
final class SharedStringsScan extends DefaultHandler {

    interface Visitor {
        void string(int index, CharSequence text);
    }

    private final Visitor visitor;
    private final StringBuilder text = new StringBuilder();
    private int index;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStringsScan(Visitor visitor) {
        this.visitor = visitor;
    }

    static void scan(OPCPackage pkg, Visitor visitor) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new SharedStringsScan(visitor));
            parser.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> visitor.string(index++, text);
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {
            }
        }
    }
}
