#!/usr/bin/env bash
# Every output of the CLI on every document of data/ (data/raw and data/eval/*/raw) in one folder,
# so a refactoring can be held byte-identical:
#   scripts/snapshot_outputs.sh /tmp/before; <change>; scripts/snapshot_outputs.sh /tmp/after
#   diff -r /tmp/before /tmp/after        # empty when nothing changed
# Inputs are copied to SNAPSHOT_INPUT and named relative to it, so `source` paths in the records
# do not depend on where a set lives; RESEXTRACT chooses the command (default .venv/bin/resextract).
set -euo pipefail
out=$(realpath -m "${1:?usage: snapshot_outputs.sh OUT_DIR}")
bin=$(realpath "${RESEXTRACT:-.venv/bin/resextract}")
in=${SNAPSHOT_INPUT:-/tmp/resextract-snapshot-input}
rm -rf "$out" "$in"; mkdir -p "$out" "$in"
for raw in data/raw data/eval/*/raw; do
  [ -d "$raw" ] || continue
  name=$(basename "$(dirname "$raw")"); [ "$raw" = data/raw ] && name=data
  cp -r "$raw" "$in/$name"
done
cd "$in"
for s in *; do
  "$bin" run "$s" -o "$out/$s/run" --quiet --jobs 2 || true
  "$bin" run "$s" -o "$out/$s/run1" --quiet --jobs 1 || true
  "$bin" report "$s" -o "$out/$s/html" --quiet >/dev/null || true
  "$bin" export --format labelstudio "$s" "$out/$s/ls" >/dev/null || true
  "$bin" export --format brat "$s" "$out/$s/brat" >/dev/null || true
  for f in "$s"/*; do
    b=$(basename "$f")
    "$bin" show "$f" > "$out/$s/$b.show" 2>&1 || true
    "$bin" explain "$f" > "$out/$s/$b.explain" 2>&1 || true
  done
done
"$bin" schema > "$out/schema.json"
