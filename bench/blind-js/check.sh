#!/usr/bin/env bash
# Contract check for a set of JavaScript repair cases laid out as blind-js's (see README.md): this folder's, or
# the set folder given as the first argument (bench/unseen-js uses it so).
#
# For every case folder (one holding meta.json): meta.json is sane, the testkit copy matches ../testkit.js,
# test_functional.js passes on the entry and on fixed.*, test_security.js fails on the
# entry and passes on fixed.*. Each run is `node --test <file>` inside the case folder
# with CASE_MODULE set, under a 60 s timeout. Exit status is non-zero on any problem.
set -u

here="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")}" && pwd)"
limit="${CHECK_TIMEOUT:-60}"
ok=0
bad=0
total=0

# run <case dir> <module> <test file>: prints the exit status of the test run
run_test() {
  (cd "$1" && CASE_MODULE="$2" timeout "$limit" node --test "$3" >/dev/null 2>&1)
  echo $?
}

for dir in "$here"/*/; do
  [ -f "$dir/meta.json" ] || continue
  dir="${dir%/}"
  name="$(basename "$dir")"
  total=$((total + 1))
  problems=()

  meta_err="$(node -e '
    const fs = require("fs"), path = require("path");
    const [file, name] = process.argv.slice(1);
    let m;
    try { m = JSON.parse(fs.readFileSync(file, "utf8")); } catch (e) { console.log("meta.json: " + e.message); process.exit(0); }
    const errs = [];
    if (m.id !== name) errs.push("meta.id != folder name");
    if (m.language !== "javascript") errs.push("meta.language != javascript");
    if (!Array.isArray(m.cwe) || !m.cwe.length || !m.cwe.every(Number.isInteger)) errs.push("meta.cwe must be a non-empty list of integers");
    if (!/^app\.m?js$/.test(m.entry || "")) errs.push("meta.entry must be app.js or app.mjs");
    else if (!fs.existsSync(path.join(path.dirname(file), m.entry))) errs.push("entry " + m.entry + " missing");
    if (typeof m.summary !== "string" || !m.summary) errs.push("meta.summary missing");
    if (!Array.isArray(m.deps)) errs.push("meta.deps must be a list");
    console.log(errs.join("; "));
  ' "$dir/meta.json" "$name" 2>&1)"
  [ -n "$meta_err" ] && problems+=("$meta_err")
  entry="$(node -e 'try { process.stdout.write(String(require(process.argv[1]).entry || "")) } catch {}' "$dir/meta.json" 2>/dev/null)"

  fixed=""
  for f in fixed.js fixed.mjs; do [ -f "$dir/$f" ] && fixed="$f"; done
  [ -n "$fixed" ] || problems+=("no fixed.js / fixed.mjs")
  for t in test_functional.js test_security.js; do
    [ -f "$dir/$t" ] || problems+=("missing $t")
  done
  if ! cmp -s "$here/testkit.js" "$dir/node_modules/_testkit/index.js"; then
    problems+=("node_modules/_testkit/index.js differs from testkit.js")
  fi

  if [ ${#problems[@]} -eq 0 ]; then
    rc="$(run_test "$dir" "$entry" test_functional.js)"
    [ "$rc" = 0 ] || problems+=("functional fails on $entry (rc=$rc)")
    rc="$(run_test "$dir" "$fixed" test_functional.js)"
    [ "$rc" = 0 ] || problems+=("functional fails on $fixed (rc=$rc)")
    rc="$(run_test "$dir" "$entry" test_security.js)"
    if [ "$rc" = 0 ]; then problems+=("security passes on $entry")
    elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then problems+=("security timed out on $entry")
    fi
    rc="$(run_test "$dir" "$fixed" test_security.js)"
    [ "$rc" = 0 ] || problems+=("security fails on $fixed (rc=$rc)")
  fi

  if [ ${#problems[@]} -eq 0 ]; then
    ok=$((ok + 1))
    printf 'ok       %s\n' "$name"
  else
    bad=$((bad + 1))
    msg="$(printf '%s; ' "${problems[@]}")"
    printf 'PROBLEM  %s: %s\n' "$name" "${msg%; }"
  fi
done

echo "summary: $ok ok, $bad problem(s), $total case(s)"
[ "$bad" -eq 0 ] && [ "$total" -gt 0 ]
