#!/usr/bin/env bash
# Page 1 of every sample PDF the report tests leave in target/report-samples/, as 100 dpi PNGs for reviewers.
#   ./mvnw -B -q test -Dtest='ReportPackTest' && docs/report-samples/render.sh      (needs poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/../.."
for pdf in target/report-samples/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -r 100 -f 1 -l 1 -singlefile -png "$pdf" "docs/report-samples/$name"
done
ls -l docs/report-samples/*.png
