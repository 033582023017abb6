"""The eventwire store: articles, their records and cross-article events in SQL.

Contract (stable; the HTTP API and the CLI code against this):

``Store(url: str | None = None)``
    Open (and migrate to the current schema) a store. ``url`` is a SQLAlchemy URL:
    ``sqlite:///path/eventwire.sqlite`` or ``postgresql+psycopg://user:pw@host/db``; ``None`` means the
    default SQLite file ``data_dir()/eventwire.sqlite`` (WAL journal). Raises ``StoreError`` when the
    database cannot be reached or migrated. ``Store`` is a context manager; ``close()`` releases it.

``store.start_run(options: dict, sources: list[str], *, resume: bool = False) -> str``
    A run id. With ``resume=True`` the latest interrupted run (status ``running``) is continued.
``store.finish_run(run_id, status="done")``
``store.has_article(content_hash) -> bool``
    Idempotence: ingest skips an input whose sha256 is already stored.
``store.add_record(record: Record, run_id: str, *, key: str | None = None) -> str``
    Store one article-level record in one transaction and cluster its events with the events of other
    articles. Returns ``"added"``, ``"unchanged"`` (same content hash) or ``"updated"`` (same ``key`` —
    URL, external id or path — with new text: the old version is marked superseded and its events leave
    their clusters; its record is kept).
``store.add_records(records, run_id) -> dict[str, int]``  counts of added/unchanged/updated.
``store.add_failure(run_id, key, reason, kind="input")``  a per-item failure, kept with its reason.
``store.query_events(filters: EventFilter | dict | None = None, limit=100, offset=0) -> list[dict]``
    Cross-article events (clusters), newest first. Filter keys: ``type``, ``actor`` (substring, any
    role), ``country`` (ISO-3), ``date_from``/``date_to`` (ISO dates, inclusive), ``bbox``
    (min_lon, min_lat, max_lon, max_lat), ``status``, ``article_id``. Each dict: ``id``, ``type``,
    ``status``, ``date``, ``place``, ``country``, ``lat``, ``lon``, ``actors``, ``recipients``,
    ``n_articles``, ``n_mentions``, ``sources`` (publisher names), ``article_ids``, ``evidence`` (first).
``store.count_events(filters) -> int``
``store.get_event(event_id) -> dict | None``
    One cluster with ``mentions`` (every article-level event with its evidence span and full
    ``event`` JSON), ``articles`` (id, title, source, url, published) and ``verdicts``.
``store.get_article(article_id) -> Record | None``  the full article-level record as extracted.
``store.add_verdict(event_id, verdict: dict, user: str) -> int``
    An analyst verdict (e.g. ``{"status": "confirmed", "note": ...}``) appended to an audit trail; the
    machine record is never overwritten. ``store.verdicts(event_id) -> list[dict]``.
``store.export(fmt, filters, fh) -> int``
    Write events in ``plover-jsonl``, ``acled-csv``, ``geojson``, ``gdelt-tsv`` (text ``fh``) or
    ``parquet`` (binary ``fh``); returns the number of events written.
``store.info() -> dict``  url, schema version, row counts, runs.
"""

from .core import Store, default_url
from .filters import EventFilter

__all__ = ["EventFilter", "Store", "default_url"]
