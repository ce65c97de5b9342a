"""Vazirmatn as nashr ships it (nashr.publish.fonts): the files, their licence, the override."""

from __future__ import annotations

from pathlib import Path

import pytest

from nashr.publish import fonts


def test_the_shipped_font_is_found_with_its_licence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.FONT_DIR_ENV, raising=False)
    directory = fonts.font_dir()
    for name in (*fonts.REQUIRED_FONTS, fonts.WEB_FONT):
        assert (directory / name).read_bytes()[:4] in (b"\x00\x01\x00\x00", b"wOF2"), name
    assert "SIL OPEN FONT LICENSE" in (directory / fonts.LICENCE_FILE).read_text(encoding="utf-8").upper()


def test_font_dir_override_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in fonts.REQUIRED_FONTS:
        (tmp_path / name).write_bytes(b"\x00\x01\x00\x00")
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(tmp_path))
    assert fonts.font_dir() == tmp_path


def test_missing_font_names_folder_and_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "Vazirmatn-Regular.ttf").write_bytes(b"\x00\x01\x00\x00")
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(tmp_path))
    with pytest.raises(fonts.FontError) as error:
        fonts.font_dir()
    assert str(tmp_path) in str(error.value) and "Vazirmatn-Bold.ttf" in str(error.value)
