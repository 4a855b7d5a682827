#!/usr/bin/env python3
"""Checks gold files for form, not for judgement: fields, kinds, names and amounts that occur in the article,
values that agree with the amount's own figure. Annotators run it on what they wrote; it reads nothing but the gold
file and its article (never an extractor's output).

    python3 corpus/tools/check_gold.py corpus/articles/vn-train-012345.gold.json [...]
    python3 corpus/tools/check_gold.py corpus/articles            # every gold file of a folder

Prints one line per problem (ERROR: must be fixed; WARN: look again) and exits 1 when there is an error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = {"investment", "pledge", "acquisition", "stake"}
LISTS = ["aliases", "money", "optionalMoney", "investments", "optionalInvestments", "notInvestments"]
SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "tỳ": 1e9}  # tỳ: a typo of tỷ the articles make


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).lower()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def figure(text: str):
    """The value an amount's own words give, or None when they are not a plain figure with scale words."""
    t = unicodedata.normalize("NFC", text).lower()
    m = re.search(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?", t)
    if not m:
        return None
    whole = float(m.group(1).replace(".", ""))
    if m.group(2):
        whole += float("0." + m.group(2))
    rest = t[m.end():]
    if re.search(r"\d", rest):
        return None           # "1 tỷ 200 triệu", ranges: not checked
    value = whole
    for word in re.findall(r"nghìn|ngàn|triệu|tỷ|tỉ|tỳ", rest):
        value *= SCALE[word]
    return value


def check(gold_path: Path) -> list:
    problems = []
    def err(msg): problems.append(f"ERROR {gold_path.name}: {msg}")
    def warn(msg): problems.append(f"WARN  {gold_path.name}: {msg}")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001 - any parse failure is the annotator's to see
        return [f"ERROR {gold_path.name}: not valid JSON: {e}"]
    stem = gold_path.name[: -len(".gold.json")]
    if gold.get("id") != stem:
        err(f"id is {gold.get('id')!r}, expected {stem!r}")
    if gold.get("file") != stem + ".txt":
        err(f"file is {gold.get('file')!r}, expected {stem + '.txt'!r}")
    article = gold_path.with_name(stem + ".txt")
    if not article.exists():
        return problems + [f"ERROR {gold_path.name}: no article {article.name} beside it"]
    text = unicodedata.normalize("NFC", article.read_text(encoding="utf-8"))
    ntext = " " + norm(text) + " "
    for key in LISTS:
        if not isinstance(gold.get(key), list):
            err(f"'{key}' must be a list")
    comp = gold.get("companies")
    if not isinstance(comp, dict) or not all(isinstance(comp.get(k), list) for k in ("required", "optional", "forbidden")):
        err("'companies' must have lists 'required', 'optional', 'forbidden'")
        comp = {"required": [], "optional": [], "forbidden": []}
    if problems:
        return problems

    def occurs(name: str) -> bool:
        return (" " + norm(name) + " ") in ntext

    groups = {}
    for group in gold["aliases"]:
        if not isinstance(group, list) or len(group) < 2:
            err(f"alias group {group!r} must list two or more names")
            continue
        for name in group:
            if norm(name) in groups and groups[norm(name)] is not group:
                err(f"'{name}' is in two alias groups")
            groups[norm(name)] = group
            if not occurs(name):
                warn(f"alias '{name}' does not occur in the article")
    def key(name):
        g = groups.get(norm(name))
        return norm(g[0]) if g else norm(name)

    seen = {}
    for part in ("required", "optional", "forbidden"):
        for name in comp[part]:
            if not occurs(name) and not any(occurs(a) for a in groups.get(norm(name), [])):
                warn(f"company '{name}' ({part}) does not occur in the article")
            k = key(name)
            if k in seen and part != "forbidden":
                err(f"'{name}' ({part}) names the same organisation as '{seen[k]}'")
            seen.setdefault(k, name)
    for part in ("required", "optional"):
        for name in comp[part]:
            if key(name) in {key(f) for f in comp["forbidden"]}:
                err(f"'{name}' is both {part} and forbidden")

    for part in ("money", "optionalMoney"):
        counts = {}
        for m in gold[part]:
            t = m.get("text", "")
            if not t or unicodedata.normalize("NFC", t) not in text:
                err(f"{part} text {t!r} is not in the article as written")
            counts[t] = counts.get(t, 0) + 1
            cur = m.get("currency")
            if not isinstance(cur, str) or not re.fullmatch(r"[A-Z]{3}", cur):
                err(f"{part} {t!r}: currency {cur!r} is not an ISO 4217 code")
            v = m.get("value")
            if m.get("vague"):
                if v is not None:
                    err(f"{part} {t!r}: vague amounts have value null")
            elif not isinstance(v, (int, float)):
                err(f"{part} {t!r}: value must be a number (or vague: true with null)")
            else:
                f = figure(t)
                if f is not None and abs(f - v) > 0.001 * max(1, abs(f)):
                    err(f"{part} {t!r}: value {v} but its figure reads {f:.0f}")
            if "max" in m and m["max"] is not None and isinstance(v, (int, float)) and m["max"] < v:
                err(f"{part} {t!r}: max below value")
        for t, n in counts.items():
            if text.count(t) < n and t:
                err(f"{part}: {n} entries '{t}' but the article has it {text.count(t)} time(s)")

    company_keys = {key(n) for n in comp["required"] + comp["optional"]}
    pairs = {}
    for part in ("investments", "optionalInvestments", "notInvestments"):
        for i in gold[part]:
            a, b = i.get("investor", ""), i.get("investee", "")
            if not a or not b:
                err(f"{part}: investor and investee are required: {i}")
                continue
            if key(a) == key(b):
                err(f"{part}: {a} -> {b} is one organisation")
            p = (key(a), key(b))
            if p in pairs:
                err(f"{a} -> {b} is in both {pairs[p]} and {part}")
            pairs[p] = part
            for name in (a, b):
                if not occurs(name) and not any(occurs(x) for x in groups.get(norm(name), [])):
                    warn(f"{part}: '{name}' does not occur in the article")
            if part == "investments":
                if i.get("kind") not in KINDS:
                    err(f"{a} -> {b}: kind {i.get('kind')!r} is not one of {sorted(KINDS)}")
                if key(b) not in company_keys:
                    warn(f"{a} -> {b}: the investee is not among the required/optional companies")
                if key(a) not in company_keys:
                    warn(f"{a} -> {b}: the investor is not a listed company (fine for a person or state body)")
                amounts = i.get("amounts")
                if amounts:
                    if not all(isinstance(x, (int, float)) for x in amounts):
                        err(f"{a} -> {b}: amounts must be numbers")
                    if not i.get("currency"):
                        err(f"{a} -> {b}: amounts need a currency")
                    values = {m.get("value") for m in gold["money"] + gold["optionalMoney"]}
                    for x in amounts:
                        if x not in values:
                            warn(f"{a} -> {b}: amount {x} is not the value of any money entry")
                sp = i.get("stakePercent")
                if sp is not None and not (isinstance(sp, (int, float)) and 0 < sp <= 100):
                    err(f"{a} -> {b}: stakePercent {sp!r} must be a number in (0, 100]")
            elif not i.get("why"):
                warn(f"{part}: {a} -> {b} has no 'why'")
    return problems


def main() -> None:
    paths = []
    for arg in sys.argv[1:] or ["corpus/articles"]:
        p = Path(arg)
        paths += sorted(p.glob("*.gold.json")) if p.is_dir() else [p]
    problems = [line for p in paths for line in check(p)]
    for line in problems:
        print(line)
    errors = sum(line.startswith("ERROR") for line in problems)
    print(f"{len(paths)} file(s), {errors} error(s), {len(problems) - errors} warning(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
