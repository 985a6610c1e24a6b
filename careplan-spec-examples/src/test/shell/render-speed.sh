#!/usr/bin/env bash
# Maintainer script (issue 15): times `render` over 1,000 units (a busy office's month): the sample's plan unit
# (第1表–第3表 + 利用者補足情報) and 利用票 unit (第6表 + 第7表 + 利用者補足情報), 500 copies each under new ファイル連番,
# 3,500 files in one folder, validated and rendered. Run after `mvn -B verify`; the README quotes its figure.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
JAR="$PWD/careplan-spec-examples/target/careplan-spec.jar"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
java -jar "$JAR" sample --out "$T/sample" > /dev/null 2>&1
mkdir "$T/units"
n=0
for i in $(seq 0 499); do
  for seq in 20250415120000 20250415120100; do
    new=$(date -u -d "2025-04-16 08:00:00 UTC + $n seconds" +%Y%m%d%H%M%S)
    n=$((n + 1))
    for f in "$T"/sample/*_"$seq".CSV; do
      b=$(basename "$f"); cp "$f" "$T/units/${b/$seq/$new}"
    done
  done
done
echo "$(ls "$T/units" | wc -l) files, $n units; $(nproc) cores, $(uptime | sed 's/.*load/load/')"
/usr/bin/time -f "render: %e s wall-clock, %U s user + %S s sys CPU" \
  java -jar "$JAR" render --out "$T/forms" "$T/units" > /dev/null 2> "$T/err" || { cat "$T/err"; exit 1; }
tail -1 "$T/err"
echo "$(ls "$T/forms" | wc -l) pages written"
