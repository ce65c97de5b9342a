"""Where the per-text tasks of a build run: this process, worker processes, or a Dask cluster.

:func:`executor` picks one: ``jobs=1`` runs every task here, in order; ``jobs>1`` runs them in
that many worker processes (each a :class:`concurrent.futures.ProcessPoolExecutor` of one
process, started the first time a batch has two tasks or more, and kept from task to task so each
worker sets up hazm, the grammars and the stylesheets once); a scheduler address runs them on a Dask distributed cluster
(https://distributed.dask.org; install ``nashr[distributed]``). Results come back as
``(index, result)`` pairs in the order tasks finish. Tasks start in the order they were handed
over, except those handed over with ``first=True``, which start before every task still waiting.

Worker processes start with ``forkserver``: they fork from a server process that imported
nashr's task module, never from the building process, which holds SaxonC's threads (forking a
multi-threaded process can deadlock; Python documentation, ``multiprocessing`` contexts). Each
worker ends when the building process ends, even when it is killed (a worker waiting for work
need not see its queue close). Each worker is replaced by a fresh one after
:data:`TASKS_PER_WORKER` tasks, or as soon as a task leaves it with more than
:data:`RESIDENT_PER_WORKER` resident, which bounds the memory WeasyPrint and the allocator keep from one
document to the next (its maintainers' advice, Kozea/WeasyPrint#220; not ``max_tasks_per_child``,
which can leave the pool without workers on Python 3.12: python/cpython#115634); a task that
needs much memory runs in a fresh worker, which ends after it (``fresh=True``: the volume's index
and its pieces), and, when its memory grows with the edition, with no other task beside it
(``alone=True``: the volume's front matter).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import multiprocessing
import os
import select
import sys
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
"""Tasks each worker process does before it is replaced by a fresh one. A worker keeps ~0.36 MB of
each PDF it prints (measured over 5,000 PDFs; laying out the same page again keeps ~0.1 MB), so
500 tasks bound that to ~180 MB; a fresh worker's first PDF costs ~1 s more than the next (0.2 s)."""

