"""Convert the PETRARCH2 (Phoenix) actor and agent dictionaries into eventwire's actor lexicon format.

    python benchmarks/convert_petrarch.py ../shared/data/dictionaries/petrarch2 eventwire/data/actors

writes ``petrarch-actors.tsv`` (the format of ``named.tsv``, with dated roles in column 6) from
``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and ``Phoenix.MilNonState.actors.txt``,
``petrarch-agents.tsv`` (the format of ``roles.tsv``) from ``Phoenix.agents.txt``, and copies the MIT
licence beside them as ``PETRARCH2-LICENSE``. docs/lexicons.md describes the formats.

TABARI actor entries: a primary phrase (``BARACK_OBAMA``), ``+`` synonyms, and codes either on the primary
line (``[USAGOV]``) or on tab-indented lines, optionally date-restricted: ``[USAGOV 090120-170120]``,
``[USAGOV >090120]`` (from), ``[USAELI <090120]`` (until); an undated code is the default. Consecutive
primary phrases with no code share the codes that follow (PETRARCH2's reader does the same). Two-digit
years 00-30 are 20YY, others 19YY (as in PETRARCH2).

A code is a country (ISO 3166-1 alpha-3, or an ISO 3166-3 code of a former state) or an international
prefix (IGO, IMG, NGO …) followed by three-letter role codes; the roles eventwire has (GOV, MIL, REB …)
are kept, a few are mapped (IMG → INS, UAF → MIL, MNC → BUS, SEP → REB, NGM → NGO) and the rest (ELI
elite, religions, ethnic groups …) are dropped: an elite keeps the country and no sector.

Left out: bare country entries (``AFGHANISTAN_ [AFG]``: eventwire resolves countries through pycountry and
its demonym table), aliases of one or two letters, entries with neither a country nor a sector, and
aliases made only of generic words (``US_SECRETARY_OF_STATE``, ``AFGHAN_NATIONAL_ARMY``): eventwire's role
nouns, modifiers and demonyms already read those, and as names they would swallow the title of the
person who follows ("Secretary of State Jane Doe"). Generic words are those of the curated
``roles.tsv``, ``modifiers.tsv`` and ``demonyms.tsv``, the agent phrases, country names and a few
function words.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

SECTORS = frozenset("GOV MIL COP JUD LEG PTY REB INS OPP CVL MED EDU BUS NGO IGO REL REF LAB CRM SPY".split())
MAPPED = {"IMG": "INS", "UAF": "MIL", "MNC": "BUS", "SEP": "REB", "NGM": "NGO", "IGO": "IGO", "NGO": "NGO"}
FORMER = {"USR": "SUN", "SUN": "SUN", "DDR": "DDR", "YUG": "YUG", "CSK": "CSK", "SCG": "SCG", "FRY": "YUG"}
ACTOR_FILES = (
    ("Phoenix.MilNonState.actors.txt", "group"),
    ("Phoenix.International.actors.txt", "organization"),
    ("Phoenix.Countries.actors.txt", "organization"),
)


@dataclass
class Role:
    start: str | None
    end: str | None
    country: str | None
    sectors: tuple[str, ...]


@dataclass
class Entry:
    phrases: list[str] = field(default_factory=list)
    codes: list[Role] = field(default_factory=list)
    default: Role | None = None
    person: bool = False


def country_of(prefix: str) -> str | None:
    if prefix in FORMER:
        return FORMER[prefix]
    return prefix if pycountry.countries.get(alpha_3=prefix) is not None else None


def parse_code(code: str) -> tuple[str | None, tuple[str, ...]]:
    """``USAGOV`` → (USA, (GOV,)); ``IGOUNO`` → (None, (IGO,)); ``ELI`` → (None, ())."""
    code = code.strip().lstrip("~")
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country = country_of(chunks[0]) if chunks else None
    rest = chunks[1:] if country else chunks
    sectors: list[str] = []
    for c in rest:
        s = c if c in SECTORS else MAPPED.get(c)
        if s and s not in sectors:
            sectors.append(s)
    return country, tuple(sectors)


def iso_day(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) <= 7:
        digits = digits.zfill(6)
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy <= 30 else 1900 + yy}{digits[2:6]}"
    y, m, d = digits[:4], digits[4:6], digits[6:8]
    return f"{y}-{m}-{d}"


def parse_restriction(body: str) -> Role | None:
    """``USAGOV 090120-170120`` / ``USAGOV >090120`` / ``USAELI`` (the default) → a role."""
    code, _, rest = body.strip().partition(" ")
    country, sectors = parse_code(code)
    rest = rest.strip()
    try:
        if not rest:
            return Role(None, None, country, sectors)
        if rest[0] in "<>":
            day = iso_day(rest[1:])
            return Role(None, day, country, sectors) if rest[0] == "<" else Role(day, None, country, sectors)
        a, _, b = rest.partition("-")
        return Role(iso_day(a), iso_day(b), country, sectors)
    except ValueError:
        return None


def _cap(word: str) -> str:
    """``mccain`` → ``McCain``, ``o'neill`` → ``O'Neill``, ``al-assad`` → ``Al-Assad``."""
    out = "-".join(p.capitalize() for p in word.split("-"))
    out = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), out)
    return re.sub(r"\bO'([a-z])", lambda m: "O'" + m.group(1).upper(), out)


def pretty(phrase: str) -> str:
    """``BARACK_OBAMA_`` → ``Barack Obama``; single words of four letters or fewer stay upper case
    (acronyms such as ``ANSF``: eventwire matches those only as written)."""
    text = re.sub(r"\([^)]*\)", " ", phrase.replace("_", " ")).strip()
    text = re.sub(r"\s+", " ", text)
    if " " not in text and len(text) <= 4 and text.replace(".", "").isalpha():
        return text.upper()
    return " ".join(w if any(ch.isdigit() for ch in w) else _cap(w) for w in text.lower().split())


def read_actors(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    cur: Entry | None = None
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith(("#", "<")) or "---STOP---" in raw:
            continue
        line, _, comment = raw.partition("#")
        if raw[0] in "\t " and "[" in line:
            if cur is None:
                continue
            role = parse_restriction(line[line.index("[") + 1 :].partition("]")[0])
            if role is None:
                continue
            if role.start is None and role.end is None:
                cur.default = role
            else:
                cur.codes.append(role)
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if cur is not None:
                cur.phrases.append(stripped[1:].strip())
            continue
        if not stripped:
            continue
        phrase, bracket, code = stripped.partition("[")
        if cur is None or cur.codes or cur.default is not None:
            cur = Entry()
            entries.append(cur)
        cur.phrases.append(phrase.strip())
        if "CountryInfo" in comment or "rulers" in comment:
            cur.person = True
        if bracket:
            role = parse_restriction(code.partition("]")[0])
            if role is not None:
                cur.default = role
    return entries


FUNCTION_WORDS = frozenset(
    "of the and for in on to de del la le el al des du at a an national state states united republic "
    "people's peoples general chief deputy vice former acting senior high supreme federal central "
    "ministry department office council forces force affairs interior foreign defense defence "
    "public security internal external special first second".split()
)


def generic_words(actors_dir: Path, agents: list[list[str]]) -> frozenset[str]:
    """Words that name roles, sectors or countries rather than a particular actor."""
    words: set[str] = set(FUNCTION_WORDS)
    for name in ("roles.tsv", "modifiers.tsv", "demonyms.tsv"):
        for line in (actors_dir / name).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                words.update(re.split(r"[\s\-]+", line.split("\t")[0].lower()))
    for row in agents:
        words.update(re.split(r"[\s\-]+", row[0]))
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            words.update(re.split(r"[\s\-,]+", str(getattr(c, attr, "") or "").lower()))
    words.update(w + "s" for w in list(words))
    words.discard("")
    return frozenset(words)


def is_generic(name: str, generic: frozenset[str]) -> bool:
    return all(w in generic for w in re.split(r"[\s\-]+", name.lower().replace(".", "")) if w)


def entry_row(e: Entry, kind: str, generic: frozenset[str]) -> list[str] | None:
    names: list[str] = []
    for p in e.phrases:
        name = pretty(p)
        if len(name.replace(" ", "")) > 2 and not is_generic(name, generic) and name.lower() not in (
            n.lower() for n in names
        ):
            names.append(name)
    if not names:
        return None
    countries = [r.country for r in e.codes if r.country]
    default = e.default or Role(None, None, countries[-1] if countries else None, ())
    if not default.sectors and not e.codes and e.default is not None and default.country and not e.person:
        return None  # a bare country entry: countries resolve through pycountry and demonyms.tsv
    if not (default.country or default.sectors or any(r.country or r.sectors for r in e.codes)):
        return None
    if not default.sectors and e.codes and not any(r.sectors for r in e.codes):
        # a country under its historical codes (Georgia as SUN then GEO, "Belgrade" as YUG then SRB): a
        # country alias list, not an actor; its first phrase is often an exonym ("Gorjestan")
        return None
    dated = ";".join(
        f"{r.start or ''}..{r.end or ''}={r.country or default.country or ''}:{','.join(r.sectors)}" for r in e.codes
    )
    kind = "person" if (e.person or e.codes) else kind
    return [names[0], "|".join(names[1:]), kind, default.country or "", ",".join(default.sectors), dated]


# --------------------------------------------------------------------------------------------
# agents


def read_agents(path: Path) -> list[list[str]]:
    markers: dict[str, list[str]] = {}
    rows: dict[str, list[str]] = {}
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        if "!" in line and "=" in line and "[" not in line:
            name = line.split("!")[1]
            # singular forms only: roles match by lemma
            markers[name] = [w.strip() for w in line.split("=", 1)[1].split(",") if w.strip() not in ("MEN", "WOMEN")]
            continue
        if "[" not in line:
            continue
        phrase, _, code = line.partition("[")
        phrase = re.sub(r"\{[^}]*\}", "", phrase).strip()
        _country, sectors = parse_code(code.partition("]")[0])
        if not sectors:
            continue
        forms = [phrase]
        m = re.search(r"!(\w+)!", phrase)
        if m:
            forms = [phrase.replace(m.group(0), w) for w in markers.get(m.group(1), [])]
        for form in forms:
            key = re.sub(r"\s+", " ", form.replace("_", " ")).strip().lower()
            if len(key) > 2 and key not in rows:
                rows[key] = [key, ",".join(sectors), "person"]
    return list(rows.values())


HEADER_ACTORS = """# Named actors converted from the PETRARCH2 (Phoenix) dictionaries by benchmarks/convert_petrarch.py.
# Source: openeventdata/petrarch2 @676801c, Phoenix.{MilNonState,International,Countries}.actors.txt.
# Copyright (c) 2014 Open Event Data Alliance; MIT licence, see PETRARCH2-LICENSE beside this file.
# columns: canonical name	aliases (|-separated)	kind	country	sectors	dated roles (FROM..UNTIL=CCC:SECTORS;…)
"""
HEADER_AGENTS = """# Generic agents (role nouns) converted from PETRARCH2 Phoenix.agents.txt by benchmarks/convert_petrarch.py.
# Copyright (c) 2014 Open Event Data Alliance; MIT licence, see PETRARCH2-LICENSE beside this file.
# columns: lower-case role noun or phrase	sectors	kind
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="folder with the PETRARCH2 dictionaries and LICENSE")
    ap.add_argument("out", type=Path, help="output folder (eventwire/data/actors)")
    args = ap.parse_args(argv)
    agents = read_agents(args.source / "Phoenix.agents.txt")
    generic = generic_words(args.out, agents)
    seen: set[str] = set()
    lines: list[str] = []
    for filename, kind in ACTOR_FILES:
        for e in read_actors(args.source / filename):
            row = entry_row(e, kind, generic)
            if row is None or row[0].lower() in seen:
                continue
            seen.add(row[0].lower())
            lines.append("\t".join(row))
    (args.out / "petrarch-actors.tsv").write_text(HEADER_ACTORS + "\n".join(lines) + "\n", "utf-8")
    (args.out / "petrarch-agents.tsv").write_text(HEADER_AGENTS + "\n".join("\t".join(r) for r in agents) + "\n", "utf-8")
    shutil.copyfile(args.source / "LICENSE", args.out / "PETRARCH2-LICENSE")
    print(f"{len(lines)} named actors, {len(agents)} agents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
