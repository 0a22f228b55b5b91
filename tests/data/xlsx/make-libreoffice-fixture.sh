#!/bin/sh
# Writes libreoffice.xlsx with LibreOffice Calc from libreoffice.fods (a flat OpenDocument spreadsheet:
# two sheets, date and date-time cells, booleans, Chinese text, a number in a text column, an empty row).
# Needs Debian's libreoffice-calc-nogui; the tests only read the committed result.
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
HOME="$out" soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$out" libreoffice.fods >/dev/null
cp "$out/libreoffice.xlsx" libreoffice.xlsx
