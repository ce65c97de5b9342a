"""Benchmark hook (benchmarks/build.py, never the product): with ``NASHR_JOBS_LOG`` set to a folder,
each worker process of a build writes the task it is taking to ``FOLDER/PID`` (one line: the
task's function, what it works on, the time it started), so the memory sampler can say which job a
worker was doing when the memory peaked. Found by Python at start-up as ``sitecustomize`` when this
folder is on ``PYTHONPATH``; it wraps :func:`concurrent.futures.process._process_worker`, which
the fork server's children run."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

if os.environ.get("NASHR_JOBS_LOG"):
    import concurrent.futures.process as _process

    _FOLDER = Path(os.environ["NASHR_JOBS_LOG"])
    _run = _process._process_worker

    def _describe(item: Any) -> str:
        """A task's function and its subject: a text's file name, or a volume part's kind, index and texts."""
        fn, args = item.fn, item.args
        if getattr(fn, "__name__", "") == "_measured":  # the executor's wrapper: (task, its arguments)
            fn, args = args
        name = getattr(fn, "__name__", str(fn))
        for arg in args:
            kind = getattr(arg, "kind", None)
            if kind is not None:  # a volume's _Part
                return f"{name} {kind} {arg.index} ({len(arg.texts)} texts)"
            if isinstance(arg, tuple) and arg and isinstance(arg[0], Path):
                return f"{name} {len(arg)} texts"
            if isinstance(arg, Path):
                return f"{name} {arg.name}"
        return name

    class _Logged:
        """The worker's call queue, writing each task taken to the log."""

        def __init__(self, queue: Any) -> None:
            self._queue = queue

        def get(self, *args: Any, **kwargs: Any) -> Any:
            item = self._queue.get(*args, **kwargs)
            if item is not None:
                (_FOLDER / str(os.getpid())).write_text(f"{_describe(item)}\t{time.time():.2f}\n")
            return item

        def __getattr__(self, name: str) -> Any:
            return getattr(self._queue, name)

    def _process_worker(call_queue: Any, *args: Any, **kwargs: Any) -> Any:
        return _run(_Logged(call_queue), *args, **kwargs)

    _process._process_worker = _process_worker
