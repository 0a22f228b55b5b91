#!/usr/bin/env python3
# Writes the .xlsx fixtures by hand from ECMA-376 (Office Open XML), as a writer other than an office
# suite would: shared and inline strings, numbers, booleans, sparse rows, two sheets; and the hostile ones.
import zipfile, io

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>'''
WB = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="IOCs" sheetId="1" r:id="rId7"/><sheet name="Hashes" sheetId="2" r:id="rId8"/></sheets>
</workbook>'''
WBRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>'''
SST = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">
<si><t>Type</t></si><si><t>Indicator</t></si><si><t>Comment</t></si>
<si><t>Domain</t></si><si><t>evil.example.com</t></si>
<si><r><t>IP</t></r></si><si><r><rPr><b/></rPr><t xml:space="preserve">Seen in the </t></r><r><t>phishing wave, twice</t></r></si>
<si><t>SHA256</t></si><si><t>漢字 comment</t></si>
</sst>'''
SHEET1 = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>GenerateAlert</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="D2" t="b"><v>1</v></c></row>
<row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4" t="str"><v>203.0.113.45</v></c><c r="C4" t="s"><v>6</v></c><c r="D4" t="b"><v>0</v></c></row>
<row r="5"><c r="B5" t="inlineStr"><is><t>8a1f2f3c9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f</t></is></c><c r="A5" t="s"><v>7</v></c><c r="C5" t="s"><v>8</v></c></row>
</sheetData></worksheet>'''
SHEET2 = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>MD5</t></is></c><c r="B1" t="inlineStr"><is><t>Score</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>0cc175b9c0f1b6a831c399e269772661</t></is></c><c r="B2"><v>97.5</v></c></row>
</sheetData></worksheet>'''

def workbook(sheet1=SHEET1, sheet2=SHEET2, method=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', method) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', WB)
        z.writestr('xl/_rels/workbook.xml.rels', WBRELS)
        z.writestr('xl/sharedStrings.xml', SST)
        z.writestr('xl/worksheets/sheet1.xml', sheet1)
        z.writestr('xl/worksheets/sheet2.xml', sheet2)
    return out.getvalue()

good = workbook()
open('indicators.xlsx', 'wb').write(good)
open('truncated.xlsx', 'wb').write(good[: len(good) // 2])
wide = SHEET2.replace('<c r="B1" t="inlineStr"><is><t>Score</t></is></c>',
                      '<c r="B1" t="inlineStr"><is><t>Score</t></is></c><c r="XFD1" t="inlineStr"><is><t>far</t></is></c>')
open('16384-columns.xlsx', 'wb').write(workbook(sheet1=wide))
# A zip bomb: a sheet of 300 MiB of spaces inside the XML compresses to a few hundred KB.
bomb = io.BytesIO()
with zipfile.ZipFile(bomb, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for name, text in [('[Content_Types].xml', CT), ('_rels/.rels', RELS), ('xl/workbook.xml', WB),
                       ('xl/_rels/workbook.xml.rels', WBRELS), ('xl/sharedStrings.xml', SST)]:
        z.writestr(name, text)
    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
        f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        block = b' ' * (1 << 20)
        for _ in range(300):
            f.write(block)
        f.write(b'</sheetData></worksheet>')
    z.writestr('xl/worksheets/sheet2.xml', SHEET2)
open('zip-bomb.xlsx', 'wb').write(bomb.getvalue())

# Three sheets, inline strings only: prose notes first, the indicators second, an empty third; the sheet to
# offer first is the second, the one with an indicator column.
def sheet(rows):
    xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, cells in enumerate(rows, 1):
        xml.append('<row r="%d">' % r + ''.join(
            '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i), r, text) for i, text in enumerate(cells))
            + '</row>')
    xml.append('</sheetData></worksheet>')
    return ''.join(xml)

SHEETS = [('Notes', sheet([['Summary', 'Author'], ['Phishing wave, week 49', 'SOC']])),
          ('IOCs', sheet([['Type', 'Indicator'], ['Domain', 'login-update.example.org'], ['IP', '198.51.100.23']])),
          ('Empty', sheet([]))]
out = io.BytesIO()
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT.replace(
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
        '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'))
    z.writestr('_rels/.rels', RELS)
    z.writestr('xl/workbook.xml', WB.replace(
        '<sheet name="IOCs" sheetId="1" r:id="rId7"/><sheet name="Hashes" sheetId="2" r:id="rId8"/>',
        ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i + 1, i + 1) for i, (name, _) in enumerate(SHEETS))))
    z.writestr('xl/_rels/workbook.xml.rels',
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(SHEETS)))
               + '</Relationships>')
    for i, (_, xml) in enumerate(SHEETS):
        z.writestr('xl/worksheets/sheet%d.xml' % (i + 1), xml)
open('sheets.xlsx', 'wb').write(out.getvalue())
