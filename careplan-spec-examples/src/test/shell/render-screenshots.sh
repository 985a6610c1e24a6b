#!/usr/bin/env bash
# Maintainer script (issue 15): the README's screenshots of the rendered 第2表, 第3表 and 第6表 of the sample units,
# taken with Debian's headless Chromium and fonts-noto-cjk. Run after `mvn -B verify`; commit the PNGs it writes to
# docs/images/. Tests never run this (they check the pages themselves, see RenderChromiumTest).
set -euo pipefail
cd "$(dirname "$0")/../../../.."
JAR="$PWD/careplan-spec-examples/target/careplan-spec.jar"
OUT="$PWD/docs/images"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || { echo "needs $CHROMIUM: apt-get install chromium fonts-noto-cjk" >&2; exit 2; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
java -jar "$JAR" sample --out "$T/sample" > /dev/null 2>&1
(cd "$T" && java -jar "$JAR" render --out forms sample > /dev/null 2>&1)
mkdir -p "$OUT"
shot() { # shot PAGE-GLOB FORM HEIGHT NAME: one form of a page (page.html#form-N shows it alone)
  local page
  page=$(ls "$T"/forms/$1)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$T")" --hide-scrollbars \
    --window-size=1280,"$3" --screenshot="$OUT/$4" "file://$page#form-$2" 2> /dev/null
  echo "$OUT/$4"
}
shot '0001_UP1KYO_*.html' 2 380 render-table2.png
shot '0001_UP1KYO_*.html' 3 540 render-table3.png
shot '0002_UPPLAN_*.html' 1 400 render-table6.png
