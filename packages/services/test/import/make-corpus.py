#!/usr/bin/env python3
"""Writes the importer's corpus of awkward input files (packages/services/test/import/corpus/).

Run from this folder: python3 make-corpus.py (then: npx tsx make-corpus-xlsx.ts for the .xlsx ones).
Each file is written byte for byte here, so encodings, BOMs, line ends and NUL bytes are exact;
corpus-cases.ts holds what the importer must say about each.
"""
import gzip
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
os.makedirs(HERE, exist_ok=True)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


LONG = "region,activity,value\n"

# --- encodings -------------------------------------------------------------------------------
write("utf8-bom.csv", b"\xef\xbb\xbf" + (LONG + "R1,A1,5\nR2,A1,7\n").encode())
write("utf8-accents.csv", LONG + "Île-de-France,Café,5\nZürich,Straße,7\n")
write("windows-1252.csv", b"region,activity,value\nCaf\xe9,A1,5\nR2,\x93A\x94,7\n")
write("utf16le-bom-tab.txt", b"\xff\xfe" + "region\tactivity\tvalue\r\nR1\tA1\t5\r\nR2\tA1\t7\r\n".encode("utf-16-le"))
write("utf16be-bom.csv", b"\xfe\xff" + (LONG + "R1,Zürich,5\n").encode("utf-16-be"))
write("utf16le-no-bom.csv", (LONG + "R1,A1,5\n").encode("utf-16-le"))
write("utf8-bom-invalid-byte.csv", b"\xef\xbb\xbf" + b"region,activity,value\nR1,A1,5\nR2,Caf\xe9,7\n")
write("nul-byte.csv", b"region,activity,value\nR1,A1,5\nR2,A\x001,7\n")
write("binary.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
write("gzip.csv.gz", gzip.compress((LONG + "R1,A1,5\nR2,A1,7\n").encode(), mtime=0))
write("broken.csv.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"this is not deflate data at all" + b"\x00" * 8)

# --- delimiters and decimals -----------------------------------------------------------------
write("semicolon-decimal-comma.csv", "region;activity;value\nR1;A1;1,5\nR2;A1;1.234,5\nR3;A1;12\n")
write("semicolon-point-decimal.csv", "region;activity;value\nR1;A1;12.5\nR2;A1;3\n")
write("tab.tsv", "region\tactivity\tvalue\nR1\tA 1\t5\nR2\tA,2\t7\n")
write("pipe.txt", "region|activity|value\nR1|A1|5\nR2|A;1|7\n")
write("comma-decimal-in-comma-file.csv", LONG + 'R1,A1,"1,5"\nR2,A1,"1,500"\n')

# --- quoting and line ends -------------------------------------------------------------------
write("crlf.csv", "region,activity,value\r\nR1,A1,5\r\nR2,A1,7\r\n")
write("mixed-line-endings.csv", "region,activity,value\nR1,A1,5\r\nR2,A1,6\rR3,A1,7\n")
write("quoted-newlines.csv", LONG + 'R1,"Manufacture\nof aircraft",5\nR2,A1,bad\n')
write("quoted-delimiters-and-quotes.csv", LONG + '"R,1","say ""hi""",5\n"R2",A1,"7"\n')
write("unclosed-quote.csv", LONG + 'R1,A1,5\nR2,"A1,7\nR3,A1,8\n')
write("text-after-closing-quote.csv", LONG + '"R"1,A1,5\n')
write("trailing-delimiter.csv", "region,activity,value,\nR1,A1,5,\nR2,A1,7,\n")
write("blank-and-empty-rows.csv", LONG + "\nR1,A1,5\n,,\n   \nR2,A1,7\n\n")
write("no-final-newline.csv", LONG + "R1,A1,5\nR2,A1,7")

# --- whole-file and header problems ----------------------------------------------------------
write("empty.csv", b"")
write("only-blank-lines.csv", "\n\n  \n\r\n")
write("bom-only.csv", b"\xef\xbb\xbf")
write("header-only.csv", LONG)
write("duplicate-headers.csv", "region,activity,value,Value\nR1,A1,5,6\n")
write("empty-header-name.csv", "region,,activity,value\nR1,x,A1,5\n")
write("no-value-column.csv", "region,activity,figure\nR1,A1,5\n")
write("long-header-name.csv", "region,activity,value," + "n" * 1001 + "\nR1,A1,5,x\n")

# --- row and field problems ------------------------------------------------------------------
write("ragged-short.csv", LONG + "R1,A1,5\nR2,A1\nR3\n")
write("ragged-long.csv", LONG + "R1,A1,5,\nR2,A1,7,extra\n")
write(
    "formula-cells.csv",
    LONG + "=cmd|' /C calc'!A0,A1,5\nR2,+44,5\n@SUM(A1),A1,5\nR4,-x,5\nR5,A1,=1+2\nR6,A1,-3\n",
)
write("huge-code.csv", LONG + "R1," + "A" * 1500 + ",5\n")
write("huge-ignored-field.csv", "region,activity,value,notes\nR1,A1,5," + "n" * 100000 + "\n")
write("empty-codes.csv", LONG + ",A1,5\nR2,   ,7\n")
write("non-numeric.csv", LONG + "R1,A1,12 t\nR2,A1,NA\nR3,A1,1e999\nR4,A1,0x10\nR5,A1,12%\n")
write("negative.csv", LONG + "R1,A1,-5\nR2,A1,-0.5\nR3,A1,\"-1,234\"\n")
write("spreadsheet-errors.csv", LONG + "R1,A1,#N/A\nR2,A1,#DIV/0!\n#REF!,A1,5\n")
write("duplicate-cells.csv", LONG + "R1,A1,4\nR2,A1,3\nR1,A2,1\nR1,A1,5\nR1,A1,6\n")
write("duplicate-cells-time.csv", "year,region,activity,value\n2020,R1,A1,4\n2021,R1,A1,3\n2020,R1,A1,5\n")
write("codes-trimmed.csv", " region , activity , value \n R1 , A1 , 5 \nR1,A2,7\n")
write("leading-zero-codes.csv", LONG + "E06000022,01000,5\nE06000022,0111,7\n")

# --- numbers and suppressed cells ------------------------------------------------------------
write("thousands-separators.csv", LONG + 'R1,A1,"3,345"\nR2,A1,"1,234,567.5"\nR3,A1,1 234\nR4,A1,"12,345,678"\n')
write("plain-numbers.csv", LONG + "R1,A1,007\nR2,A1,12.50\nR3,A1,1e3\nR4,A1,0\nR5,A1,.5\n")
markers = ["..", ".", "...", ":", "*", "**", "-", "\u2013", "\u2014", "c", "X", "[c]", "[x]", "[z]", "[low]", ""]
write("suppressed-markers.csv", LONG + "".join(f"R{i + 1},A1,{m}\n" for i, m in enumerate(markers)))
write("suppressed-omit.csv", LONG + "R1,A1,5\nR2,A1,..\nR3,A1,[c]\n")

# --- layouts and mappings --------------------------------------------------------------------
write(
    "wide-years.csv",
    'ITL region code,ITL region name,SIC07 code,SIC07 description,2019,2020\n'
    'TLK1,"Gloucestershire, Wiltshire and Bath/Bristol area",29,Motor vehicles,"1,234",..\n'
    'TLK1,"Gloucestershire, Wiltshire and Bath/Bristol area",30,Other transport,567,"2,001"\n',
)
write("wide-activities.csv", "area,area name,A,B,C\nE1,One,1,2,3\nE2,Two,4,,6\n")
write("wide-activities-time.csv", "area,year,A01,B05\nE1,2020,1,2\nE1,2021,3,4\n")
write("wide-formula-header.csv", "area,=A1,B\nE1,1,2\n")
write("wide-no-periods.csv", "region,industry,jan,feb\nR1,A1,1,2\n")
write(
    "nomis-long.csv",
    '"DATE","GEOGRAPHY_NAME","GEOGRAPHY_CODE","INDUSTRY_NAME","INDUSTRY_CODE","OBS_VALUE"\n'
    '2021,"Gloucestershire, Wiltshire and Bath/Bristol area","UKK1","29 : Manufacture of motor vehicles","29",9000\n'
    '2021,"Gloucestershire, Wiltshire and Bath/Bristol area","UKK1","30 : Manufacture of other transport equipment","30",15000\n',
)
write("eurostat-geo-time.csv", "unit,nace_r2,geo,time,obs_value\nTHS,C,DE1,2020,1234.5\nTHS,C,DE2,2020,:\n")

write("title-lines.csv", "Employment by region, 2021\nSource: a survey\n\nregion;activity;value\nR1;A1;1,5\n")
write("header-row-option.csv", "date,2021\nindustry,all\n\nregion,activity,value\nR1,A1,5\n")
write("one-column.csv", "region\nR1\nR2\n")

# --- classification and region code lists ----------------------------------------------------
write("sic-unknown-codes.csv", LONG + "R1,29,5\nR1,30310,7\nR2,30310,1\nR1,99999,2\n")
write("sic-rewritten-codes.csv", LONG + "R1,30.30/0,5\nR1,2910,7\nR2, 29 ,1\nR2,30300,3\n")
write("sic-rewrite-duplicate.csv", LONG + "R1,30.30/0,5\nR1,30300,7\n")
write("itl-region-codes.csv", LONG + "TLK1,A1,5\nUKK1,A1,7\ntlk2,A1,1\n")
print("written to", HERE)
