#!/usr/bin/env bash
# Verifies the contract of every JavaScript case in this folder:
#   test_functional passes on the entry module and on the fixed module,
#   test_security fails on the entry module and passes on the fixed module.
# Usage: bench/cases-js/check.sh [case-folder ...]   (default: all j* folders)
# Cases run one at a time; prints one line per case and a summary.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ "$#" -gt 0 ]; then cases=("$@"); else cases=(j*/); fi
ok=0; bad=0
run() { # dir module testfile -> exit code
  (cd "$1" && CASE_MODULE="$2" timeout 60 node --test "$3" >/dev/null 2>&1); echo $?
}
for c in "${cases[@]}"; do
  c="${c%/}"
  entry=$(node -p "require('./$c/meta.json').entry" 2>/dev/null)
  if [ -z "$entry" ] || [ ! -f "$c/$entry" ]; then echo "$c problem: meta.json entry missing"; bad=$((bad+1)); continue; fi
  fixed="fixed.${entry##*.}"
  problems=()
  [ -f "$c/$fixed" ] || problems+=("no $fixed")
  start=$(date +%s%N)
  [ "$(run "$c" "$entry" test_functional.js)" = 0 ] || problems+=("functional fails on $entry")
  [ "$(run "$c" "$fixed" test_functional.js)" = 0 ] || problems+=("functional fails on $fixed")
  [ "$(run "$c" "$entry" test_security.js)" != 0 ] || problems+=("security passes on $entry")
  [ "$(run "$c" "$fixed" test_security.js)" = 0 ] || problems+=("security fails on $fixed")
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ "${#problems[@]}" -eq 0 ]; then
    echo "$c ok (${ms} ms)"; ok=$((ok+1))
  else
    echo "$c problem: $(IFS=';'; echo "${problems[*]}")"; bad=$((bad+1))
  fi
done
echo "summary: $ok ok, $bad problem(s), $((ok+bad)) case(s)"
[ "$bad" -eq 0 ]
