"""Vazirmatn in the project cache (nashr.publish.fonts): finding it, and installing it from an npm tarball.

No network in tests: ``npm pack`` is replaced by a function that writes a small tarball laid out
like the real package (``package/fonts/ttf/*.ttf``, ``package/OFL.txt``, and files to skip).
"""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
from pathlib import Path

import pytest

from nashr.publish import fonts


def fake_package(folder: Path) -> Path:
    tarball = folder / "vazirmatn-33.0.3.tgz"
    members = {
        "package/OFL.txt": b"SIL Open Font License 1.1",
        "package/fonts/ttf/Vazirmatn-Regular.ttf": b"regular",
        "package/fonts/ttf/Vazirmatn-Bold.ttf": b"bold",
        "package/fonts/webfonts/Vazirmatn-Regular.woff2": b"skip: web font",
        "package/misc/Farsi-Digits/fonts/ttf/Vazirmatn-FD-Regular.ttf": b"skip: other family",
    }
    with tarfile.open(tarball, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return tarball


def integrity(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


@pytest.fixture
def npm(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Replace npm pack; returns the fake tarball (also copied where npm would write it)."""
    source = fake_package(tmp_path)

    def pack(spec: str, destination: Path) -> Path:
        assert spec == f"vazirmatn@{fonts.VAZIRMATN_VERSION}"
        target = destination / source.name
        target.write_bytes(source.read_bytes())
        return target

    monkeypatch.setattr(fonts, "_npm_pack", pack)
    return source


def test_install_keeps_the_static_ttfs_and_the_licence(
    npm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "VAZIRMATN_INTEGRITY", integrity(npm))
    cache = tmp_path / "cache" / "vazirmatn"
    assert fonts.install_vazirmatn(cache) == cache
    assert sorted(p.name for p in cache.iterdir()) == [
        "OFL.txt",
        "VERSION",
        "Vazirmatn-Bold.ttf",
        "Vazirmatn-Regular.ttf",
    ]
    assert (cache / "Vazirmatn-Regular.ttf").read_bytes() == b"regular"
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(cache))
    assert fonts.font_dir() == cache
    # a second run finds the same version in place and does not fetch again
    monkeypatch.setattr(fonts, "_npm_pack", lambda *_: pytest.fail("fetched again"))
    assert fonts.install_vazirmatn(cache) == cache


def test_a_tarball_with_another_checksum_is_refused(npm: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "vazirmatn"
    with pytest.raises(fonts.FontError, match="checksum"):
        fonts.install_vazirmatn(cache)
    assert not cache.exists()
    assert list(cache.parent.iterdir()) == []  # the temporary folder is gone too


def test_missing_font_names_the_folder_and_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "Vazirmatn-Regular.ttf").write_bytes(b"x")
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(tmp_path))
    with pytest.raises(fonts.FontError) as error:
        fonts.font_dir()
    message = str(error.value)
    assert str(tmp_path) in message and "Vazirmatn-Bold.ttf" in message
    assert "python -m nashr.publish.fonts" in message
