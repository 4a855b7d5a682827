#!/bin/bash
# vntech on Slurm: a job array analyses a folder on shared storage in parts; slurm-merge.sh joins them.
#
#   jid=$(sbatch --parsable slurm-analyze.sh)
#   sbatch --dependency=afterok:$jid slurm-merge.sh
#
# Each task reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT, so `vntech analyze` takes its
# part by itself and writes $OUT/parts/records.<K>-of-<N>.jsonl. The ids must run without a step (0-15, not 0-15:4).
# Every node must see the corpus at the same path: a file's part is chosen from its path. A requeued or re-submitted
# task (`sbatch --array=5 slurm-analyze.sh`) resumes where it stopped.
#SBATCH --job-name=vntech-analyze
#SBATCH --array=0-15
#SBATCH --cpus-per-task=2
#SBATCH --mem=4G
#SBATCH --time=04:00:00
#SBATCH --requeue
#SBATCH --output=vntech-analyze-%A_%a.log
set -uo pipefail

CORPUS=${CORPUS:-/shared/vntech/corpus}
OUT=${OUT:-/shared/vntech/out}
# The installed tool, or the container: VNTECH="apptainer run docker://registry.example.com/vntech:latest"
VNTECH=${VNTECH:-vntech}

mkdir -p "$OUT/parts"
$VNTECH analyze "$CORPUS" --shard auto --output "$OUT/parts/records.jsonl" --resume --parallelism "${SLURM_CPUS_PER_TASK:-2}"
code=$?
# Exit 1 means some pages could not be read: their records carry the errors, the part is done.
[ "$code" -le 1 ] || exit "$code"
