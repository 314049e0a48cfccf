#!/bin/sh
# Regenerates the PDF fixtures of the PDF reader's tests from their sources, so the tests need
# neither Chromium nor LibreOffice at run time:
#   *.html  -> *.pdf  printed by Chromium (headless, no browser header/footer)
#   *.fodt  -> *.docx -> *.pdf  saved and converted by LibreOffice (the .docx is kept as a source too)
# Usage: tests/tools/make-pdf-fixtures.sh [file ...]   (default: every source in the folder)
set -eu
dir="$(cd "$(dirname "$0")/../Kommunkompassen.Ingest.Documents.Tests/Pdf/Samples" && pwd)"
cd "$dir"
[ "$#" -gt 0 ] || set -- *.html *.fodt
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for source in "$@"; do
  source="$(basename "$source")"
  case "$source" in
    *.html)
      chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile/chromium" --no-pdf-header-footer \
        --print-to-pdf="$dir/${source%.html}.pdf" "file://$dir/$source" 2>/dev/null
      ;;
    *.fodt)
      soffice -env:UserInstallation="file://$profile/lo" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$dir" "$dir/$source" >/dev/null
      soffice -env:UserInstallation="file://$profile/lo" --headless --convert-to pdf --outdir "$dir" "$dir/${source%.fodt}.docx" >/dev/null
      ;;
    *) echo "skipped $source (not .html or .fodt)" >&2 ;;
  esac
  echo "made ${source%.*}.pdf"
done
