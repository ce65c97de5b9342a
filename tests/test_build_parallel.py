"""``nashr build --jobs N`` and ``--scheduler`` (a Dask cluster) give the files a build in one
process gives, byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from build_edition import make_edition, output_files
from conftest import SEEDS
from nashr.cli import app
from nashr.config import load_config
from nashr.pipeline import BuildOptions, build
from nashr.runner.executor import Dask, SchedulerError


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
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
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
