#!/usr/bin/env bash
# Drives careplan-spec.jar as a user would: exit codes, outputs, inspect, JSON schema, seal → openssl decrypt.
# Run after `mvn -B verify` (needs careplan-spec-examples/target/careplan-spec.jar, openssl, python3 + jsonschema).
PYTHON="${PYTHON:-python3}"
set -uo pipefail
cd "$(dirname "$0")/../../../.."
JAR=careplan-spec-examples/target/careplan-spec.jar
SCHEMA=docs/validation-report.schema.json
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
cps() { java -jar "$JAR" "$@"; }
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected [$2], got [$3]"; fails=$((fails + 1)); fi
}
contains() { # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: [$3] not in $2"; sed 's/^/     | /' "$2" | head -20; fails=$((fails + 1)); fi
}

# --- sample → validate: exit 0, no issue
cps sample --out "$T/units" > "$T/sample.out" 2> "$T/sample.err"; check "sample exit" 0 $?
cps validate "$T/units" > "$T/v.txt" 2> "$T/v.err"; check "validate sample exit" 0 $?
contains "validate sample summary" "$T/v.txt" "エラー 0件, 警告 0件"
cps validate --lang en "$T/units" > "$T/v-en.txt"; contains "validate --lang en" "$T/v-en.txt" "0 error(s)"
check "validate logs nothing on stderr when quiet" "" "$(cat "$T/v.err")"

# --- JSON: only the report contract on stdout, valid against the schema
cps validate --format json "$T/units" > "$T/v.json"; check "validate json exit" 0 $?
PLAN="$T/units/UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV"
mkdir -p "$T/bad"; cp "$PLAN" "$T/bad/"
sed -i 's/^202407,089991,/202407,08999,/' "$T/bad/$(basename "$PLAN")"
cps validate --format json "$T/bad" > "$T/bad.json"; check "validate error exit" 1 $?
cat > "$T/schema.py" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
for f in sys.argv[2:]:
    Draft202012Validator(schema).validate(json.load(open(f, encoding="utf-8")))
print("valid")
PY
check "json reports match the schema" valid "$("$PYTHON" "$T/schema.py" "$SCHEMA" "$T/v.json" "$T/bad.json" 2>&1 | tail -1)"
contains "json names the rule" "$T/bad.json" '"rule":"R10.insurer"'

# --- other formats and --output
cps validate --format sarif --output "$T/r.sarif" "$T/bad"; check "sarif exit" 1 $?
contains "sarif version" "$T/r.sarif" '"version"'
cps validate --format junit "$T/bad" > "$T/r.xml"; check "junit exit" 1 $?
contains "junit shape" "$T/r.xml" "<testsuite"

