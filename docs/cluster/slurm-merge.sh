#!/bin/bash
# Joins the parts slurm-analyze.sh wrote into $OUT/records.jsonl (run after the array: --dependency=afterok:<array id>).
#SBATCH --job-name=vntech-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=1G
#SBATCH --time=00:30:00
#SBATCH --output=vntech-merge-%j.log
set -euo pipefail

OUT=${OUT:-/shared/vntech/out}
PARTS=${PARTS:-16}   # the number of tasks of the array

found=$(ls "$OUT"/parts/records.*-of-"$PARTS".jsonl 2>/dev/null | wc -l)
if [ "$found" -ne "$PARTS" ]; then
  echo "vntech-merge: $found of $PARTS parts in $OUT/parts; re-submit the missing tasks (sbatch --array=K slurm-analyze.sh)" >&2
  exit 1
fi
cat "$OUT"/parts/records.*-of-"$PARTS".jsonl > "$OUT/.records.jsonl.tmp"
mv "$OUT/.records.jsonl.tmp" "$OUT/records.jsonl"
echo "merged $(wc -l < "$OUT/records.jsonl") records from $PARTS parts"
