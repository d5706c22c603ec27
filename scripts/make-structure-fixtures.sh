#!/usr/bin/env bash
# Renders the structure fixtures written as HTML (tests/Ingest.Tests/Structure/Fixtures/<folder>/*.html) to PDF with
# Chromium, as the tests read them. Header and footer bands repeat on every printed page, as a case system's letterhead
# and "Side N av M" do. Set 5 on writes them as @page margin boxes (@top-left, @bottom-right with counter(page)):
# Chromium 156 misplaces position-fixed bands (a footer at the top of the page, a header at its foot), which real papers
# never do. Usage: scripts/make-structure-fixtures.sh [folder …] (default: heldout3; e.g. heldout6, heldout7 heldout8, tables)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
folders=("$@"); [ ${#folders[@]} -eq 0 ] && folders=(heldout3)
for folder in "${folders[@]}"; do
  for html in "$root/tests/Ingest.Tests/Structure/Fixtures/$folder"/*.html; do
    chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf="${html%.html}.pdf" "$html" 2>/dev/null
    echo "${html%.html}.pdf"
  done
done
