#!/usr/bin/env bash
# Renders a comparison report in headless Chromium and writes a full-width screenshot, to check by
# eye that the charts and tables display. Needs Debian's chromium package (apt-get install chromium).
# Usage: scripts/check-report.sh results/compare-.../report.html [screenshot.png] [height-px]
set -euo pipefail
report="${1:?usage: scripts/check-report.sh REPORT.html [SCREENSHOT.png] [HEIGHT]}"
shot="${2:-${report%.html}.png}"
height="${3:-4000}"
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  echo "check-report: chromium not found (apt-get install chromium)" >&2
  exit 2
fi
[ -f "$report" ] || { echo "check-report: no such file: $report" >&2; exit 2; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --screenshot="$shot" \
  --window-size=1400,"$height" "file://$abs" >/dev/null 2>&1
[ -s "$shot" ] || { echo "check-report: chromium wrote no screenshot" >&2; exit 1; }
echo "screenshot: $shot"
