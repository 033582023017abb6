"""Browser test of the review page with more events than one list page (500): the map and the timeline
show the whole filtered set and fit to it after filtering, while the list pages through it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from eventwire.api import create_app
from eventwire.store import Store
from tests.test_store_helpers import make_record
from tests.test_ui import browser, open_page, serving  # noqa: F401 - the browser fixture is used below

pytestmark = pytest.mark.browser

N = 540  # more than the page's 500-row list page
TYPES = ("ACCUSE", "PROTEST", "CONSULT", "AID")


def _place(i: int) -> tuple[str, float, float, None]:
    if i % len(TYPES) == 0:  # the ACCUSE events: all in a small area near (30 E, 50 N)
        return (f"Kelvar {i}", 50.0 + (i % 7) * 0.05, 30.0 + (i % 11) * 0.05, None)
    return (f"Ostrel {i}", -40.0 + (i * 13) % 80, -150.0 + (i * 37) % 300, None)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int, int]:
    url = f"sqlite:///{tmp_path_factory.mktemp('ui-many') / 'store.sqlite'}"
    with Store(url) as s:
        for i in range(N):
            name = _place(i)[0]
            text = f"Report number {i}\nThe event number {i} took place in {name} that day.\n"
            s.add_record(make_record(text, [dict(
                type=TYPES[i % len(TYPES)], evidence=f"The event number {i} took place in {name}", place=_place(i),
                date=(dt.date(2020, 1, 1) + dt.timedelta(days=3 * i)).isoformat())]), None)
        total, accuse = s.count_events(), s.count_events({"type": "ACCUSE"})
    return url, total, accuse


@pytest.fixture()
def page(browser: Any, many: tuple[str, int, int]) -> Iterator[Any]:  # noqa: F811
    with serving(create_app(store_url=many[0])) as base:
        context, pg, problems, _ = open_page(browser, base)
        yield pg
        assert not problems, problems
        context.close()


def _markers(pg: Any) -> int:
    return int(pg.locator("#map circle.marker").count())


def _view_width(pg: Any) -> float:
    return float(pg.locator("#map").get_attribute("viewBox").split()[2])


def _timeline_total(pg: Any) -> int:
    """Events in the timeline's bars, from their tooltips ("… · N events")."""
    return int(pg.evaluate("""() => [...document.querySelectorAll('#timeline .bar title')]
        .map(t => +((t.textContent.match(/: (\\d+) events/) || [0, 0])[1])).reduce((a, b) => a + b, 0)"""))


def test_map_and_timeline_show_the_whole_filtered_set(page: Any, many: tuple[str, int, int]) -> None:
    _, total, accuse = many
    assert total > 500 and 0 < accuse < 500
    assert page.locator("#event-list li[data-event-id]").count() == 500
    page.wait_for_function(f"() => document.querySelectorAll('#map circle.marker').length === {total}")
    assert _timeline_total(page) == total
    world = _view_width(page)
    # The list pages; the map keeps the whole set.
    page.locator("#next-page").click()
    page.wait_for_function(f"() => document.querySelectorAll('#event-list li[data-event-id]').length === {total - 500}")
    assert _markers(page) == total
    # Filtering narrows the map and timeline to the filtered set and fits the map to it.
    page.locator("#f-type").select_option("ACCUSE")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_function(f"() => document.querySelectorAll('#map circle.marker').length === {accuse}")
    assert page.locator("#event-list li[data-event-id]").count() == accuse
    assert _timeline_total(page) == accuse
    assert _view_width(page) < world / 10
