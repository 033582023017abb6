"""``eventwire eval``: scoring every component on standard gold formats.

Each task lives in its own module exposing ``FORMATS``: a map from format name to a function
``(path, options, limit) -> dict[str, float | int]`` returning a flat object of metrics.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..errors import ConfigError
from ..options import Options

Metrics = dict[str, float | int | str]
EvalFn = Callable[[Path, Options, int | None], Metrics]

TASKS: dict[str, str] = {
    "quotes": "eventwire.evaluation.quotes",
    "places": "eventwire.evaluation.places",
    "times": "eventwire.evaluation.times",
    "events": "eventwire.evaluation.events",
    "actors": "eventwire.evaluation.actors",
}


def formats(task: str) -> dict[str, EvalFn]:
    if task not in TASKS:
        raise ConfigError(f"unknown eval task {task!r}", hint=f"tasks: {', '.join(sorted(TASKS))}")
    try:
        module = importlib.import_module(TASKS[task])
    except ModuleNotFoundError as exc:
        if exc.name == TASKS[task]:
            raise ConfigError(f"eval task {task!r} is not available in this build") from None
        raise
    return dict(module.FORMATS)


def evaluate(task: str, fmt: str, path: Path, options: Options, limit: int | None = None, **kw: object) -> Metrics:
    table = formats(task)
    if fmt not in table:
        raise ConfigError(f"unknown format {fmt!r} for task {task!r}", hint=f"formats: {', '.join(sorted(table))}")
    if not path.exists():
        raise ConfigError(f"no such file or directory: {path}")
    fn = table[fmt]
    return fn(path, options, limit, **kw) if kw else fn(path, options, limit)
