#!/bin/sh
# Render a review report's index and one document page to PNG with headless Chromium.
#
#   scripts/screenshot.sh [REPORT_DIR] [OUT_DIR] [PAGE]
#
# REPORT_DIR defaults to out/html (write it with `resextract report data/raw -o out/html`),
# OUT_DIR to out/screenshots, PAGE to the smallest document page (a short document shows its
# highlights and its table on one screen). Without chromium it says so and exits 0.
set -eu

REPORT_DIR=${1:-out/html}
OUT_DIR=${2:-out/screenshots}
PAGE=${3:-}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}

if [ -z "$CHROMIUM" ]; then
    echo "screenshot: chromium not found (apt-get install chromium); skipped" >&2
    exit 0
fi
if [ ! -f "$REPORT_DIR/index.html" ]; then
    echo "screenshot: no $REPORT_DIR/index.html; run: resextract report data/raw -o $REPORT_DIR" >&2
    exit 2
fi
if [ -z "$PAGE" ]; then
    PAGE=$(ls -S "$REPORT_DIR"/*.html | grep -v '/index\.html$' | tail -n 1)
    PAGE=$(basename "$PAGE")
fi
mkdir -p "$OUT_DIR"
REPORT_ABS=$(cd "$REPORT_DIR" && pwd)
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT INT TERM

shoot() {  # $1 = page file name, $2 = PNG path
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
        --user-data-dir="$PROFILE" --window-size=1400,1100 \
        --screenshot="$2" "file://$REPORT_ABS/$1" >/dev/null 2>&1
    [ -s "$2" ] || { echo "screenshot: chromium wrote no $2" >&2; exit 1; }
    echo "$2"
}

shoot index.html "$OUT_DIR/index.png"
shoot "$PAGE" "$OUT_DIR/$(basename "$PAGE" .html).png"
