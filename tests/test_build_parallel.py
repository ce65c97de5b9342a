"""``nashr build --jobs N`` and ``--scheduler`` (a Dask cluster) give the files a build in one
process gives, byte for byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import psutil
import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from build_edition import make_edition, output_files
from conftest import SEEDS
from nashr import pipeline
from nashr.cli import app
from nashr.config import load_config
from nashr.pipeline import STATE_DIR, SUMMARIES_PREFIX, BuildOptions, build
from nashr.publish.html import SharedPage
from nashr.runner import executor, tasks
from nashr.runner.executor import Dask, Processes, SchedulerError


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The files of a build of three texts (and the volume) in this process."""
    root = make_edition(tmp_path_factory.mktemp("one") / "edition", SEEDS[:3])
    report = build(load_config(root), BuildOptions(jobs=1))
    assert not report.failed and not report.unusable
    return output_files(root)


def test_two_worker_processes_give_the_same_files(tmp_path: Path, one_process: dict[str, bytes]) -> None:
    root = make_edition(tmp_path / "edition", SEEDS[:3])
    result = CliRunner().invoke(app, ["build", "--edition", str(root), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert output_files(root) == one_process


def _ran_tasks() -> bool:
    return "nashr.runner.tasks" in sys.modules


def test_a_local_dask_cluster_gives_the_same_files(tmp_path: Path, one_process: dict[str, bytes]) -> None:
    root = make_edition(tmp_path / "edition", SEEDS[:3])
    # (the scheduler's HTTP server takes a free port: with ``dashboard_address=None`` it still binds
    # 8787, distributed 2026.8's Scheduler falling back to its default port, and a second test run
    # at the same time warns «Port 8787 is already in use»; ":0" is a random port, LocalCluster's docs)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                      host="127.0.0.1") as cluster:
        report = build(load_config(root), BuildOptions(scheduler=cluster.scheduler_address))
        with Client(cluster) as client:
            ran = client.run(_ran_tasks)
    assert not report.failed and not report.unusable
    assert report.redone["convert"] == 3
    assert output_files(root) == one_process
    assert len(ran) == 2 and any(ran.values())  # the per-text work ran on the cluster's workers


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(SchedulerError, match="tcp://127.0.0.1:9: no Dask scheduler answers there"):
        Dask("tcp://127.0.0.1:9", timeout=1)


def _log(path: Path, label: str) -> str:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(label + "\n")
    return label


def test_tasks_handed_over_first_start_before_those_waiting(tmp_path: Path) -> None:
    log = tmp_path / "started"
    pool = Processes(1)  # one worker: the tasks run one at a time, in the order they start
    try:
        later = pool.run(_log, [(log, "a0"), (log, "a1"), (log, "a2")])
        sooner = pool.run(_log, [(log, "b0"), (log, "b1")], first=True)
        assert sorted(label for _, label in [*sooner, *later]) == ["a0", "a1", "a2", "b0", "b1"]
    finally:
        pool.close()
    # a0 was handed to the worker at once; b0 and b1 overtook a1 and a2, which were waiting
    assert log.read_text(encoding="utf-8").split() == ["a0", "b0", "b1", "a1", "a2"]


def test_a_build_that_fails_while_its_volume_is_printed_stops_it(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import nashr.publish.html

    def broken(*args: object) -> list[Path]:
        raise RuntimeError("the shared pages failed")

    monkeypatch.setattr(nashr.publish.html, "shared_inputs", broken)  # gathered here while the workers print
    root = make_edition(tmp_path / "edition", SEEDS[:3])
    with pytest.raises(RuntimeError, match="the shared pages failed"):
        build(load_config(root), BuildOptions(jobs=2))
    assert not (root / "pdf" / "volume.pdf").exists()
    assert not any(thread.name == "nashr-volume" for thread in threading.enumerate())


NO_SAXON_IN_THE_BUILDING_PROCESS = """
import json, sys
from pathlib import Path
from nashr.config import load_config
from nashr.pipeline import BuildOptions, build
from nashr.publish import transform
from nashr.runner import tasks
if __name__ == "__main__":
    report = build(load_config(Path(sys.argv[1])), BuildOptions(jobs=2, volume=False))
    print(json.dumps({"failed": report.failed + report.unusable, "redone": report.redone,
                      "processor": transform.processor.cache_info().currsize,
                      "site": tasks._site.cache_info().currsize}))
"""


def test_the_building_process_starts_no_saxon_with_worker_processes(tmp_path: Path,
                                                                    one_process: dict[str, bytes]) -> None:
    """With worker processes, the HTML edition's reduce (previous/next links, index, registers,
    about and search pages) runs in a fresh worker: the building process (here a process of its
    own, this one having Saxon from other tests) never makes a Saxon processor or the site's
    stylesheet, and the site is the one a build in one process writes."""
    root = make_edition(tmp_path / "edition", SEEDS[:3])
    done = subprocess.run([sys.executable, "-c", NO_SAXON_IN_THE_BUILDING_PROCESS, str(root)], capture_output=True,
                          text=True, check=True, timeout=600)
    result = json.loads(done.stdout)
    assert result["failed"] == []
    assert result["redone"]["nav"] == 3 and result["redone"]["site"] == 1
    assert (result["processor"], result["site"]) == (0, 0)

    def pages(files: dict[str, bytes]) -> dict[str, bytes]:  # the site but its PDFs (one_process has the volume)
        return {name: data for name, data in files.items() if name.startswith("site/") and "/pdf/" not in name}

    assert pages(output_files(root)) == pages(one_process)


def test_the_html_reduce_is_handed_over_fresh_only_when_something_changed(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The HTML edition's reduce is handed to fresh workers ahead of the waiting PDFs, with the
    pages whose previous/next links it rewrites and the shared pages made from the summaries'
    parts; a build with nothing changed hands over none and redoes no link or shared page; one
    changed source hands over its page's links and the shared pages; the parts' folder is gone after."""
    handed: list[tuple[list[tuple[str, str, str]], list[str], bool, bool]] = []
    run = Processes.run

    def recorded(self: Processes, fn: object, calls: Sequence[tuple[object, ...]], **flags: bool) -> object:
        if fn is tasks.site_reduce:
            for *_, navigation, pages, _parts, _declared in calls:
                handed.append((navigation, [page.target for page in pages], flags.get("first", False),
                               flags.get("fresh", False)))
        return run(self, fn, calls, **flags)

    monkeypatch.setattr(Processes, "run", recorded)
    root = make_edition(tmp_path / "edition", SEEDS[:3])
    stems = [seed.stem for seed in SEEDS[:3]]
    first = build(load_config(root), BuildOptions(jobs=2, volume=False))
    assert (first.redone["nav"], first.redone["site"]) == (3, 1)
    assert len(handed) == 1 and sorted(stem for stem, *_ in handed[0][0]) == sorted(stems)
    assert {"index.html", "about.html", "search.html"} <= set(handed[0][1]) and handed[0][2:] == (True, True)

    again = build(load_config(root), BuildOptions(jobs=2, volume=False))
    assert (again.redone["nav"], again.redone.get("site", 0)) == (0, 0) and len(handed) == 1

    with (root / "seeds" / SEEDS[1].name).open("a", encoding="utf-8") as source:
        source.write("\nاین بند پس از ساخت نخست افزوده شد.\n")
    changed = build(load_config(root), BuildOptions(jobs=2, volume=False))
    assert (changed.redone["nav"], changed.redone["site"]) == (1, 1)
    assert len(handed) == 2 and [stem for stem, *_ in handed[1][0]] == [SEEDS[1].stem] and handed[1][1]
    assert not list((root / STATE_DIR).glob(f"{SUMMARIES_PREFIX}*"))


def test_the_html_reduce_runs_in_pieces_of_bounded_calls(tmp_path: Path, one_process: dict[str, bytes],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The reduce is cut into pieces of at most REDUCE_CALLS stylesheet calls (links first, then
    the shared pages in order), each handed over first and fresh (a worker of its own that ends
    after it: test_tasks_handed_over_fresh_run_each_in_a_worker_that_ends_after_it); the pieces
    together make every link and page once, and the site is the one a build in one process writes."""
    handed: list[tuple[list[tuple[str, str, str]], list[str]]] = []
    run = Processes.run

    def recorded(self: Processes, fn: object, calls: Sequence[tuple[object, ...]], **flags: bool) -> object:
        if fn is tasks.site_reduce:
            assert flags == {"first": True, "fresh": True}
            for *_, navigation, pages, _parts, _declared in calls:
                handed.append((navigation, [page.target for page in pages]))
        return run(self, fn, calls, **flags)

    monkeypatch.setattr(Processes, "run", recorded)
    monkeypatch.setattr(pipeline, "REDUCE_CALLS", 4)
    root = make_edition(tmp_path / "edition", SEEDS[:3])
    report = build(load_config(root), BuildOptions(jobs=2, volume=False))
    assert not report.failed and (report.redone["nav"], report.redone["site"]) == (3, 1)
    sizes = [len(links) + len(pages) for links, pages in handed]
    assert len(sizes) >= 3 and set(sizes[:-1]) == {4} and 1 <= sizes[-1] <= 4  # full pieces, the last the rest
    links = [stem for piece, _ in handed for stem, *_ in piece]
    pages = [page for _, piece in handed for page in piece]
    assert links == [stem for piece, _ in handed[:1] for stem, *_ in piece] and len(links) == 3  # links first
    assert sorted(links) == sorted(seed.stem for seed in SEEDS[:3])
    assert pages[0] == "index.html" and pages[-2:] == ["about.html", "search.html"] and len(set(pages)) == len(pages)

    def site(files: dict[str, bytes]) -> dict[str, bytes]:  # the site but its PDFs (one_process has the volume)
        return {name: data for name, data in files.items() if name.startswith("site/") and "/pdf/" not in name}

    assert site(output_files(root)) == site(one_process)


def test_reduce_pieces_take_the_links_then_the_pages_in_order() -> None:
    """Pieces of at most ``calls`` calls, links first; pages that read more than ``volume`` bytes
    together in separate pieces, and a page that reads more than ``volume`` or holds more than
    ``held`` at once alone."""
    links = [(f"t{i}", "", "") for i in range(3)]
    pages = [SharedPage(f"p{i}.html", "about") for i in range(5)]

    def shape(pieces: Iterable[tuple[list[tuple[str, str, str]], list[SharedPage]]]) -> list[tuple[int, list[str]]]:
        return [(len(piece), [page.target for page in them]) for piece, them in pieces]

    pieces = list(pipeline.reduce_pieces(links, pages, 2, 10, 10))
    assert shape(pieces) == [(2, []), (1, ["p0.html"]), (0, ["p1.html", "p2.html"]), (0, ["p3.html", "p4.html"])]
    assert [link for piece, _ in pieces for link in piece] == links
    sized = [replace(page, size=size, held=size) for page, size in zip(pages, [3, 4, 12, 5, 5], strict=True)]
    assert shape(pipeline.reduce_pieces(links[:1], sized, 4, 10, 10)) == [
        (1, ["p0.html", "p1.html"]), (0, ["p2.html"]), (0, ["p3.html", "p4.html"])]
    assert shape(pipeline.reduce_pieces(links[:1], sized[2:3], 4, 10, 10)) == [(1, []), (0, ["p2.html"])]
    # counted by what a page holds at once (its largest chunk), pages that read more than ``held``
    # share a piece; one that holds more is alone
    chunked = [replace(page, size=size, held=held) for page, size, held in
               zip(pages, [6, 6, 6, 3, 6], [2, 2, 2, 3, 2], strict=True)]
    assert shape(pipeline.reduce_pieces([], chunked, 4, 2, 20)) == [
        (0, ["p0.html", "p1.html", "p2.html"]), (0, ["p3.html"]), (0, ["p4.html"])]
    assert list(pipeline.reduce_pieces([], [], 2, 10, 10)) == []
    with pytest.raises(ValueError, match="at least one call"):
        list(pipeline.reduce_pieces(links, pages, 0, 10, 10))


def test_workers_are_replaced_after_their_share_of_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pool's workers do TASKS_PER_WORKER tasks each, then fresh workers take the rest: no
    task is lost and no worker does more than its share (the bound on WeasyPrint's memory)."""
    monkeypatch.setattr(executor, "TASKS_PER_WORKER", 2)
    pool = Processes(2)
    try:
        pids = [pid for _, pid in pool.run(os.getpid, [()] * 12)]
    finally:
        pool.close()
    assert len(pids) == 12
    assert len(set(pids)) >= 3  # 12 tasks, 4 per pool: three pools at least
    assert max(pids.count(pid) for pid in set(pids)) <= 4


def _marked(folder: Path) -> tuple[int, int]:
    """A task that marks itself running in ``folder`` for 0.3 s: its process, and the most other
    marked tasks it saw running (when it started and when it ended)."""
    me = folder / str(os.getpid())
    me.touch()
    seen = len(list(folder.iterdir())) - 1
    time.sleep(0.3)
    seen = max(seen, len(list(folder.iterdir())) - 1)
    me.unlink()
    return os.getpid(), seen


def test_tasks_handed_over_fresh_run_each_in_a_worker_that_ends_after_it() -> None:
    """A task handed over with ``fresh=True`` (the volume's index and its pieces) starts a worker
    of its own, which ends after it, even a batch of one (never this process); the workers of the
    other tasks are not those."""
    pool = Processes(2)
    try:
        before = {pid for _, pid in pool.run(os.getpid, [()] * 4)}
        fresh = [pid for _, pid in pool.run(os.getpid, [()] * 3, fresh=True)]
        single = [pid for _, pid in pool.run(os.getpid, [()], fresh=True)]
        after = {pid for _, pid in pool.run(os.getpid, [()] * 4)}
    finally:
        pool.close()
    pids = {*fresh, *single}
    assert len(pids) == 4 and os.getpid() not in pids
    assert not pids & (before | after)
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in pids)


def test_a_task_handed_over_alone_runs_with_no_other_beside_it(tmp_path: Path) -> None:
    """A task handed over with ``alone=True`` (the volume's front matter) waits for the tasks
    running to end, runs in a fresh worker with none beside it and overtakes those waiting."""
    pool = Processes(2)
    try:
        others = pool.run(_marked, [(tmp_path,)] * 6)
        alone = list(pool.run(_marked, [(tmp_path,)] * 2, first=True, alone=True))
        rest = list(others)
    finally:
        pool.close()
    assert [seen for _, (_, seen) in alone] == [0, 0]
    assert len({pid for _, (pid, _) in alone}) == 2
    assert not {pid for _, (pid, _) in alone} & {pid for _, (pid, _) in rest}


def test_the_idle_workers_end_while_a_task_runs_alone() -> None:
    """The workers idle when a task handed over with ``alone=True`` starts end: none is left
    holding its last tasks' memory beside it."""
    pool = Processes(2)
    try:
        before = {pid for _, pid in pool.run(os.getpid, [()] * 4)}
        alone = [pid for _, pid in pool.run(os.getpid, [()], alone=True)]
        deadline = time.monotonic() + 30
        while any(_running(pid) for pid in before) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = {pid for pid in before if _running(pid)}
    finally:
        pool.close()
    assert before and alone[0] not in before
    assert not left


def test_a_worker_left_larger_than_its_bound_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker whose resident size after a task passes RESIDENT_PER_WORKER is replaced by a fresh
    one before its next task; below it, the workers are kept."""
    pool = Processes(2)
    try:
        kept = [pid for _, pid in pool.run(os.getpid, [()] * 6)]
        monkeypatch.setattr(executor, "RESIDENT_PER_WORKER", 0)
        renewed = [pid for _, pid in pool.run(os.getpid, [()] * 6)]
    finally:
        pool.close()
    assert len(set(kept)) <= 2
    assert len(set(renewed)) >= 5  # each worker replaced after its task (the first may be one of the kept two)


WORKERS_OF_A_KILLED_BUILD = """
import os, time
from nashr.runner.executor import Processes
if __name__ == "__main__":
    pool = Processes(2)
    print(" ".join(str(pid) for _, pid in pool.run(os.getpid, [()] * 2)), flush=True)
    time.sleep(600)
"""


def test_the_workers_of_a_killed_build_end_with_it(tmp_path: Path) -> None:
    """A build killed with SIGKILL (no clean-up runs) leaves no worker process behind: each
    worker watches the building process."""
    script = tmp_path / "killed.py"
    script.write_text(WORKERS_OF_A_KILLED_BUILD, encoding="utf-8")
    build = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        workers = [psutil.Process(int(pid)) for pid in build.stdout.readline().split()]
    finally:
        build.kill()
        build.wait()
    assert workers
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert alive == []


def test_released_workers_end_and_fresh_ones_take_the_next_tasks() -> None:
    """release() lets idle workers end (the build does so before Pagefind runs, so their memory
    and Pagefind's do not add up); the next tasks start fresh workers."""
    pool = Processes(2)
    try:
        before = {pid for _, pid in pool.run(os.getpid, [()] * 4)}
        pool.release()
        deadline = time.monotonic() + 30
        while any(_running(pid) for pid in before) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_running(pid) for pid in before)
        after = {pid for _, pid in pool.run(os.getpid, [()] * 4)}
    finally:
        pool.close()
    assert after and not after & before


def _running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
