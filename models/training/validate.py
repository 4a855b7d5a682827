#!/usr/bin/env python3
"""Validate relations-train.jsonl and relations-test.jsonl and print counts (markdown).
Usage: python3 validate.py            -> exit 1 and list problems if any
       python3 validate.py --markdown -> also print per-construction count tables"""
import json, sys, os, unicodedata, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"train": "relations-train.jsonl", "test": "relations-test.jsonl"}
KINDS = {"investment", "pledge", "acquisition", "stake"}
KEYS = ["id", "text", "companies", "notCompanies", "people", "relations", "notRelations", "construction"]
errs, data = [], {}
for label, fn in FILES.items():
    recs = []
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if unicodedata.normalize("NFC", line) != line: errs.append(f"{fn}:{n}: not NFC")
            try: o = json.loads(line)
            except Exception as e: errs.append(f"{fn}:{n}: bad JSON {e}"); continue
            if list(o) != KEYS: errs.append(f"{fn}:{n}: keys {list(o)}")
            recs.append(o)
    data[label] = recs
ids = collections.Counter(o["id"] for r in data.values() for o in r)
errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
texts = collections.Counter(o["text"] for r in data.values() for o in r)
errs += [f"duplicate text: {t[:60]}" for t, c in texts.items() if c > 1]
for label, recs in data.items():
    for o in recs:
        i, t = o["id"], o["text"]
        for f in ("companies", "notCompanies", "people"):
            for n in o[f]:
                if n not in t: errs.append(f"{i}: {f} {n!r} not in text")
        ents = set(o["companies"]) | set(o["people"])
        for f in ("relations", "notRelations"):
            for r in o[f]:
                for k in ("investor", "investee"):
                    if r[k] not in ents: errs.append(f"{i}: {f} {k} {r[k]!r} not in companies/people")
        for r in o["relations"]:
            if r["kind"] not in KINDS: errs.append(f"{i}: bad kind {r['kind']}")
        for r in o["notRelations"]:
            if not r.get("why"): errs.append(f"{i}: notRelation without why")
        if not o["construction"]: errs.append(f"{i}: no construction")
# deal names must not be shared between train and test
deal = {l: {n for o in recs for r in o["relations"] for n in (r["investor"], r["investee"])} for l, recs in data.items()}
errs += [f"deal name in train and test: {n}" for n in sorted(deal["train"] & deal["test"])]
if errs:
    print("\n".join(errs)); print(f"{len(errs)} problems"); sys.exit(1)
print("OK: all checks passed")
for label, recs in data.items():
    rel = sum(len(o["relations"]) for o in recs); neg = sum(len(o["notRelations"]) for o in recs)
    norel = sum(1 for o in recs if not o["relations"])
    kinds = collections.Counter(r["kind"] for o in recs for r in o["relations"])
    print(f"{label}: {len(recs)} passages, {rel} relations {dict(sorted(kinds.items()))}, {neg} notRelations, "
          f"{norel} passages without a relation ({100*norel/len(recs):.0f}%)")
if "--markdown" in sys.argv:
    tags = sorted({o["construction"] for r in data.values() for o in r})
    c = {l: collections.Counter(o["construction"] for o in recs) for l, recs in data.items()}
    cr = {l: collections.Counter() for l in data}
    for l, recs in data.items():
        for o in recs: cr[l][o["construction"]] += len(o["relations"])
    print("\n| construction | train passages | train relations | test passages | test relations |\n|---|---:|---:|---:|---:|")
    for t in tags:
        print(f"| `{t}` | {c['train'][t]} | {cr['train'][t]} | {c['test'][t]} | {cr['test'][t]} |")
