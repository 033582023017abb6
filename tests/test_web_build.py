"""The shipped review page (eventwire/web/static) is the build of web/src, not a stale copy.

app.js is a minified esbuild bundle (building it needs npm); what can be checked without a build is
checked: the stylesheet is the source's, the page is the source's with cache-busting digests, and
those digests are of the shipped files (so a hand-edited or half-rebuilt bundle is caught).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "web" / "src"
STATIC = ROOT / "eventwire" / "web" / "static"


def _digest(name: str) -> str:
    return hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:10]


def test_stylesheet_is_the_source_copy() -> None:
    assert (STATIC / "app.css").read_bytes() == (SRC / "styles.css").read_bytes(), "run `npm run build` in web/"


def test_page_is_the_source_with_digests_of_the_shipped_assets() -> None:
    shipped = (STATIC / "index.html").read_text("utf-8")
    versions = dict(re.findall(r"(app\.(?:js|css))\?v=([0-9a-f]{10})", shipped))
    assert set(versions) == {"app.js", "app.css"}
    for name, v in versions.items():
        assert v == _digest(name), f"{name} changed after the page was built: run `npm run build` in web/"
    expected = (SRC / "index.html").read_text("utf-8")
    expected = expected.replace("app.js", f"app.js?v={versions['app.js']}").replace("app.css", f"app.css?v={versions['app.css']}")
    assert shipped == expected


def test_every_source_module_is_in_the_bundle() -> None:
    """Each web/src module leaves a trace in app.js: a string literal it defines survives minifying."""
    bundle = (STATIC / "app.js").read_text("utf-8")
    for js in sorted(SRC.glob("*.js")):
        literals = [
            s
            for s in re.findall(r'"([^"\\\n]*)"', js.read_text("utf-8"))
            if re.fullmatch(r"[\w#.: -]{7,60}", s) and not s.startswith(("./", "../"))
        ]
        if literals:
            assert any(s in bundle for s in literals), f"nothing of {js.name} is in app.js: rebuild the page"
