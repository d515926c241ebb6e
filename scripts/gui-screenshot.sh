#!/usr/bin/env bash
# Starts the classroom GUI (./lvflex gui) on a virtual screen (Xvfb), plays a simulated evening with
# every display and chart drawing, saves a PNG of the whole screen and closes the Console (which ends
# the process). Prints how long the evening took to play.
#
# Usage: scripts/gui-screenshot.sh [OUT.png] [lvflex gui arguments...]
#   default OUT: results/gui-screenshot.png
#   default arguments: lesson-tou-herding --compare UNMANAGED --start-hour 16   (9 hours: 16:00 to 01:00)
# Environment: LVFLEX_PLAY_HOURS (default 9), LVFLEX_SCREEN (default 1920x1080x24).
# Needs xvfb-run (Debian/Ubuntu: apt-get install xvfb).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

out="${1:-$root/results/gui-screenshot.png}"
if [ $# -gt 0 ]; then
  shift
fi
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(lesson-tou-herding --compare UNMANAGED --start-hour 16)
fi

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "gui-screenshot: xvfb-run not found; install Debian's xvfb package (apt-get install xvfb)" >&2
  exit 2
fi

mkdir -p "$(dirname "$out")"
exec xvfb-run -a -s "-screen 0 ${LVFLEX_SCREEN:-1920x1080x24}" \
  "$root/lvflex" gui "${args[@]}" --play "${LVFLEX_PLAY_HOURS:-9}" --screenshot "$out" --exit
