#!/usr/bin/env python3
"""Counts what the corpus holds, per split: articles, companies, money amounts, investments by kind.

    python3 corpus/tools/stats.py            # a Markdown table for corpus/README.md
"""
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    split = {}
    for line in (ROOT / "split.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cells = line.split("\t")
            split[cells[0]] = cells[1]
    counts = {s: Counter() for s in ("train", "test", "all")}
    for path in sorted((ROOT / "articles").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for s in (split.get(gold["file"], "?"), "all"):
            c = counts.setdefault(s, Counter())
            c["articles"] += 1
            c["with a required investment"] += bool(gold["investments"])
            c["companies required"] += len(gold["companies"]["required"])
            c["companies optional"] += len(gold["companies"]["optional"])
            c["companies forbidden"] += len(gold["companies"]["forbidden"])
            c["money"] += len(gold["money"])
            c["money vague"] += sum(1 for m in gold["money"] if m.get("vague"))
            c["money optional"] += len(gold["optionalMoney"])
            c["investments"] += len(gold["investments"])
            for i in gold["investments"]:
                c[f"  {i['kind']}"] += 1
            c["investments with amounts"] += sum(1 for i in gold["investments"] if i.get("amounts"))
            c["optional investments"] += len(gold["optionalInvestments"])
            c["not investments"] += len(gold["notInvestments"])
    rows = ["articles", "with a required investment", "companies required", "companies optional", "companies forbidden",
            "money", "money vague", "money optional", "investments", "  investment", "  pledge", "  acquisition", "  stake",
            "investments with amounts", "optional investments", "not investments"]
    print("| | train | test | all |")
    print("|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r.strip() if not r.startswith('  ') else '… ' + r.strip()} | {counts['train'][r]} | {counts['test'][r]} | {counts['all'][r]} |")


if __name__ == "__main__":
    main()
