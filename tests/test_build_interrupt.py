"""Killed and concurrent builds lose nothing: SIGKILL at several points of ``nashr build`` leaves the
previous edition whole and the next build finishes it; a second build waits for the lock or, with
``--no-wait``, refuses with a clear message."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from build_edition import make_edition, output_files, stamps
from nashr.cli import app
from nashr.config import load_config
from nashr.pipeline import STATE_DIR, SUMMARIES_PREFIX, BuildOptions, build
from nashr.runner.lock import BuildLock

BUILD = [sys.executable, "-c", "from nashr.cli import app; app()", "build", "--jobs", "1", "--no-volume"]
ADDED = "\nاین بند پس از ساخت نخست افزوده شد و ساخت دوم باید آن را منتشر کند.\n"


def start(root: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*BUILD, "--edition", str(root), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def kill_when(process: subprocess.Popen[str], happened: Callable[[], bool], limit: float = 240) -> bool:
    """SIGKILL ``process`` as soon as ``happened()``; False if it ended first."""
    deadline = time.monotonic() + limit
    while process.poll() is None and time.monotonic() < deadline:
        if happened():
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.005)
    process.wait()
    return False


def assert_whole(root: Path, files: list[str]) -> None:
    """Each file of the previous edition is there and complete: TEI parses, pages end with
    </html>, PDFs have their end-of-file marker; the search index (replaced as one folder, its
    file names change with its content) has the metadata file its entry point names."""
    entries = list((root / "site" / "pagefind").rglob("pagefind-entry.json"))
    assert entries
    for entry in entries:
        for language in json.loads(entry.read_text(encoding="utf-8"))["languages"].values():
            assert (entry.parent / f"pagefind.{language['hash']}.pf_meta").is_file()
    for name in files:
        if name.startswith("site/pagefind/"):
            continue
        path = root / name
        assert path.is_file(), f"{name} is gone"
        data = path.read_bytes()
        if name.endswith(".xml"):
            etree.fromstring(data)
        elif name.endswith(".html"):
            assert data.rstrip().endswith(b"</html>"), name
        elif name.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], name


@pytest.fixture()
def edition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = make_edition(tmp_path / "edition")
    report = build(load_config(root), BuildOptions(jobs=1, volume=False))
    assert not report.failed and not report.unusable
    return root


def test_a_build_killed_at_any_stage_leaves_the_edition_whole_and_the_next_one_finishes(
        edition: Path, tmp_path: Path) -> None:
    previous = sorted(output_files(edition))
    for source in sorted((edition / "seeds").glob("*.txt")):
        with source.open("a", encoding="utf-8") as handle:
            handle.write(ADDED)
    reference = make_edition(tmp_path / "reference")
    for source in (edition / "seeds").glob("*.txt"):
        (reference / "seeds" / source.name).write_bytes(source.read_bytes())
    build(load_config(reference), BuildOptions(jobs=1, volume=False))

    before = stamps(edition)

    def rewritten(folder: str) -> Callable[[], bool]:
        watched = {name: stamp for name, stamp in before.items() if name.startswith(folder)}
        return lambda: any((edition / name).stat().st_mtime_ns != stamp for name, stamp in watched.items())

    points = {
        "convert": rewritten("tei/texts/"),
        "page": rewritten("site/texts/"),
        "pdf": rewritten("pdf/"),
        "search index": lambda: any((edition / "site").glob(".pagefind-*")),
        "summaries split for the shared pages": lambda: any((edition / STATE_DIR).glob(f"{SUMMARIES_PREFIX}*")),
    }
    killed = []
    for point, happened in points.items():
        if kill_when(start(edition), happened):
            killed.append(point)
        assert_whole(edition, previous)
    assert len(killed) >= 3, killed  # the stages run in this order, so most points are reached (all when it is quiet)

    finish = start(edition)
    _, stderr = finish.communicate(timeout=600)
    assert finish.returncode == 0, stderr
    assert output_files(edition) == output_files(reference)
    leftovers = [p for p in edition.rglob(".*")
                 if p.name.endswith(".tmp") or p.name.startswith((".pagefind-", SUMMARIES_PREFIX))]
    assert leftovers == []


def test_a_second_build_refuses_with_no_wait(edition: Path) -> None:
    with BuildLock(edition / ".nashr" / "build.lock"):
        result = CliRunner().invoke(app, ["build", "--edition", str(edition), "--no-wait"])
    assert result.exit_code == 2
    assert f"another nashr build (process {os.getpid()}) is running" in result.stderr


def test_a_second_build_waits_for_the_first(edition: Path) -> None:
    page = edition / "site" / "index.html"
    page.unlink()
    lines: list[str] = []
    with BuildLock(edition / ".nashr" / "build.lock"):
        waiting = start(edition)
        reader = threading.Thread(target=lambda: lines.extend(waiting.stderr or ()), daemon=True)
        reader.start()
        deadline = time.monotonic() + 240  # starting Python and nashr takes seconds on a loaded machine
        while not any("is running" in line for line in lines) and time.monotonic() < deadline:
            assert waiting.poll() is None, "".join(lines)
            time.sleep(0.1)
        assert f"another nashr build (process {os.getpid()}) is running" in "".join(lines)
        time.sleep(1)
        assert waiting.poll() is None and not page.exists()  # it waits, and writes nothing meanwhile
    waiting.wait(timeout=300)
    reader.join(timeout=10)
    assert waiting.returncode == 0, "".join(lines)
    assert page.exists()
