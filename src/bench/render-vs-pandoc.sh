#!/usr/bin/env bash
# Renders the large synthetic edition of `sitrep bench render` with Sitrep (warm, in-process: citations,
# charts, Markdown and PDF/A) and its Markdown with pandoc + WeasyPrint (Debian's packages, installed here
# when missing), and prints both medians and their ratio.
#   bash src/bench/render-vs-pandoc.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"

if ! command -v pandoc >/dev/null || ! command -v weasyprint >/dev/null; then
  echo "installing pandoc and weasyprint (Debian packages) ..." >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq pandoc weasyprint >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq pandoc weasyprint >/dev/null; fi
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sitrep_line=$(./sitrep bench render --runs "$runs" --out "$dir" 2>/dev/null | grep '^rendered')
echo "sitrep:  $sitrep_line"
sitrep_ms=$(echo "$sitrep_line" | sed -E 's/.*median ([0-9]+) ms.*/\1/')

times=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$dir" && pandoc bench-edition.md -f gfm -o pandoc.pdf --pdf-engine=weasyprint \
      --css "$OLDPWD/report-templates/weekly-assessment/style.css" --metadata title="Benchmark edition" 2>/dev/null)
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
pandoc_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
pages=$(pdfinfo "$dir/pandoc.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || echo "?")
echo "pandoc:  $(pandoc --version | head -1) + WeasyPrint $(weasyprint --version | awk '{print $3}'): median ${pandoc_ms} ms over $runs runs (${pages:-?} pages; runs: ${times[*]} ms)"
awk -v p="$pandoc_ms" -v s="$sitrep_ms" 'BEGIN { printf "ratio:   pandoc / sitrep = %.1f\n", p / s }'
