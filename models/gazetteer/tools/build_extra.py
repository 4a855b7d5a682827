#!/usr/bin/env python3
"""Builds models/gazetteer/extra-companies.tsv from the source files in models/gazetteer/sources/.

Two steps (Python 3.11, standard library only):

  extract  reads the raw upstream files (too large to keep in the repository) and writes the small extracts kept
           under sources/:
             python3 build_extra.py extract --vnstock-js SYMBOLS_JSON --nsi NSI_DATA_DIR
           SYMBOLS_JSON is data/symbols.json of github.com/ttqteo/vnstock-js and NSI_DATA_DIR the data/ folder of
           github.com/osmlab/name-suggestion-index (commits in sources/README.md).
  build    reads sources/*.tsv, the hand-made companies.tsv and the lexicons, applies the filters and writes
           extra-companies.tsv; it prints how many names each filter removed:
             python3 build_extra.py build [--english-words /usr/share/dict/american-english]

Precision matters more than size: every name and alias written is tagged as a company wherever it occurs in an
article, so a name that is an ordinary word, a place, a person or too short is dropped (see FILTERS below).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAZ = HERE.parent
SOURCES = GAZ / "sources"
MODELS = GAZ.parent
REPO = MODELS.parent
NOT_COMPANIES = REPO / "src" / "VnTechNewsExtractor" / "Resources" / "companies" / "not-companies.tsv"

# NSI categories of worldwide brands kept: banks, professional services, logistics and vehicle makers, which business
# news names as companies. Shops, restaurants, fuel stations, hotels' sub-brands and fashion labels are left out:
# most have no business in Vietnam, and they name places or products more often than companies.
NSI_WORLD_CATEGORIES = {
    "brands/amenity/bank", "brands/office/consulting", "brands/office/estate_agent", "brands/office/coworking",
    "brands/office/logistics", "brands/office/financial", "brands/office/insurance", "brands/amenity/post_depot",
    "brands/amenity/money_transfer", "brands/shop/car", "brands/shop/motorcycle", "brands/shop/truck",
}
NSI_TYPE = {"brands/amenity/bank": "bank"}

# Acronyms and abbreviations that Vietnamese business text uses for other things than a listed company.
STOP_ACRONYMS = set("""
USD VND EUR JPY CNY GBP KRW SGD THB AUD GDP GNP CPI PMI FDI ODA IPO ETF VAT CIT PIT BOT BTO BCC PPP CEO CFO COO
CTO CMO CIO CSO HCM TPHCM HNX HSX OTC API ATM POS SME MSME ESG KPI ROE ROA ROI EPS NIM NPL LDR CAR AGM EGM IMF
ADB WTO FTA TPP RCEP CPTPP EVFTA ASEAN APEC OECD OPEC NATO FED ECB SEC FBI CIA UAE USA EU UN WHO FAO ILO UNDP
GPS ICT SEO SaaS AI IOT IoT NFT DAO DeFi ICO VR AR XR LED LCD OLED PDF CNN BBC CNBC NHK AFP KBS SBS MBC VTV HTV
VOV VTC TTXVN UBND HĐND TNHH MTV CTCP TMCP KCN KKT BĐS CNTT DNNN DNTN HTX NHNN BTC BKH BCT KHĐT NSNN VCCI
THPT ĐHQG USB DNA RNA COVID SARS MERS HIV EVN VAS IFRS GAAP CAGR YOY QOQ EBIT EBITDA FCF NAV AUM TTM LNST
LNTT DTT VCSH LLM GPT NLP OCR SDK IDE PHP SQL AWS GCP SAS BCG IDC CES MWC WWDC TSCĐ TS ĐHĐCĐ HĐQT BKS BOD BOM MOU MOA NDA LOI SPA RFP PCCC GPMB CSR PR HR IT QA QC RD CRM ERP
MVP CDN DNS VPN LAN WAN SIM PIN SMS OTP QR NFC RFID CMND CCCD MST DN TP ĐT XD XNK SX TM DV KD BĐ KS NH CK BH
TV TP VN HN SG MB MN MT CN XK NK DTTS SEA BRICS ASIA MENA EMEA LATAM APAC JSC LLC LTD INC PLC CORP
""".split())

# Three-letter aliases of team-compiled rows that are not the company's own ticker but the name news uses for it,
# while a listed company has that ticker: the team row keeps the surface, and the listing is not merged into it.
NOT_TICKERS = {"CGV", "SCG", "VPS"}

GENERIC_NAMES = {
    "group", "holdings", "holding", "bank", "company", "corporation", "corp", "capital", "ventures", "partners",
    "fund", "investment", "investments", "finance", "securities", "insurance", "global", "international",
    "tập đoàn", "công ty", "tổng công ty", "ngân hàng", "quỹ", "chứng khoán", "bảo hiểm", "đầu tư",
}

# Generic single syllables that may stand in a listed company's core name without making it distinctive.
GENERIC_SYLLABLES = {"và", "&", "-", "số", "i", "ii", "iii", "iv", "v", "việt", "nam", "tp", "tp.", "hcm", "tphcm",
                     "thành", "phố", "hà", "nội", "sài", "gòn", "miền", "bắc", "trung", "cty", "công", "ty", "mới",
                     # one-syllable sector words: "Đường Quảng Ngãi" (sugar, or a road) is not distinctive
                     "đường", "gỗ", "nhựa", "thép", "sữa", "bia", "dệt", "may", "giấy", "than", "điện", "nước",
                     "dầu", "khí", "cảng", "sơn", "gạch", "kính", "muối", "gạo", "chè", "mía", "phân", "bón", "in",
                     "sách", "xe", "tàu", "biển", "sông", "cầu", "nhà", "đất", "mỏ", "đá", "cát", "vàng", "bạc",
                     "thuốc", "dược", "máy", "xây", "lắp", "chợ", "rượu", "bao", "bì", "sợi", "vải", "cơ", "khí",
                     "lọc", "hóa", "hoá", "ngói", "kho", "vận", "cao", "cấp", "container", "logistics", "dầu", "cấp", "thoát", "môi", "trường", "đô", "thị", "vận", "tải", "dịch",
                     "vụ", "thương", "mại", "đầu", "tư", "phát", "triển", "xuất", "nhập", "khẩu", "sản", "công",
                     "nghiệp", "nông", "lâm", "thủy", "hải", "thực", "phẩm", "du", "lịch", "khách", "sạn", "bến",
                     "xe", "ô", "tô", "kỹ", "thuật", "tổng", "hợp", "quốc", "tế", "toàn", "cầu", "số", "một",
                     "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
                     "với", "của", "cho", "tỉnh", "tây", "đông", "các", "những", "tại", "ở", "trong", "ngoài", "và", "về", "theo"}

LEGAL_PREFIXES = [
    "công ty cổ phần", "công ty cp", "ctcp", "công ty tnhh một thành viên", "công ty tnhh mtv", "công ty tnhh",
    "tổng công ty cổ phần", "tổng công ty", "công ty",
]
LEGAL_SUFFIXES = [" - công ty cổ phần", " - ctcp", " - cty cp", " công ty cổ phần", " - tổng công ty cổ phần"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def key(s: str) -> str:
    """The form the library matches names in: lower case, Đ as đ, spaces collapsed (TextNormalizer.ForMatching)."""
    return re.sub(r"\s+", " ", nfc(s).strip().lower())


def read_lines(path: Path) -> list[str]:
    return [l.rstrip("\n") for l in path.read_text(encoding="utf-8").splitlines()]


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for n, line in enumerate(read_lines(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [nfc(c.strip()) for c in line.split("\t")]
        if not cols[0]:
            sys.exit(f"{path}:{n}: empty first column")
        rows.append(cols)
    return rows


# ---------------------------------------------------------------------------------------------------- extract

def extract(args: argparse.Namespace) -> None:
    symbols = json.loads(Path(args.vnstock_js).read_text(encoding="utf-8"))
    out = ["# symbol\texchange\tcompanyName\tcompanyNameEn\ticbCode",
           "# Extract of data/symbols.json of github.com/ttqteo/vnstock-js (Apache-2.0, see sources/README.md):",
           "# shares of HOSE (HSX), HNX and UPCoM with a three-character symbol; funds, ETFs, warrants, bonds,",
           "# futures and delisted symbols left out."]
    kept = 0
    for s in sorted(symbols, key=lambda x: x["symbol"]):
        sym, exch, name = (s.get("symbol") or "").strip(), (s.get("exchange") or "").strip(), nfc((s.get("companyName") or "").strip())
        if exch not in ("HSX", "HNX", "UPCOM") or not re.fullmatch(r"[A-Z0-9]{3}", sym):
            continue
        if re.match(r"(?i)(quỹ|chứng quyền|hđtl|etf)", name):
            continue
        out.append("\t".join([sym, exch, name, nfc(s.get("companyNameEn", "").strip()), s.get("icbCode", "")]))
        kept += 1
    (SOURCES / "vnstock-js-listings.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"listings: {kept} rows", file=sys.stderr)

    rows = {}
    for f in sorted(Path(args.nsi).glob("**/*.json")):
        cat = str(f.relative_to(args.nsi))[:-5]
        if not cat.startswith("brands/"):
            continue
        data = json.loads(f.read_text(encoding="utf-8"))
        for it in data.get("items", []):
            inc = [str(x).lower() for x in it.get("locationSet", {}).get("include", [])]
            vn = any(x == "vn" or x.startswith("vn-") for x in inc)
            world = "001" in inc and cat in NSI_WORLD_CATEGORIES
            if not (vn or world):
                continue
            t = it.get("tags", {})
            brand = nfc(t.get("brand") or t.get("name") or "").strip()
            qid = t.get("brand:wikidata", "")
            if not brand or not qid:  # an item without a Wikidata id is a generic shop name ("tạp hoá")
                continue
            vi = nfc(t.get("brand:vi") or t.get("name:vi") or "").strip()
            rows.setdefault(brand, ["vn" if vn else "001", cat, brand, vi if vi != brand else "", qid])
    out = ["# scope\tcategory\tbrand\tbrand:vi\twikidata",
           "# Extract of data/brands of github.com/osmlab/name-suggestion-index (BSD-3-Clause, see sources/README.md):",
           "# brands whose locationSet includes Vietnam (vn), and worldwide (001) brands of the business categories",
           "# listed in tools/build_extra.py; items without a brand:wikidata id left out."]
    out += ["\t".join(r) for r in sorted(rows.values(), key=lambda r: (r[0] != "vn", r[1], r[2]))]
    (SOURCES / "nsi-brands.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"nsi: {len(rows)} rows", file=sys.stderr)


# ---------------------------------------------------------------------------------------------------- build

class Filters:
    def __init__(self, english_words: Path | None):
        lex = MODELS / "lexicon"
        self.words = set()
        for name in ("vi-words.txt", "viet74k-words.txt", "pyvi-words.txt"):
            self.words |= {key(l) for l in read_lines(lex / name) if l.strip()}
        self.places = {key(l) for l in read_lines(lex / "vi-places.txt") if l.strip()}
        self.syllables = {s for w in self.words for s in w.split()}
        self.not_companies = {key(r[0]) for r in read_tsv(NOT_COMPANIES)} if NOT_COMPANIES.exists() else set()
        self.excluded = {key(r[0]) for r in read_tsv(SOURCES / "excluded-names.tsv")}
        self.english = set()
        if english_words and english_words.exists():
            self.english = {l.strip() for l in read_lines(english_words) if l.strip().isalpha() and l.strip().islower()}
        # Single English words that Vietnamese business news uses only as the company's name (team-reviewed).
        self.allowed = {key(r[0]) for r in read_tsv(SOURCES / "allowed-words.tsv")}

    def reason(self, surface: str, *, ticker: bool = False) -> str | None:
        """Why a surface must not be a gazetteer name, or None when it may be one."""
        k = key(surface)
        letters = [c for c in surface if c.isalpha()]
        if len(k) <= 2 or not letters:
            return "1-2 characters or no letter"
        if k in GENERIC_NAMES:
            return "generic name"
        if k in self.excluded:
            return "team-reviewed exclusion (excluded-names.tsv)"
        if surface.upper() in STOP_ACRONYMS or k in self.not_companies:
            return "acronym or known non-company"
        if k in self.places:
            return "place (vi-places)"
        if k in self.words:
            return "common Vietnamese word (lexicons)"
        words = k.split()
        if len(words) == 1:
            if k in self.syllables:
                return "Vietnamese syllable"
            if k in self.english and k not in self.allowed:
                return "English word"
        if surface.islower():
            return "all lower case"
        return None

    def generic_core(self, core: str) -> bool:
        """True when a listed company's core name is only dictionary words, places, digits and generic syllables
        ("Xây lắp Thương mại 2", "Dịch vụ Nông nghiệp Bình Thuận"): such a phrase occurs in ordinary text."""
        words = core.split()
        if len(words) > 2 and not re.search(r"\d|[A-Z]{2}", core) and all(w[0].islower() for w in words[1:]):
            return True  # a description in lower case after its first word: "Hợp tác lao động với nước ngoài"
        sy = key(core).replace(",", " ").split()
        i = 0
        while i < len(sy):
            for n in range(min(6, len(sy) - i), 1, -1):
                w = " ".join(sy[i:i + n])
                if w in self.words or w in self.places:
                    i += n
                    break
            else:
                if sy[i].isdigit() or sy[i] in GENERIC_SYLLABLES:
                    i += 1
                else:
                    return False
        return True


def core_name(legal: str) -> tuple[str, str]:
    """The short name a listed company is called by (legal form removed) and its type."""
    name = re.sub(r"\s+", " ", re.sub(r"[\u2013\u2014]", "-", legal)).strip()
    low = name.lower()
    kind = "company"
    for suf in LEGAL_SUFFIXES:
        if low.endswith(suf):
            name, low = name[: -len(suf)].strip(), low[: -len(suf)].strip()
    m = re.match(r"(?i)ngân hàng (thương mại cổ phần|tmcp|thương mại tnhh mtv|tnhh mtv)\s+", name)
    if m:
        return "Ngân hàng " + name[m.end():], "bank"
    if low.startswith("ngân hàng"):
        return name, "bank"
    for pre in LEGAL_PREFIXES:
        if low.startswith(pre + " "):
            name = name[len(pre) + 1:].strip()
            break
    if name.lower().startswith("tập đoàn"):
        kind = "group"
    return name, kind


class Row:
    def __init__(self, name: str, aliases: list[str], kind: str, parent: str, source: str):
        self.name, self.aliases, self.kind, self.parent, self.source = name, aliases, kind, parent, source

    def surfaces(self) -> list[str]:
        return [self.name] + self.aliases


def build(args: argparse.Namespace) -> None:
    f = Filters(Path(args.english_words) if args.english_words else None)
    stats = collections.Counter()
    removed = collections.Counter()
    log: list[str] = []  # every removal, for --report

    existing = read_tsv(GAZ / "companies.tsv")
    taken = {}  # matching key -> owner ("companies.tsv" or the row that first took it)
    for r in existing:
        for s in [r[0]] + [a for a in (r[1].split("|") if len(r) > 1 else []) if a.strip()]:
            taken[key(s)] = "companies.tsv"
    known_tickers = {r[0]: r[1] for r in read_tsv(SOURCES / "known-tickers.tsv")}

    rows: list[Row] = []
    team_by_ticker: dict[str, Row] = {}
    team_by_key: dict[str, Row] = {}
    for c in read_tsv(SOURCES / "team-compiled.tsv"):
        c += [""] * (4 - len(c))
        row = Row(c[0], [a.strip() for a in c[1].split("|") if a.strip()], c[2] or "company", c[3], "team")
        rows.append(row)
        for a in row.aliases:
            if re.fullmatch(r"[A-Z]{3}", a) and a not in NOT_TICKERS:
                team_by_ticker[a] = row
        for s in row.surfaces():
            team_by_key.setdefault(key(s), row)
    stats["team-compiled.tsv rows read"] = len(rows)

    nsi = read_tsv(SOURCES / "nsi-brands.tsv")
    stats["nsi-brands.tsv rows read"] = len(nsi)
    for scope, cat, brand, vi, qid in (r + [""] * (5 - len(r)) for r in nsi):
        brand = re.sub(r"\s*\((Việt Nam|Asia)\)$", "", brand)
        rows.append(Row(brand, [vi] if vi else [], NSI_TYPE.get(cat, "company"), "", "nsi"))

    listings = read_tsv(SOURCES / "vnstock-js-listings.tsv")
    stats["vnstock-js-listings.tsv rows read"] = len(listings)
    for sym, exch, legal, en, icb in (r + [""] * (5 - len(r)) for r in listings):
        if sym in known_tickers:
            removed["listing already in companies.tsv (known-tickers.tsv)"] += 1
            continue
        core, kind = core_name(legal)
        extra = [legal] if key(legal) != key(core) else []
        # A bare name of one or two Vietnamese syllables ("Bảo Minh", "Cát Lợi") is as often a person's given name
        # or a place: the listing is then known by its legal name and ticker only.
        bare = len(key(core).split()) <= 2 and all(w in f.syllables for w in key(core).split())
        generic = bare or f.generic_core(core)
        team = team_by_ticker.get(sym) or team_by_key.get(key(core)) or team_by_key.get(key(legal))
        if team:  # the team row names the company as news does; the legal name and ticker join it
            team.aliases += ([] if generic else [core]) + extra + [sym]
            removed["listing merged into a team-compiled row (same ticker or name)"] += 1
            continue
        aliases = [sym] + extra
        if generic:
            if not extra:
                removed["listing: generic core name, no legal name"] += 1
                continue
            core, aliases = legal, [sym]
            removed["listing: generic or bare core name replaced by the legal name"] += 1
        rows.append(Row(core, aliases, kind, "", "listing"))

    out = []
    for row in rows:
        surfaces = []
        for i, s in enumerate(row.surfaces()):
            s = re.sub(r"\s+", " ", s).strip()
            is_ticker = i > 0 and bool(re.fullmatch(r"[A-Z0-9]{3}", s))
            if is_ticker and not re.fullmatch(r"[A-Z]{3}", s):
                why = "ticker with a digit"
            else:
                why = f.reason(s, ticker=is_ticker)
            k = key(s)
            if why is None and k in taken and taken[k] is not row:
                why = "already in companies.tsv" if taken[k] == "companies.tsv" else "duplicate of another row's name"
            if why is None and k in {key(x) for x in surfaces}:
                continue  # the same surface twice in one row
            if why:
                removed[("name: " if i == 0 else "alias: ") + why] += 1
                log.append(f"{row.source}\t{'name' if i == 0 else 'alias'}\t{why}\t{s}\t{row.name}")
                if i == 0 and why == "already in companies.tsv":
                    break  # the whole row is a company the hand-made gazetteer has
                continue
            surfaces.append(s)
        else:
            if not surfaces:
                removed["row: no usable name left"] += 1
                log.append(f"{row.source}\trow\tno usable name left\t\t{row.name}")
                continue
            for s in surfaces:
                taken[key(s)] = row
            out.append((row, surfaces))
            continue
        removed["row: company already in companies.tsv"] += 1

    by_source = collections.Counter(r.source for r, _ in out)
    header = [
        "# Extra companies for the gazetteer, generated by models/gazetteer/tools/build_extra.py -- do not edit by hand:",
        "# edit models/gazetteer/sources/ and run the script. Sources (see NOTICE.md):",
        "#   team-compiled.tsv      VnTechNewsExtractor team, from public facts (MIT, as the project)",
        "#   nsi-brands.tsv         name-suggestion-index, osmlab (BSD-3-Clause)",
        "#   vnstock-js-listings.tsv vnstock-js, ttqteo (Apache-2.0): companies listed on HOSE, HNX and UPCoM",
        "# Names and aliases are unique across this file and companies.tsv (compared in lower case).",
        "# name\taliases (|-separated)\ttype\tparent",
    ]
    lines = header + ["\t".join([s[0], "|".join(s[1:]), r.kind, r.parent]) for r, s in out]
    (GAZ / "extra-companies.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    if args.report:
        Path(args.report).write_text("source\tpart\treason\tsurface\trow\n" + "\n".join(log) + "\n", encoding="utf-8")
    for k, v in stats.items():
        print(f"{k}: {v}", file=sys.stderr)
    print("removed:", file=sys.stderr)
    for k, v in sorted(removed.items(), key=lambda kv: -kv[1]):
        print(f"  {v:5d}  {k}", file=sys.stderr)
    print(f"written: {len(out)} rows ({dict(by_source)}), "
          f"{sum(len(s) for _, s in out)} surfaces", file=sys.stderr)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("--vnstock-js", required=True, help="data/symbols.json of ttqteo/vnstock-js")
    e.add_argument("--nsi", required=True, help="data/ folder of osmlab/name-suggestion-index")
    b = sub.add_parser("build")
    b.add_argument("--english-words", default="/usr/share/dict/american-english",
                   help="lower-case English words (Debian package wamerican); single-word names in it are dropped")
    b.add_argument("--report", help="write every removed name and alias, with the reason, to this TSV file")
    a = p.parse_args()
    extract(a) if a.cmd == "extract" else build(a)


if __name__ == "__main__":
    main()
