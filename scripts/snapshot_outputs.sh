#!/usr/bin/env bash
# Every output of the CLI on every document of data/ (and the evaluation sets), into one folder,
# so a refactoring can be held byte-identical: `scripts/snapshot_outputs.sh /tmp/before`, change,
# `scripts/snapshot_outputs.sh /tmp/after`, `diff -r /tmp/before /tmp/after`.
# Inputs are copied to a fixed place first, so `source` paths do not depend on where a set lives.
set -euo pipefail
out=${1:?usage: snapshot_outputs.sh OUT_DIR}
bin=${RESEXTRACT:-.venv/bin/resextract}
in=${SNAPSHOT_INPUT:-/tmp/resextract-snapshot-input}
rm -rf "$out" "$in"; mkdir -p "$out" "$in"
for raw in data/raw data/eval/*/raw; do
  [ -d "$raw" ] || continue
  set_name=$(basename "$(dirname "$raw")"); [ "$raw" = data/raw ] && set_name=data
  set_name=${set_name#synthetic-}
  cp -r "$raw" "$in/$set_name"
done
for set_dir in "$in"/*; do
  s=$(basename "$set_dir")
  "$bin" run "$set_dir" -o "$out/$s/run" --quiet --jobs 2 || true
  "$bin" run "$set_dir" -o "$out/$s/run1" --quiet --jobs 1 || true
  "$bin" report "$set_dir" -o "$out/$s/html" --quiet >/dev/null || true
  "$bin" export --format labelstudio "$set_dir" "$out/$s/ls" >/dev/null || true
  "$bin" export --format brat "$set_dir" "$out/$s/brat" >/dev/null || true
  for f in "$set_dir"/*; do
    b=$(basename "$f")
    "$bin" show "$f" > "$out/$s/$b.show" 2>&1 || true
    "$bin" explain "$f" > "$out/$s/$b.explain" 2>&1 || true
  done
done
"$bin" schema > "$out/schema.json"
