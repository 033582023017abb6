"""Records for the API and browser tests, built from the schema with articles written for these tests.

The articles are invented for eventwire's tests (no third-party text). Every span is located with
``str.find`` so offsets are exact, as the schema requires.
"""

from __future__ import annotations

import hashlib

from eventwire.schema import (
    Actor,
    Article,
    Event,
    EventActor,
    EventDate,
    EventPlace,
    EventSource,
    Place,
    Quote,
    Record,
    Span,
    Speaker,
    TimeExpr,
)

ARTICLE_FARMERS = (
    "Farmers Block Highway Near Nakuru Over Fertiliser Prices\n"
    "NAKURU (Eventwire Test) - Hundreds of farmers blocked the Nakuru-Eldoret highway on Monday to protest "
    "against a rise in fertiliser prices, police said.\n"
    "\"We cannot plant if a bag costs twice what it cost last year,\" said Joseph Kiprono, who chairs a local "
    "growers' cooperative.\n"
    "The Ministry of Agriculture said on Tuesday it would meet farmer representatives in Nairobi next week.\n"
)

ARTICLE_NAVY = (
    "Navy Detains Two Fishing Vessels Off Mombasa\n"
    "MOMBASA (Eventwire Test) - Kenya's navy detained two foreign fishing vessels off Mombasa on Wednesday "
    "and accused their crews of fishing without licences, a navy spokeswoman said.\n"
    "The company that owns the vessels denied the accusation and said its boats had been in international "
    "waters.\n"
    "In Lima, Peru's fisheries ministry said on Thursday it had agreed to share satellite tracking data with "
    "Kenya.\n"
)


def _span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start=start, end=start + len(phrase), text=phrase)


def _article(text: str, published: str, source: str) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    title = text.split("\n", 1)[0]
    dateline = text.split("\n")[1].split(" (")[0]
    return Article(
        id="a-" + digest[:16], title=title, title_span=_span(text, title), dateline=dateline.title(),
        dateline_span=_span(text, dateline), published=published, published_source="metadata", source=source,
        content_hash=digest, text=text, body_start=text.index(dateline),
    )


def _eactor(text: str, name: str, phrase: str, actor_id: str, country: str | None = None,
            sector: str | None = None) -> EventActor:
    s = _span(text, phrase, text.index("\n"))
    return EventActor(name=name, actor_id=actor_id, country=country, sector=sector, start=s.start, end=s.end)


def _eplace(text: str, place: Place) -> EventPlace:
    m = place.mentions[-1]
    return EventPlace(name=place.name, place_id=place.id, lat=place.lat, lon=place.lon, country=place.country,
                      start=m.start, end=m.end)


def farmers_record() -> Record:
    t = ARTICLE_FARMERS
    body = t.index("\n")
    farmers = Actor(id="x1", name="farmers", kind="group", country="KEN", sector="AGR",
                    mentions=[_span(t, "farmers", body)])
    kiprono = Actor(id="x2", name="Joseph Kiprono", kind="person", country="KEN",
                    mentions=[_span(t, "Joseph Kiprono")])
    ministry = Actor(id="x3", name="Ministry of Agriculture", kind="organization", country="KEN", sector="GOV",
                     mentions=[_span(t, "Ministry of Agriculture")])
    nakuru = Place(id="p1", name="Nakuru", lat=-0.3031, lon=36.0800, country="KEN", feature="populated_place",
                   mentions=[_span(t, "NAKURU"), _span(t, "Nakuru", body + 30)], confidence=0.9)
    nairobi = Place(id="p2", name="Nairobi", lat=-1.2864, lon=36.8172, country="KEN", feature="populated_place",
                    mentions=[_span(t, "Nairobi")], confidence=0.9)
    monday, tuesday = _span(t, "on Monday"), _span(t, "on Tuesday")
    times = [
        TimeExpr(text="Monday", start=monday.start + 3, end=monday.end, value="2025-03-03", anchor="2025-03-04"),
        TimeExpr(text="Tuesday", start=tuesday.start + 3, end=tuesday.end, value="2025-03-04", anchor="2025-03-04"),
        TimeExpr(text="next week", start=t.index("next week"), end=t.index("next week") + 9, value="2025-W11",
                 anchor="2025-03-04"),
    ]
    quote_text = "We cannot plant if a bag costs twice what it cost last year,"
    quote = Quote(text=quote_text, start=t.index(quote_text), end=t.index(quote_text) + len(quote_text),
                  kind="direct", cue=_span(t, "said", t.index(quote_text)),
                  speaker=Speaker(name="Joseph Kiprono", actor_id="x2", start=kiprono.mentions[0].start,
                                  end=kiprono.mentions[0].end))
    protest_sentence = _span(t, "Hundreds of farmers blocked the Nakuru-Eldoret highway on Monday to protest "
                                "against a rise in fertiliser prices, police said.")
    consult_sentence = _span(t, "The Ministry of Agriculture said on Tuesday it would meet farmer representatives "
                                "in Nairobi next week.")
    events = [
        Event(id="ev1", type="PROTEST", mode=["protest demonstrate"], actors=[_eactor(t, "farmers", "farmers", "x1",
              "KEN", "AGR")], place=_eplace(t, nakuru),
              date=EventDate(value="2025-03-03", text="Monday", precision="day", start=times[0].start,
                             end=times[0].end),
              status="asserted", source=EventSource(name="police"), evidence=protest_sentence,
              trigger=_span(t, "blocked"), quad_class="verbal_conflict", confidence=0.8),
        Event(id="ev2", type="CONSULT", actors=[_eactor(t, "Ministry of Agriculture", "Ministry of Agriculture", "x3",
              "KEN", "GOV")], recipients=[EventActor(name="farmer representatives")], place=_eplace(t, nairobi),
              date=EventDate(value="2025-03-10", text="next week", precision="week"), status="future",
              source=EventSource(name="Ministry of Agriculture", actor_id="x3"), evidence=consult_sentence,
              trigger=_span(t, "meet"), quad_class="verbal_cooperation", confidence=0.6),
    ]
    return Record(article=_article(t, "2025-03-04", "Eventwire Test Wire"), actors=[farmers, kiprono, ministry],
                  places=[nakuru, nairobi], times=times, quotes=[quote], events=events)


