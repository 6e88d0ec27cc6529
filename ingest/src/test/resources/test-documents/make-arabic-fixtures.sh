#!/bin/sh
# Regenerates the Arabic fixtures (run from the ingest module folder; needs fonts-dejavu-core and, for the .doc and
# the LibreOffice PDF, libreoffice-writer-nogui). The fixtures are committed; this only documents how they were made.
#   arabic-pdfbox-visual.pdf  PDFBox, DejaVu Sans: shaped glyphs in visual order, one paragraph with space glyphs,
#                             one with every word placed on its own (ArabicFixtures.visualPdf)
#   arabic.odt / .rtf / .eml  written by ArabicFixtures (zip of ODF XML; \uN escapes; base64 UTF-8 body)
#   arabic.doc                LibreOffice: arabic.odt saved as Word 97-2003
#   arabic-libreoffice.pdf    LibreOffice: arabic.odt exported to PDF (a real right-to-left producer)
set -e
dir=src/test/resources/test-documents
cd "$(dirname "$0")/../../../.."
mvn -B -q -o test-compile
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:$cp" org.hasila.ingest.ArabicFixtures "$dir"
tmp=$(mktemp -d)
soffice --headless --convert-to 'doc:MS Word 97' --outdir "$tmp" "$dir/arabic.odt"
soffice --headless --convert-to pdf --outdir "$tmp" "$dir/arabic.odt"
cp "$tmp/arabic.doc" "$dir/arabic.doc"
cp "$tmp/arabic.pdf" "$dir/arabic-libreoffice.pdf"
rm -rf "$tmp"
