"""nashr.files: whole files or none, with the permissions ``open()`` would give."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from nashr.files import FILE_MODE, atomic_path, atomic_write, atomic_writer


def test_atomic_write_makes_the_folders_and_writes_the_bytes_with_open_s_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "text.xml"
    atomic_write(target, "سلام\n".encode())
    assert target.read_bytes() == "سلام\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == FILE_MODE
    assert sorted(os.listdir(target.parent)) == ["text.xml"]  # no temporary file left


def test_atomic_write_replaces_a_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "text.xml"
    target.write_bytes(b"old")
    target.chmod(0o600)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == FILE_MODE
    assert os.listdir(tmp_path) == ["text.xml"]


def test_a_writer_that_fails_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "text.xml"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["text.xml"]


def test_atomic_path_gives_a_name_to_write_to_and_puts_it_in_place(tmp_path: Path) -> None:
    target = tmp_path / "out" / "page.pdf"
    with atomic_path(target) as tmp:
        assert tmp.parent == target.parent and not target.exists()
        tmp.write_bytes(b"%PDF")
    assert target.read_bytes() == b"%PDF"
    assert stat.S_IMODE(target.stat().st_mode) == FILE_MODE
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"%PD")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"%PDF"
    assert os.listdir(target.parent) == ["page.pdf"]