def navy_record() -> Record:
    t = ARTICLE_NAVY
    body = t.index("\n")
    navy = Actor(id="y1", name="Kenya Navy", kind="organization", country="KEN", sector="MIL",
                 mentions=[_span(t, "Kenya's navy")])
    company = Actor(id="y2", name="vessel owner", kind="organization", mentions=[_span(t, "The company")])
    fisheries = Actor(id="y3", name="Peru fisheries ministry", kind="organization", country="PER", sector="GOV",
                      mentions=[_span(t, "Peru's fisheries ministry")])
    mombasa = Place(id="q1", name="Mombasa", lat=-4.0435, lon=39.6682, country="KEN", feature="populated_place",
                    mentions=[_span(t, "MOMBASA"), _span(t, "Mombasa", body)], confidence=0.9)
    lima = Place(id="q2", name="Lima", lat=-12.0464, lon=-77.0428, country="PER", feature="populated_place",
                 mentions=[_span(t, "Lima")], confidence=0.9)
    wed, thu = _span(t, "Wednesday"), _span(t, "Thursday")
    times = [TimeExpr(text="Wednesday", start=wed.start, end=wed.end, value="2025-03-05", anchor="2025-03-06"),
             TimeExpr(text="Thursday", start=thu.start, end=thu.end, value="2025-03-06", anchor="2025-03-06")]
    detain = _span(t, "Kenya's navy detained two foreign fishing vessels off Mombasa on Wednesday and accused their "
                      "crews of fishing without licences, a navy spokeswoman said.")
    agree = _span(t, "Peru's fisheries ministry said on Thursday it had agreed to share satellite tracking data "
                     "with Kenya.")
    navy_actor = _eactor(t, "Kenya Navy", "Kenya's navy", "y1", "KEN", "MIL")
    events = [
        Event(id="ev1", type="COERCE", mode=["seize"], actors=[navy_actor],
              recipients=[EventActor(name="fishing crews")], place=_eplace(t, mombasa),
              date=EventDate(value="2025-03-05", text="Wednesday", precision="day", start=wed.start, end=wed.end),
              status="asserted", source=EventSource(name="navy spokeswoman"), evidence=detain,
              trigger=_span(t, "detained"), quad_class="material_conflict", confidence=0.85),
        Event(id="ev2", type="ACCUSE", actors=[navy_actor], recipients=[EventActor(name="fishing crews")],
              place=_eplace(t, mombasa),
              date=EventDate(value="2025-03-05", text="Wednesday", precision="day", start=wed.start, end=wed.end),
              status="disputed", source=EventSource(name="navy spokeswoman"), evidence=detain,
              trigger=_span(t, "accused"), quad_class="verbal_conflict", confidence=0.7),
        Event(id="ev3", type="AGREE", actors=[_eactor(t, "Peru fisheries ministry", "Peru's fisheries ministry",
              "y3", "PER", "GOV")], recipients=[EventActor(name="Kenya", country="KEN")], place=_eplace(t, lima),
              date=EventDate(value="2025-03-06", text="Thursday", precision="day", start=thu.start, end=thu.end),
              status="asserted", source=EventSource(name="Peru fisheries ministry", actor_id="y3"), evidence=agree,
              trigger=_span(t, "agreed"), quad_class="verbal_cooperation", confidence=0.75),
    ]
    return Record(article=_article(t, "2025-03-06", "Eventwire Test Wire"), actors=[navy, company, fisheries],
                  places=[mombasa, lima], times=times, events=events)


def seed_records() -> list[Record]:
    return [farmers_record(), navy_record()]


def seed_store(url: str) -> None:
    """Create a store at ``url`` holding the two test articles and their five events."""
    from eventwire.store import Store

    with Store(url) as store:
        run = store.start_run({}, ["tests"])
        for rec in seed_records():
            store.add_record(rec, run)
        store.finish_run(run)