RESIDENT_PER_WORKER = 300_000_000
"""Resident bytes a worker may hold after a task; above them it is replaced by a fresh one before
its next task. Workers laying out the volume's parts of texts grew from about 230 to 330 MB (PSS,
about 55 MB under their resident size) over 140 parts of 1,000 texts, and the one that had counted
the front matter's pages started them at 323 (docs/scale.md, round 48)."""


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

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False,
            fresh: bool = False, alone: bool = False) -> Iterator[tuple[int, Any]]:
        """Yield ``(index into calls, fn(*calls[index]))`` as each finishes. An exception raised by
        a task (a bug: tasks report users' problems in their results) is raised here. Worker
        processes are handed the tasks when ``run`` is called, to take in order after those of
        earlier calls still waiting (``first``: before them); in this process, each task runs
        when its result is asked for. Tasks that need much memory, in worker processes: ``fresh``,
        each in a fresh worker that ends after it; ``alone``, the same with no other task running
        beside it (both ignored in this process and on a cluster)."""
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

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False,
            fresh: bool = False, alone: bool = False) -> Iterator[tuple[int, Any]]:
        del first, fresh, alone  # each task runs when asked for, here
        for index, args in enumerate(calls):
            yield index, fn(*args)

    def release(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Slot:
    """One of the pool's places: a pool of one worker process, started at its first task, and
    what the place has done since that worker started."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.handed = 0  # tasks handed to this worker
        self.busy = False
        self.fresh = False  # its task ends the worker after it
        self.alone = False  # its task runs with no other beside it

    def renew(self) -> None:
        """Let the worker end once idle; the next task starts a fresh one."""
        if self.pool is not None:
            self.pool.shutdown(wait=False)
            self.pool = None
        self.handed = 0


def _measured(fn: Callable[..., Any], args: Call) -> tuple[Any, int]:
    """``fn(*args)`` in a worker, with the worker's resident bytes after it (``/proc/self/statm``;
    where there is none, the most it has held: ``getrusage``'s ``ru_maxrss``, kilobytes on Linux,
    bytes on macOS)."""
    result = fn(*args)
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return result, int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        if sys.platform == "win32":  # no ``resource`` module: the worker is never renewed by its size
            return result, 0
        import resource  # POSIX only (Python documentation, ``resource``)

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return result, peak if sys.platform == "darwin" else peak * 1024


class Processes:
    """Tasks spread over ``jobs`` worker processes of this machine.

    At most ``jobs`` tasks are handed to the workers at a time; the others wait here, in a queue
    ordered by ``first`` and then by when they were handed over, so tasks handed over with
    ``first=True`` overtake those already waiting. The next task is handed over when one finishes,
    from the pool's thread. Each worker is a pool of one process of its own, replaced by a fresh
    one after :data:`TASKS_PER_WORKER` tasks or as soon as a task leaves it holding more than
    :data:`RESIDENT_PER_WORKER` bytes; a task handed over with ``fresh=True`` starts a fresh
    worker, which ends after it; one with ``alone=True`` too, once no other task runs, and none
    starts beside it (the tasks behind it in the queue wait); the other workers, idle then, end
    (an idle worker still holds what its last tasks left: 213 MB beside the front matter of
    1,000 texts, round 48)."""

    overlaps = True

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._slots = [_Slot() for _ in range(jobs)]
        self._lock = threading.RLock()  # a task done at once calls back in the thread that handed it over
        self._waiting: list[tuple[int, int, bool, bool, Callable[..., Any], Call, Future[Any]]] = []
        self._order = itertools.count()
        self._closed = False

    def _executor(self, slot: _Slot) -> ProcessPoolExecutor:
        if slot.pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            slot.pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_end_with,
                                            initargs=(os.getpid(),))
        return slot.pool

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False,
            fresh: bool = False, alone: bool = False) -> Iterator[tuple[int, Any]]:
        if len(calls) < 2 and not (fresh or alone):
            return InProcess().run(fn, calls)
        # handed over now, before the caller asks for a result (so another batch run after this
        # one, or the caller's own work, overlaps with it); started in this order
        futures: dict[Future[Any], int] = {}
        with self._lock:
            self._closed = False
            for i, args in enumerate(calls):
                future: Future[Any] = Future()
                heapq.heappush(self._waiting, (0 if first else 1, next(self._order), fresh or alone, alone, fn, args,
                                               future))
                futures[future] = i
            self._start()
        return self._results(futures)

    def _start(self) -> None:
        """Hand waiting tasks to idle workers (``self._lock`` held), in their order; none while a
        task runs alone, and a task to run alone waits (with those behind it) until none runs."""
        while self._waiting and not self._closed:
            idle = [slot for slot in self._slots if not slot.busy]
            if not idle or any(slot.alone for slot in self._slots):
                return
            *_, fresh, alone, fn, args, future = self._waiting[0]
            if alone and len(idle) < len(self._slots):
                return  # called again as each task ends
            heapq.heappop(self._waiting)
            if not future.set_running_or_notify_cancel():  # cancelled while it waited
                continue
            slot = idle[0]
            if slot.handed >= TASKS_PER_WORKER or (fresh and slot.handed):
                slot.renew()
            if alone:  # the other workers, idle, end too: what they hold is not beside it either
                for other in self._slots:
                    if other is not slot:
                        other.renew()
            try:
                done = self._executor(slot).submit(_measured, fn, args)
            except Exception as error:  # a broken pool (a worker died): the task fails as in the pool
                slot.renew()
                future.set_exception(error)
                continue
            slot.busy, slot.fresh, slot.alone = True, fresh, alone
            slot.handed += 1
            done.add_done_callback(functools.partial(self._finished, slot, future))

    def _finished(self, slot: _Slot, future: Future[Any], done: Future[Any]) -> None:
        """A task ended in a worker: its result (or exception) to ``future``; the worker replaced if
        the task wanted a fresh one or left it large; the next tasks handed over."""
        resident = 0 if done.cancelled() or done.exception() is not None else done.result()[1]
        with self._lock:
            if slot.fresh or resident > RESIDENT_PER_WORKER:
                slot.renew()
            slot.busy = slot.fresh = slot.alone = False
            self._start()
        if done.cancelled():
            future.set_exception(CancelledError())
        elif done.exception() is not None:
            future.set_exception(done.exception())
        else:
            future.set_result(done.result()[0])

    def release(self) -> None:
        with self._lock:
            if not self._waiting and not any(slot.busy for slot in self._slots):
                for slot in self._slots:
                    slot.renew()

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
            self._closed = True
            pools = [slot.pool for slot in self._slots if slot.pool is not None]
            for slot in self._slots:
                slot.pool = None
            waiting, self._waiting = self._waiting, []
        for *_, future in waiting:
            future.cancel()
        for pool in pools:
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

    def run(self, fn: Callable[..., Any], calls: Sequence[Call], *, first: bool = False,
            fresh: bool = False, alone: bool = False) -> Iterator[tuple[int, Any]]:
        from distributed import as_completed as dask_completed

        del fresh, alone  # the cluster's workers are not this build's to end
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
