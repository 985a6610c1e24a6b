#!/usr/bin/env bash
# Whole-process speed of `careplan-spec validate` on one large UPJSK file against a raw harness, both whole JVM
# processes with the same flags (JVM start included): the raw harness is WholeProcess raw (the JDK's MS932 decoder,
# Commons CSV's default format, one thread, every value touched). Prints each run, the medians and the ratio
# raw time / validate time (higher is better; 1.0 = validation as fast as raw tokenizing).
#
# Run from the repository root after building the CLI jar and the benchmarks jar:
#   mvn -B -q install -DskipTests -Dmaven.repo.local=PRIVATE && mvn -B -q -f careplan-spec-examples/bench package \
#       -Dmaven.repo.local=PRIVATE
#   bash careplan-spec-examples/bench/whole-process.sh [RECORDS (300000)] [RUNS (5)]
# Environment: CLI_JAR, BENCH_JAR (the jars), JVM_FLAGS (default -Xmx64m), WORK (a folder for the file).
set -euo pipefail
RECORDS="${1:-300000}"
RUNS="${2:-5}"
CLI_JAR="${CLI_JAR:-careplan-spec-examples/target/careplan-spec.jar}"
BENCH_JAR="${BENCH_JAR:-careplan-spec-examples/bench/target/benchmarks.jar}"
JVM_FLAGS="${JVM_FLAGS:--Xmx64m}"
WORK="${WORK:-$(mktemp -d)}"
FILE="$WORK/UPJSK_202504_1310100000_11_1310100001_43_20250502120000.CSV"
[ -f "$FILE" ] || java $JVM_FLAGS -cp "$BENCH_JAR" io.github.careplanspec.examples.bench.WholeProcess generate "$RECORDS" "$FILE"
echo "file: $FILE ($(wc -c < "$FILE") bytes, $RECORDS records); flags: $JVM_FLAGS"

ms() { # ms COMMAND...: wall time of a whole process in milliseconds; its output goes to $WORK/last.out
  local t0 t1 rc
  t0=$(date +%s%N)
  set +e; "$@" > "$WORK/last.out" 2>&1; rc=$?; set -e
  t1=$(date +%s%N)
  if [ "$rc" -gt 1 ]; then echo "exit $rc: $*" >&2; cat "$WORK/last.out" >&2; exit 1; fi
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

raw=(); ours=()
for i in $(seq "$RUNS"); do # interleaved, so drift on a shared machine hits both alike
  raw+=("$(ms java $JVM_FLAGS -cp "$BENCH_JAR" io.github.careplanspec.examples.bench.WholeProcess raw "$FILE")")
  ours+=("$(ms java $JVM_FLAGS -jar "$CLI_JAR" validate "$FILE")")
  echo "run $i: raw ${raw[-1]} ms, validate ${ours[-1]} ms"
done
tail -3 "$WORK/last.out" | sed 's/^/  validate says: /'
r=$(printf '%s\n' "${raw[@]}" | median); o=$(printf '%s\n' "${ours[@]}" | median)
echo "median: raw Commons CSV $r ms, validate $o ms; ratio raw/validate $(awk -v r="$r" -v o="$o" 'BEGIN {printf "%.2f", r / o}')x"