# --- bytes, names, archives: exit 1; usage, unreadable: exit 2
printf '202407,\x81\x20\r\n' > "$T/bad/DLT1KYO_0899999991_43_0899999992_11_20250415120200.CSV"
cps validate "$T/bad/DLT1KYO_0899999991_43_0899999992_11_20250415120200.CSV" > /dev/null; check "bad bytes exit" 1 $?
cp "$PLAN" "$T/plan.csv"; cps validate "$T/plan.csv" > /dev/null; check "bad name exit" 1 $?
"$PYTHON" - "$T/evil.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("../../UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV", "202407")
PY
cps validate "$T/evil.zip" > "$T/evil.txt"; check "hostile archive exit" 1 $?
contains "hostile archive rule" "$T/evil.txt" "R21.UNIT010"
(cd "$T/units" && zip -q ../units.zip ./*) 2>/dev/null || "$PYTHON" -c "
import sys, zipfile, os
with zipfile.ZipFile('$T/units.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    [z.write(os.path.join('$T/units', n), n) for n in sorted(os.listdir('$T/units'))]"
cps validate "$T/units.zip" > /dev/null; check "zip of units exit" 0 $?
cps validate > /dev/null 2>&1; check "no PATH exit" 2 $?
cps validate --format xml "$PLAN" > /dev/null 2>&1; check "bad option exit" 2 $?
cps validate "$T/missing" > /dev/null 2> "$T/missing.err"; check "missing path exit" 2 $?
cps --version > "$T/version.txt"; check "version exit" 0 $?
for c in validate inspect convert sample seal open render; do
  cps "$c" --help > "$T/help.txt"; contains "$c --help has an example" "$T/help.txt" "Example"
done

# --- inspect splits names
mkdir -p "$T/names"
for n in UPKIHON_SUB1_0899999993_11_0899999992_46_20250415151700.CSV \
         DLTJSK_202504_0899999992_16_0899999991_43_20250415142800.CSV \
         UPKIHON_IMAGE_0899999992_16_0899999991_43_20250415132400_0001.jpg \
         DLT1KYO_0899999991_43_0899999992_XX_20250415120000.CSV; do : > "$T/names/$n"; done
cps inspect "$T/names" > "$T/inspect.txt"; check "inspect exit" 0 $?
contains "inspect UPKIHON_SUB1 kind" "$T/inspect.txt" "UPKIHON_SUB1 利用者基本情報（別表1）"
contains "inspect UPKIHON_SUB1 sender" "$T/inspect.txt" "送信元 0899999993 11: 訪問介護"
contains "inspect UPKIHON_SUB1 receiver" "$T/inspect.txt" "送信先 0899999992 46: 介護予防支援"
contains "inspect DLTJSK month" "$T/inspect.txt" "対象年月 202504"
contains "inspect DLTJSK delete" "$T/inspect.txt" "DLTJSK 第6表実績情報削除	種別 削除	送信元 0899999992 16: 通所リハビリテーション	送信先 0899999991 43: 居宅介護支援"
contains "inspect IMAGE sequence and branch" "$T/inspect.txt" "連番 20250415132400	枝番 0001"
contains "inspect unknown type" "$T/inspect.txt" "XX: 不明"
cps inspect --format json "$T/names" > "$T/inspect.json"; check "inspect json exit" 0 $?
check "inspect json parses" 4 "$("$PYTHON" -c "import json,sys; print(len(json.load(open('$T/inspect.json'))['files']))")"

# --- convert round trip, byte for byte
cps convert --to json --out "$T/json" "$PLAN" 2> /dev/null; check "convert to json exit" 0 $?
cps convert --to csv --out "$T/back" "$T/json/$(basename "$PLAN").json" 2> /dev/null; check "convert to csv exit" 0 $?
cmp -s "$PLAN" "$T/back/$(basename "$PLAN")"; check "convert round trip is byte for byte" 0 $?

# --- seal → openssl decrypt; openssl encrypt → open; refusal leaves nothing
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/me.key" -out "$T/me.pem" -subj "/CN=careplan-test" -days 2 2> /dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/other.key" -out "$T/other.pem" -subj "/CN=other" -days 2 2> /dev/null
cps seal --recipient "$T/me.pem" --out "$T/plan.p7m" "$PLAN" 2> /dev/null; check "seal exit" 0 $?
openssl cms -decrypt -inform DER -in "$T/plan.p7m" -recip "$T/me.pem" -inkey "$T/me.key" -out "$T/plan.dec" 2> "$T/ossl.err"
check "openssl decrypts what seal wrote" 0 $?
cmp -s "$PLAN" "$T/plan.dec"; check "openssl plaintext is the file" 0 $?
openssl cms -encrypt -binary -aes-256-gcm -in "$PLAN" -out "$T/ossl.p7m" -outform PEM \
  -recip "$T/me.pem" -keyopt rsa_padding_mode:oaep -keyopt rsa_oaep_md:sha256 2> /dev/null
cps open --key "$T/me.key" --cert "$T/me.pem" --out "$T/opened.CSV" "$T/ossl.p7m" 2> /dev/null; check "open openssl PEM exit" 0 $?
cmp -s "$PLAN" "$T/opened.CSV"; check "open gives the file" 0 $?
cps open --key "$T/other.key" --cert "$T/other.pem" --out "$T/wrong.CSV" "$T/plan.p7m" 2> /dev/null; check "wrong recipient exit" 1 $?
check "no output left on refusal" no "$([ -e "$T/wrong.CSV" ] && echo yes || echo no)"
cp "$T/plan.p7m" "$T/tampered.p7m"; printf '\x00' | dd of="$T/tampered.p7m" bs=1 seek=$(( $(stat -c %s "$T/plan.p7m") - 40 )) conv=notrunc 2> /dev/null
cps open --key "$T/me.key" --cert "$T/me.pem" --out "$T/tampered.CSV" "$T/tampered.p7m" 2> /dev/null; check "tampered exit" 1 $?
check "no output left on tamper" no "$([ -e "$T/tampered.CSV" ] && echo yes || echo no)"
cps open --out "$T/x.CSV" "$T/plan.p7m" > /dev/null 2>&1; check "open without key exit" 2 $?

# --- import → re-import → export → validate, into an H2 file database (the clerk's round trip)
mkdir -p "$T/reg"; cp "$T"/units/UP* "$T/reg/"
DB="jdbc:h2:$T/db/careplan"
cps import --db "$DB" "$T/reg" > "$T/import.txt" 2> "$T/import.err"; check "import exit" 0 $?
check "import: one line per unit, all applied" "5 5" "$(wc -l < "$T/import.txt") $(grep -c '^applied ' "$T/import.txt")"
cps import --db "$DB" "$T/reg" > "$T/import2.txt" 2> /dev/null; check "re-import exit" 0 $?
check "re-import: all duplicates" 5 "$(grep -c '^duplicate ' "$T/import2.txt")"
cps export --db "$DB" --out "$T/exported" > /dev/null 2> "$T/export.err"
check "export exit" 0 $?
check "export: one folder per partner pair" "0899999991_43_0899999992_11 0899999993_46_0899999994_A6" \
  "$(ls "$T/exported" | tr '\n' ' ' | sed 's/ $//')"
cps validate "$T"/exported/* > "$T/exported.txt"; check "exported folders validate" 0 $?
contains "exported: every file back" "$T/exported.txt" "ファイル 14件"
cps export --db "$DB" --out "$T/exported1" --sender 0899999993_46 > /dev/null 2>&1; check "export --sender exit" 0 $?
check "export --sender selects" "0899999993_46_0899999994_A6" "$(ls "$T/exported1")"
cps import --db "jdbc:h2:mem:x" "$T/reg" > /dev/null 2> "$T/mem.err"; check "import into mem: exit" 0 $?
contains "import into mem: says it is not durable" "$T/mem.err" "インメモリのデータベースです"
cps import --lang en --db "jdbc:h2:mem:y" "$T/reg" > /dev/null 2> "$T/mem-en.err"
contains "import --lang en into mem: says it is not durable" "$T/mem-en.err" "in-memory database"
cps import --db "jdbc:h2:$T/db2/careplan" "$T/units" > /dev/null 2>&1; check "import with deletions exit" 0 $?
cps export --db "jdbc:h2:$T/db2/careplan" --out "$T/none" --sender 0899999991_43 --receiver 0899999992_11 \
  > /dev/null 2> "$T/none.err"; check "export of nothing exit" 0 $?
contains "export of nothing says so" "$T/none.err" "レコードがありません"
cps export --lang en --db "jdbc:h2:$T/db2/careplan" --out "$T/none" --sender 0899999991_43 --receiver 0899999992_11 \
  > /dev/null 2> "$T/none-en.err"
contains "export --lang en of nothing says so" "$T/none-en.err" "no records to export"

# --- render (issue 15): the sample's pages are the committed golden files; exit codes
GOLDEN="$PWD/careplan-spec-examples/src/test/golden/render"
mkdir -p "$T/r"; cps sample --out "$T/r/sample" > /dev/null 2>&1
(cd "$T/r" && java -jar "$OLDPWD/$JAR" render --out forms sample > render.out 2> render.err); check "render sample exit" 0 $?
check "render: the golden pages" "" "$(diff -r "$GOLDEN/ja" "$T/r/forms" 2>&1 | head -5)"
(cd "$T/r" && java -jar "$OLDPWD/$JAR" render --lang en --out forms-en sample > /dev/null 2>&1); check "render --lang en exit" 0 $?
check "render --lang en: the golden pages" "" "$(diff -r "$GOLDEN/en" "$T/r/forms-en" 2>&1 | head -5)"
cps render --no-validate --out "$T/r/nv" "$T/r/sample" > /dev/null 2>&1; check "render --no-validate exit" 0 $?
check "render: one page per unit and the index" 11 "$(ls "$T/r/nv" | wc -l)"
cps render --out "$T/r/bad" "$T/bad" "$PLAN" > /dev/null 2>&1; check "render of files with errors exit" 0 $?
contains "render: the unreadable file says why" "$T/r/bad/0002_DLT1KYO_0899999991_43_0899999992_11_20250415120200.html" "様式を表示できません"
cps render --out "$T/r/evil" "$T/evil.zip" > /dev/null 2>&1; check "render hostile archive exit" 1 $?
contains "render hostile archive page" "$T/r/evil/0001_refused.html" "受け付けませんでした"
cps render "$T/r/sample" > /dev/null 2>&1; check "render without --out exit" 2 $?
cps render --out "$T/r/x" "$T/missing" > /dev/null 2>&1; check "render missing path exit" 2 $?

# --- the bundled corpus through the jar: valid cases pass, invalid ones fail
mkdir -p "$T/corpus"; (cd "$T/corpus" && unzip -q "$OLDPWD/$JAR" 'corpus/*') && find "$T/corpus" -name expected.json -delete
# the sample units as folders (unit rules included); the file-level variations file by file
cps validate "$T"/corpus/corpus/valid/2025* > /dev/null; check "corpus valid units exit" 0 $?
cps validate "$T"/corpus/corpus/valid/variation-*/*.CSV > /dev/null; check "corpus valid variations exit" 0 $?
cps validate "$T/corpus/corpus/invalid/UP1KYO-R10.insurer-No2" > /dev/null; check "corpus invalid case exit" 1 $?

# --- rule profiles (issue 17): R42.pair is an error in strict, a warning in receiver; a bad profile file is exit 2
PAIR="$(ls "$T"/corpus/corpus/invalid/UPPLAN-R42.pair-No13/*.CSV)"
cps validate "$PAIR" > /dev/null; check "R42.pair strict exit" 1 $?
cps validate --rules receiver --format json "$PAIR" > "$T/recv.json"; check "R42.pair receiver exit" 0 $?
check "receiver named in the report" receiver "$("$PYTHON" -c "import json; print(json.load(open('$T/recv.json'))['profile'])")"
printf 'R42.pair = off\nR42.pear = off\n' > "$T/bad.rules"
cps validate --rules "$T/bad.rules" "$PAIR" > /dev/null 2> "$T/rules.err"; check "bad profile exit" 2 $?
contains "bad profile names its line" "$T/rules.err" "bad.rules:2"

echo "cli-test: $fails failure(s)"
[ "$fails" -eq 0 ]
