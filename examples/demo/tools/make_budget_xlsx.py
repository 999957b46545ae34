"""Writes data/budget.xlsx, the demo workbook, with the standard library only (no openpyxl needed).

Two sheets: Budget (text, whole numbers, decimals, booleans, dates, a formula with its cached value)
and Headcount (whole numbers and timestamps). Run from examples/demo: python3 tools/make_budget_xlsx.py
"""
import zipfile
from datetime import date, datetime
from xml.sax.saxutils import escape

EPOCH = datetime(1899, 12, 30)


def serial(value):
    if isinstance(value, datetime):
        delta = value - EPOCH
    else:
        delta = datetime(value.year, value.month, value.day) - EPOCH
    return delta.days + delta.seconds / 86400


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell(ref, value):
    if isinstance(value, tuple):  # (formula, cached value)
        formula, cached = value
        return f'<c r="{ref}"><f>{escape(formula)}</f><v>{cached}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime):
        return f'<c r="{ref}" s="2"><v>{serial(value)}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="1"><v>{serial(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet(rows):
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{column(c)}{r}", v) for c, v in enumerate(row) if v is not None)
        body.append(f'<row r="{r}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(body)}</sheetData></worksheet>')


SHEETS = {
    "Budget": [
        ["department", "quarter", "amount", "approved", "starts_on", "with_tax"],
        ["Sales", 1, 12000.5, True, date(2024, 1, 1), ("C2*1.25", 15000.625)],
        ["Sales", 2, 13500, False, date(2024, 4, 1), ("C3*1.25", 16875)],
        ["Operations", 1, 8000.25, True, date(2024, 1, 1), ("C4*1.25", 10000.3125)],
    ],
    "Headcount": [
        ["team", "people", "last_review"],
        ["Data", 7, datetime(2024, 2, 1, 9, 30)],
        ["Web", 5, datetime(2024, 2, 2, 14, 0)],
    ],
}

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                 + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                           for i in range(1, len(SHEETS) + 1))
                 + '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(SHEETS, start=1))
            + '</sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                           for i in range(1, len(SHEETS) + 1))
                 + f'<Relationship Id="rId{len(SHEETS) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                 '</Relationships>')
# Style 1: a date (built-in format 14); style 2: date and time (format 22).
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')

FIXED_TIME = (2024, 1, 1, 0, 0, 0)  # stable bytes: the same script gives the same file


def write(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, text):
            z.writestr(zipfile.ZipInfo(name, FIXED_TIME), text)
        add("[Content_Types].xml", CONTENT_TYPES)
        add("_rels/.rels", ROOT_RELS)
        add("xl/workbook.xml", WORKBOOK)
        add("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        add("xl/styles.xml", STYLES)
        for i, rows in enumerate(SHEETS.values(), start=1):
            add(f"xl/worksheets/sheet{i}.xml", sheet(rows))


if __name__ == "__main__":
    write("data/budget.xlsx")
