"""Where the per-text tasks of a build run: this process, worker processes, or a Dask cluster.

:func:`executor` picks one: ``jobs=1`` runs every task here, in order; ``jobs>1`` runs them in
that many worker processes (:class:`concurrent.futures.ProcessPoolExecutor`, started the first time
a batch has two tasks or more, and kept for the rest of the build so each worker sets up hazm, the
grammars and the stylesheets once); a scheduler address runs them on a Dask distributed cluster
(https://distributed.dask.org; install ``nashr[distributed]``). Results come back as
``(index, result)`` pairs in the order tasks finish. Tasks start in the order they were handed
over, except those handed over with ``first=True``, which start before every task still waiting.

Worker processes start with ``forkserver``: they fork from a server process that imported
nashr's task module, never from the building process, which holds SaxonC's threads (forking a
multi-threaded process can deadlock; Python documentation, ``multiprocessing`` contexts). Each
worker ends when the building process ends, even when it is killed (a worker waiting for work
never sees its queue close: its siblings hold the other end). Workers are replaced by fresh ones
after :data:`TASKS_PER_WORKER` tasks each, which bounds the memory WeasyPrint keeps from one
document to the next (its maintainers' advice, Kozea/WeasyPrint#220; not ``max_tasks_per_child``,
which can leave the pool without workers on Python 3.12: python/cpython#115634).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import multiprocessing
import os
import select
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, as_completed
from typing import Any, Protocol

Call = tuple[Any, ...]

PRELOAD = ["nashr.runner.tasks", "nashr.convert.converter", "nashr.entities.tagger", "nashr.validate.validator",
           "nashr.publish.html", "nashr.publish.pdf", "nashr.publish.volume", "weasyprint"]
"""Modules the fork server imports once, so each worker starts with them loaded (importing them
starts no thread; the processors and stylesheets are made in each worker)."""


TASKS_PER_WORKER = 500
"""Tasks each worker process does before the pool is replaced by a fresh one. A worker keeps
~0.36 MB of each PDF it prints (measured over 5,000 PDFs; laying out the same page again keeps
~0.1 MB), so 500 tasks bound that to ~180 MB; a fresh worker's first PDF costs ~1 s more than the
next (0.2 s), and the cores wait for the slowest of the last tasks once per pool: 1–3 % of a build
(estimated from those set-up costs)."""


def _end_with(builder: int) -> None:
    """Worker initializer: end this process as soon as process ``builder`` (the build) ends, so a
    killed build leaves no worker behind. A thread waits on a pidfd (Linux ≥ 5.3), else polls
    every second."""

    def wait() -> None:
        try:
            handle = os.pidfd_open(builder)
        except ProcessLookupError:
            os._exit(1)  # ended before this worker started
        except (AttributeError, OSError):  # no pidfd here: poll
            while _alive(builder):
                time.sleep(1)
        else:
            select.select([handle], [], [])
        os._exit(1)  # nobody waits for this worker's results; its files are written atomically

    threading.Thread(target=wait, name="nashr-build-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # PermissionError: another user's process has the number
        return False
    return True


class SchedulerError(RuntimeError):
    """The Dask scheduler cannot be used: ``distributed`` is not installed, or the address does not
    answer (message names the address)."""


class Executor(Protocol):
    """Runs one function over many argument tuples."""

    overlaps: bool
    """True when the tasks run while the caller does other work (worker processes, a cluster);
    False when they run in the caller's process, each when its result is asked for."""

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False) -> Iterator[tuple[int, Any]]:
        """Yield ``(index into calls, fn(*calls[index]))`` as each finishes. An exception raised by
        a task (a bug: tasks report users' problems in their results) is raised here. Worker
        processes are handed the tasks when ``run`` is called, to take in order after those of
        earlier calls still waiting (``first``: before them); in this process, each task runs
        when its result is asked for."""
        ...

    def release(self) -> None:
        """Let idle workers end, so the memory they hold is returned while the caller works
        alone; the next task starts fresh ones (a no-op for this process and a cluster)."""
        ...

    def close(self) -> None:
        """Stop the workers (a no-op for this process)."""
        ...


class InProcess:
    """Every task in this process, in order."""

    overlaps = False

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False) -> Iterator[tuple[int, Any]]:
        del first  # each task runs when asked for
        for index, args in enumerate(calls):
            yield index, fn(*args)

    def release(self) -> None:
        pass

    def close(self) -> None:
        pass


