#!/usr/bin/env bash
# Rebuilds passages.jsonl: one passage per corpus page, id "<file>#<page>".
# Born-digital pages: poppler's pdftotext. Scanned pages (the NorPreM mandate, whose OCR text layer is damaged):
# re-OCR of the page image with Tesseract (nor), as the ingest pipeline's OCR path does.
# Needs poppler-utils, tesseract-ocr, tesseract-ocr-nor and python3. Run from the repository root.
set -euo pipefail
out=eval/search/passages.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/all.tsv"
for pdf in corpus/*.pdf; do
  file=$(basename "$pdf")
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for p in $(seq 1 "$pages"); do
    if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q 'fagdirektg\|pd oppdrag\|rddgivende' || [ "$file" = norprem-revidert-mandat-2024.pdf ]; then
      pdftoppm -r 300 -gray -f "$p" -l "$p" "$pdf" "$tmp/img"
      tesseract "$(ls "$tmp"/img-*.pgm | head -1)" "$tmp/page" -l nor >/dev/null 2>&1
      rm -f "$tmp"/img-*.pgm
      python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "text": open(sys.argv[2]).read().strip()}, ensure_ascii=False))' "$file#$p" "$tmp/page.txt" >> "$tmp/all.tsv"
    else
      pdftotext -f "$p" -l "$p" "$pdf" "$tmp/page.txt"
      python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "text": open(sys.argv[2]).read().strip()}, ensure_ascii=False))' "$file#$p" "$tmp/page.txt" >> "$tmp/all.tsv"
    fi
  done
done
mv "$tmp/all.tsv" "$out"
wc -l "$out"
