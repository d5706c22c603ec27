#!/usr/bin/env bash
# Makes a "scan" with the text layer of a scanner whose OCR was set to English, as council archives hold them: print an
# HTML page with Chromium, rasterise each page in grey, and let Tesseract's English model write a PDF of the page images
# with its invisible text layer (`tesseract pages.txt out -l eng pdf`), which reads "på" as "pd", "møte" as "mgte" and
# "Rådet" as "Radet". Needs chromium, pdftoppm and tesseract (eng). Usage: scripts/make-ocr-layer-fixture.sh page.html out.pdf [dpi]
set -euo pipefail
html=$(realpath "$1"); out=$(realpath -m "$2"); dpi=${3:-150}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf="$work/page.pdf" "$html" 2>/dev/null
pdftoppm -r "$dpi" -gray -jpeg -jpegopt quality=70 "$work/page.pdf" "$work/p"
ls "$work"/p*.jpg | sort > "$work/pages.txt"
OMP_THREAD_LIMIT=1 tesseract "$work/pages.txt" "$work/out" -l eng --dpi "$dpi" pdf 2>/dev/null
mv "$work/out.pdf" "$out"