class Processes:
    """Tasks spread over ``jobs`` worker processes of this machine.

    At most ``jobs`` tasks are handed to the pool at a time; the others wait here, in a queue
    ordered by ``first`` and then by when they were handed over, so tasks handed over with
    ``first=True`` overtake those already waiting (the pool's own queue is first come, first
    served). The next task is handed to the pool when one finishes, from the pool's thread."""

    overlaps = True

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.RLock()  # a task done at once calls back in the thread that handed it over
        self._waiting: list[tuple[int, int, Callable[..., Any], Call, Future[Any]]] = []
        self._order = itertools.count()
        self._running = 0
        self._handed = 0  # tasks handed to the current pool

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context, initializer=_end_with,
                                             initargs=(os.getpid(),))
        return self._pool

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False) -> Iterator[tuple[int, Any]]:
        if len(calls) < 2:
            return InProcess().run(fn, calls)
        # handed over now, before the caller asks for a result (so another batch run after this
        # one, or the caller's own work, overlaps with it); started in this order
        futures: dict[Future[Any], int] = {}
        with self._lock:
            for i, args in enumerate(calls):
                future: Future[Any] = Future()
                heapq.heappush(self._waiting, (0 if first else 1, next(self._order), fn, args, future))
                futures[future] = i
            self._start()
        return self._results(futures)

    def _start(self) -> None:
        """Hand waiting tasks to the pool while fewer than ``jobs`` run (``self._lock`` held)."""
        while self._running < self.jobs and self._waiting:
            if self._handed >= TASKS_PER_WORKER * self.jobs:  # the workers have done their share
                if self._running:
                    return  # called again as each ends
                self._renew()
            *_, fn, args, future = heapq.heappop(self._waiting)
            if not future.set_running_or_notify_cancel():  # cancelled while it waited
                continue
            try:
                done = self._executor().submit(fn, *args)
            except Exception as error:  # a broken pool (a worker died): the task fails as in the pool
                future.set_exception(error)
                continue
            self._running += 1
            self._handed += 1
            done.add_done_callback(functools.partial(self._finished, future))

    def _finished(self, future: Future[Any], done: Future[Any]) -> None:
        """A task ended in the pool: its result (or exception) to ``future``, the next task to the pool."""
        with self._lock:
            self._running -= 1
            if self._pool is not None:  # not closed
                self._start()
        if done.cancelled():
            future.set_exception(CancelledError())
        elif done.exception() is not None:
            future.set_exception(done.exception())
        else:
            future.set_result(done.result())

    def release(self) -> None:
        with self._lock:
            if not self._running and not self._waiting:
                self._renew()

    def _renew(self) -> None:
        """Let the pool's idle workers end; the next task starts fresh ones (``self._lock`` held)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None
        self._handed = 0

    @staticmethod
    def _results(futures: dict[Future[Any], int]) -> Iterator[tuple[int, Any]]:
        try:
            for future in as_completed(list(futures)):
                # forgotten once handed over: a batch's results are not all held until its end
                yield futures.pop(future), future.result()
        finally:
            for future in futures:
                future.cancel()

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
            waiting, self._waiting = self._waiting, []
        for *_, future in waiting:
            future.cancel()
        if pool is not None:
            pool.shutdown(cancel_futures=True)


class Dask:
    """Tasks on a Dask distributed cluster; its workers must see the edition at the same path.

    Raises:
        SchedulerError: ``distributed`` is not installed or the scheduler does not answer within
            ``timeout`` seconds.
    """

    def __init__(self, address: str, timeout: float = 30) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise SchedulerError("--scheduler needs Dask distributed: pip install 'nashr[distributed]'") from exc
        try:
            self._client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise SchedulerError(f"{address}: no Dask scheduler answers there ({exc})") from exc

    overlaps = True

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False) -> Iterator[tuple[int, Any]]:
        from distributed import as_completed as dask_completed

        if not calls:
            return
        futures = self._client.map(fn, *zip(*calls, strict=True), pure=False, priority=1 if first else 0)
        index = {future.key: i for i, future in enumerate(futures)}
        try:
            for future in dask_completed(futures, loop=self._client.loop):
                yield index[future.key], future.result()
        finally:
            self._client.cancel(futures)

    def release(self) -> None:
        pass  # the cluster's workers are not this build's to end

    def close(self) -> None:
        if self._client.status != "closed":
            self._client.close()


def default_jobs() -> int:
    """The machine's cores available to this process (``os.process_cpu_count``, Python 3.13+,
    else the scheduler affinity mask, else ``os.cpu_count``)."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return counter() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def executor(jobs: int | None = None, scheduler: str | None = None) -> Executor:
    """The executor for ``nashr build --jobs JOBS --scheduler ADDRESS``: Dask when an address is
    given, else worker processes for ``jobs`` > 1 (default :func:`default_jobs`), else this process.

    Raises:
        SchedulerError: see :class:`Dask`.
    """
    if scheduler:
        return Dask(scheduler)
    jobs = default_jobs() if jobs is None else jobs
    return Processes(jobs) if jobs > 1 else InProcess()
