#!/bin/bash
# accept.sh g|h N URL TYPE ISSUER YEAR NOTE
set -e
who=$1; n=$2
src=/work/corpus47/tools_tmp/cand_$who/$n.txt
[ -f "$src" ] || { echo "no $src"; exit 1; }
[ -e /work/corpus47/raw/$n.txt ] && { echo "raw/$n.txt exists"; exit 1; }
mv "$src" /work/corpus47/raw/$n.txt
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n.txt" "$3" "$4" "$5" "$6" "$7" >> /work/corpus47/tools_tmp/sources_$who.tsv
echo "accepted $n.txt"
