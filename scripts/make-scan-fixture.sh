#!/usr/bin/env bash
# Makes an image-only "scan" of an HTML page for the OCR tests: print with Chromium, rasterise at low resolution in grey,
# print the raster again slightly rotated and blurred, rasterise again as a JPEG and wrap it in a one-page PDF with no
# text layer. Needs chromium, pdftoppm and python3. Usage: scripts/make-scan-fixture.sh page.html out.pdf [dpi]
set -euo pipefail
html=$(realpath "$1"); out=$2; dpi=${3:-90}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf="$work/page.pdf" "$html" 2>/dev/null
pdftoppm -r "$dpi" -gray -png -singlefile "$work/page.pdf" "$work/low"
cat > "$work/wrap.html" <<HTML
<!DOCTYPE html><html><head><style>@page{size:A4;margin:0} body{margin:0} img{width:210mm;transform:rotate(0.6deg);filter:blur(0.3px)}</style></head><body><img src="low.png"></body></html>
HTML
chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf="$work/wrapped.pdf" "$work/wrap.html" 2>/dev/null
pdftoppm -r "$dpi" -gray -jpeg -jpegopt quality=55 -singlefile "$work/wrapped.pdf" "$work/scan"
python3 "$(dirname "$0")/image-to-pdf.py" "$work/scan.jpg" "$out" "$dpi"
