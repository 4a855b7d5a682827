#!/usr/bin/env python3
"""Draws the project's corpus from the shared annotation pool, reproducibly.

The draw, the train/test split and the double-annotated subset come from one recorded seed, fixed before any
article was read, so that nobody picks the easy articles and no rule is written from the test split.

    python3 corpus/tools/select.py ../shared/data/corpus/pool   # writes corpus/split.tsv

split.tsv has one line per drawn article: file, split (train/test), annotation batch, and the batch whose
annotator also annotates it independently for the agreement study (empty for most articles).
"""
import random
import sys
from pathlib import Path

SEED = 20261204          # the session date on which the corpus was started
DRAWN = 328              # 8 annotation batches of 41
BATCHES = 8
TEST = 66                # about a fifth of the draw
SECOND_PER_BATCH = 4     # each batch's annotator also second-annotates 4 articles of the next batch


def main() -> None:
    pool = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/corpus/pool")
    files = sorted(p.name for p in pool.glob("*.txt"))
    if len(files) < DRAWN:
        sys.exit(f"{pool}: {len(files)} articles, {DRAWN} needed")
    drawn = random.Random(SEED).sample(files, DRAWN)
    test = set(random.Random(SEED + 1).sample(drawn, TEST))
    per_batch = DRAWN // BATCHES
    batches = [drawn[i * per_batch:(i + 1) * per_batch] for i in range(BATCHES)]
    second = {}
    rng = random.Random(SEED + 2)
    for b, members in enumerate(batches):
        # Drawn from the first half of the batch, which its first annotator reaches early: both annotations exist.
        for name in rng.sample(members[: per_batch // 2], SECOND_PER_BATCH):
            second[name] = (b + BATCHES - 1) % BATCHES + 1   # annotated a second time by the previous batch's annotator
    out = Path(__file__).resolve().parent.parent / "split.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"# seed {SEED}: {DRAWN} of {len(files)} pool articles; test {TEST}; columns: file, split, batch, second-annotation batch\n")
        for b, members in enumerate(batches):
            for name in members:
                f.write(f"{name}\t{'test' if name in test else 'train'}\t{b + 1}\t{second.get(name, '')}\n")
    print(f"wrote {out}: {DRAWN} articles, {TEST} test, {len(second)} double-annotated")


if __name__ == "__main__":
    main()
