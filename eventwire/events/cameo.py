"""CAMEO → PLOVER conversion and the PLOVER quad classes.

The table in ``eventwire/data/events/cameo2plover.json`` is derived from the official OEDA
conversion table (CC BY-SA 4.0); regenerate it with
``python -m eventwire.events.cameo ../shared/data/events/cameo2plover-2021.txt``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load_data_json, overlay_key
from ..schema import PLOVER_TYPES

QUAD_OF_TYPE: dict[str, str] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "material_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
"""PLOVER category → quad class (the CAMEO root-code groups 01–05, 06–08, 09–13, 14–20)."""

QUAD_INDEX: dict[str, int] = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
"""Quad class → CAMEO pentaclass label (0 is a statement with no PLOVER event)."""

OLD_NAMES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "COERCE",
}
"""Category names of earlier PLOVER drafts → the 2021 names."""

_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")


@dataclass(frozen=True)
class CameoEntry:
    code: str
    type: str
    mode: str
    context: tuple[str, ...]
    label: str


def parse_table(text: str) -> dict[str, CameoEntry]:
    """Parse the OEDA conversion table (``CODE: TYPE, mode, context # description``)."""
    out: dict[str, CameoEntry] = {}
    for raw in text.splitlines():
        if raw.lstrip().startswith("#") or ":" not in raw:
            continue
        m = _LINE.match(raw)
        if not m or m.group(2) not in PLOVER_TYPES:
            continue
        code, typ = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip()
        context = tuple(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        out.setdefault(code, CameoEntry(code, typ, mode, context, (m.group(5) or "").strip()))
    return out


def table() -> dict[str, CameoEntry]:
    """CAMEO code → PLOVER entry: ``data/events/cameo2plover.json`` with the overlay's ``codes`` added."""
    return _table(overlay_key())


@lru_cache(maxsize=4)
def _table(overlay: str | None) -> dict[str, CameoEntry]:
    data = load_data_json("events/cameo2plover.json")
    return {
        code: CameoEntry(code, e["type"], e.get("mode", ""), tuple(e.get("context", [])), e.get("label", ""))
        for code, e in data["codes"].items()
    }


def lookup(code: str) -> CameoEntry | None:
    """The PLOVER entry for a CAMEO code, falling back to its parent codes (``1831`` → ``183``)."""
    tab = table()
    c = code
    while c:
        if c in tab:
            return tab[c]
        c = c[:-1]
        if len(c) < 2:
            break
    return None


def quad_class(event_type: str) -> str | None:
    return QUAD_OF_TYPE.get(OLD_NAMES.get(event_type, event_type))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m eventwire.events.cameo CAMEO2PLOVER.txt > cameo2plover.json\n")
        return 2
    with open(argv[0], encoding="utf-8") as fh:
        entries = parse_table(fh.read())
    doc = {
        "_licence": "Derived from the OEDA CAMEO-to-PLOVER conversion table (PLOVER manual draft 0.8, "
        "2021, Philip Schrodt / Open Event Data Alliance), CC BY-SA 4.0; this derivative is CC BY-SA 4.0.",
        "codes": {
            code: {"type": e.type, "mode": e.mode, "context": list(e.context), "label": e.label}
            for code, e in sorted(entries.items())
        },
    }
    sys.stdout.write(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
