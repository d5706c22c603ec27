#!/usr/bin/env bash
# Makes the scan evaluation set of eval/ocr/scans: each text in eval/ocr/scans/texts (our own bokmål "bm-" and nynorsk
# "nn-" papers, with names and rare words) is set as an A4 page and "scanned" under each condition below, once as an
# image-only PDF and once with the invisible text layer of an English-configured OCR (`tesseract -l eng pdf`, as
# office scanners write it: "på" read as "pd", "møte" as "mgte"). File names say text, condition and layer:
# <text>--<condition>--<image-only|eng-layer>.pdf. Skews alternate in sign from text to text.
#   straight      300 dpi, grey JPEG q75, not skewed
#   skew-0.2 … skew-2  300 dpi, skewed by that many degrees
#   rot90         stored a quarter turn clockwise, shown upright by the page's /Rotate 270 (text layer sideways too)
#   rot180        fed upside down, no /Rotate (image and text layer upside down)
#   dpi150        150 dpi, skewed 0.4°
#   jpeg-q25      heavy JPEG compression, skewed 0.3°
#   1bit          1 bit per pixel (threshold 55 %), skewed 0.3°
# Needs ImageMagick 6 (convert), the DejaVu fonts, tesseract with the eng model, qpdf and python3. Deterministic for given tool versions.
# Usage: scripts/make-scan-set.sh [texts-dir] [out-dir] [condition ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
texts=$(realpath "${1:-$here/../eval/ocr/scans/texts}"); out=$(realpath -m "${2:-$here/../eval/ocr/scans/pdf}")
shift $(( $# > 2 ? 2 : $# )) || true
conditions=("$@")
[ ${#conditions[@]} -gt 0 ] || conditions=(straight skew-0.2 skew-0.5 skew-1 skew-2 rot90 rot180 dpi150 jpeg-q25 1bit)
im=$(command -v convert-im6.q16 || command -v convert-im6 || echo /usr/bin/convert)
mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# dpi skew rotate(cw) page-rotate encoding for a condition; the skew's sign comes from the text's index.
spec() {
  case $1 in
    straight) echo "300 0 0 0 jpeg75" ;;
    skew-*) echo "300 ${1#skew-} 0 0 jpeg75" ;;
    rot90) echo "300 0 90 270 jpeg75" ;;
    rot180) echo "300 0 180 0 jpeg75" ;;
    dpi150) echo "150 0.4 0 0 jpeg75" ;;
    jpeg-q25) echo "300 0.3 0 0 jpeg25" ;;
    1bit) echo "300 0.3 0 0 bits1" ;;
    *) echo "unknown condition $1" >&2; exit 2 ;;
  esac
}

index=0
for text in "$texts"/*.txt; do
  name=$(basename "$text" .txt)
  font=/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf; [ $((index % 2)) -eq 1 ] && font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  sign=$([ $((index % 2)) -eq 0 ] && echo "" || echo "-")
  for dpi in 300 150; do
    w=$((2480 * dpi / 300)); h=$((3508 * dpi / 300)); margin=$((236 * dpi / 300))
    # One caption per paragraph, stacked (ImageMagick 6 refuses one caption of a whole page's text).
    parts=()
    while IFS= read -r line || [ -n "$line" ]; do
      if [ -z "$line" ]; then parts+=(-size "$((w - 2 * margin))x$((25 * dpi / 300))" xc:white)
      else parts+=(-size "$((w - 2 * margin))x" -font "$font" -pointsize 11 caption:"${line//%/%%}"); fi
    done < "$text"
    "$im" -density "$dpi" -background white "${parts[@]}" -append -gravity north -extent "${w}x${h}-${margin}-${margin}" +repage \
      -colorspace gray -depth 8 "$work/$name-$dpi.png"
  done
  for condition in "${conditions[@]}"; do
    read -r dpi skew turn pagerotate encoding <<<"$(spec "$condition")"
    base="$out/$name--$condition"
    img="$work/page"
    args=(-background white)
    [ "$skew" != 0 ] && args+=(-rotate "$sign$skew" -gravity center -extent "$(identify -format %wx%h "$work/$name-$dpi.png")")
    [ "$turn" != 0 ] && args+=(-rotate "$turn")
    case $encoding in
      jpeg*) "$im" "$work/$name-$dpi.png" "${args[@]}" -quality "${encoding#jpeg}" "$img.jpg"; img="$img.jpg" ;;
      bits1) "$im" "$work/$name-$dpi.png" "${args[@]}" -threshold 55% "$img.pbm"; img="$img.pbm" ;;
    esac
    rot=(); [ "$pagerotate" != 0 ] && rot=(--rotate "$pagerotate")
    python3 "$here/image-to-pdf.py" "$img" "$base--image-only.pdf" "$dpi" "${rot[@]}"
    psm=3; [ "$turn" != 0 ] && psm=1
    OMP_THREAD_LIMIT=1 tesseract "$img" "$work/layer" -l eng --dpi "$dpi" --psm "$psm" pdf 2>/dev/null
    if [ "$pagerotate" != 0 ]; then
      qpdf "$work/layer.pdf" --rotate="$pagerotate" "$base--eng-layer.pdf"
    else
      mv "$work/layer.pdf" "$base--eng-layer.pdf"
    fi
    echo "$base"
  done
  index=$((index + 1))
done
