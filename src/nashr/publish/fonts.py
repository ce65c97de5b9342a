"""The Vazirmatn font for the PDF edition: install it into the project cache and find it.

Vazirmatn (SIL Open Font License 1.1) comes from the npm package ``vazirmatn``, pinned to
:data:`VAZIRMATN_VERSION` and checked against the registry's published SHA-512 integrity
(:data:`VAZIRMATN_INTEGRITY`). ``npm pack`` downloads the tarball without installing anything;
we keep only ``fonts/ttf/*.ttf`` (the static weights with Latin glyphs and Arabic-script digits
as written in the source) and ``OFL.txt``.

Run ``uv run python -m nashr.publish.fonts [CACHE_DIR]`` to install (``scripts/setup`` does this).
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VAZIRMATN_VERSION = "33.0.3"
#: ``dist.integrity`` of vazirmatn@33.0.3 in the npm registry (SHA-512, base64).
VAZIRMATN_INTEGRITY = "sha512-fbjNc0CMjazZpIegWzz9OHGzI1APFboT+x7ZecXlUCtDe/nkyx7gtCTZnWS/+eeXG7fbfXymCPKJI8EsnM3iqw=="
#: Environment variable that points at a directory holding ``Vazirmatn-*.ttf``.
FONT_DIR_ENV = "NASHR_FONT_DIR"
#: Cache location relative to the project root (the directory holding ``pyproject.toml``).
CACHE_SUBDIR = Path(".cache") / "fonts" / "vazirmatn"
#: Files the PDF edition cannot do without.
REQUIRED_FONTS = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
LICENCE_FILE = "OFL.txt"
_VERSION_STAMP = "VERSION"


class FontError(RuntimeError):
    """The font is missing or could not be installed; the message says how to fix it."""


def project_root() -> Path:
    """The nashr project root: the nearest ancestor of the working directory with a
    ``pyproject.toml``, else the source checkout this module lives in, else the working directory.
    """
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    checkout = Path(__file__).resolve().parents[3]
    return checkout if (checkout / "pyproject.toml").is_file() else cwd


def default_cache_dir() -> Path:
    """``<project root>/.cache/fonts/vazirmatn``."""
    return project_root() / CACHE_SUBDIR


def font_dir() -> Path:
    """The directory holding Vazirmatn's TTF files.

    ``$NASHR_FONT_DIR`` wins when set; otherwise :func:`default_cache_dir`.

    Raises:
        FontError: the directory lacks one of :data:`REQUIRED_FONTS`; the message names the
            directory and the command that installs the font.
    """
    override = os.environ.get(FONT_DIR_ENV)
    directory = Path(override) if override else default_cache_dir()
    missing = [name for name in REQUIRED_FONTS if not (directory / name).is_file()]
    if missing:
        source = f"${FONT_DIR_ENV}" if override else "the project font cache"
        raise FontError(
            f"Vazirmatn font not found in {directory} ({source}; missing {', '.join(missing)}). "
            "Install it with `uv run python -m nashr.publish.fonts` (needs npm), "
            f"or set {FONT_DIR_ENV} to a directory holding Vazirmatn-*.ttf."
        )
    return directory


def _check_integrity(tarball: Path, integrity: str) -> None:
    algorithm, _, expected = integrity.partition("-")
    digest = hashlib.new(algorithm, tarball.read_bytes()).digest()
    if base64.b64encode(digest).decode() != expected:
        raise FontError(f"{tarball.name}: checksum does not match the pinned {algorithm}")


def _npm_pack(spec: str, destination: Path) -> Path:
    try:
        result = subprocess.run(
            ["npm", "pack", spec, "--silent", "--pack-destination", str(destination)],
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError as error:
        raise FontError("npm is needed to fetch the Vazirmatn font; install npm") from error
    except subprocess.CalledProcessError as error:
        raise FontError(f"npm pack {spec} failed: {error.stderr.strip()}") from error
    return destination / result.stdout.strip().splitlines()[-1]


def _wanted(member: tarfile.TarInfo) -> str | None:
    """The file name to keep for a tarball member, or None to skip it."""
    parts = Path(member.name).parts  # npm tarballs put everything under package/
    if not member.isfile() or len(parts) < 2:
        return None
    inner = parts[1:]
    if inner == (LICENCE_FILE,):
        return LICENCE_FILE
    if inner[:2] == ("fonts", "ttf") and len(inner) == 3 and inner[2].endswith(".ttf"):
        return inner[2]
    return None


def install_vazirmatn(cache_dir: Path) -> Path:
    """Fetch ``vazirmatn@VAZIRMATN_VERSION`` with ``npm pack`` and put its static TTFs and OFL licence
    in ``cache_dir`` (flat). Does nothing when ``cache_dir`` already holds that version.

    The new directory is built next to ``cache_dir`` and moved into place, so an interrupted
    install never leaves a half-filled cache.

    Returns:
        ``cache_dir``.
    Raises:
        FontError: npm is missing or fails, the checksum differs, or the package lacks a
            required font.
    """
    cache_dir = Path(cache_dir)
    version = VAZIRMATN_VERSION
    stamp = cache_dir / _VERSION_STAMP
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == version:
        if all((cache_dir / name).is_file() for name in REQUIRED_FONTS):
            return cache_dir
    cache_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir.parent, prefix=".vazirmatn-") as work:
        work_dir = Path(work)
        tarball = _npm_pack(f"vazirmatn@{version}", work_dir)
        _check_integrity(tarball, VAZIRMATN_INTEGRITY)
        staging = work_dir / "fonts"
        staging.mkdir()
        with tarfile.open(tarball, "r:gz") as archive:
            for member in archive.getmembers():
                name = _wanted(member)
                if name is None:
                    continue
                source = archive.extractfile(member)
                assert source is not None  # a regular file member always has data
                (staging / name).write_bytes(source.read())
        missing = [name for name in (*REQUIRED_FONTS, LICENCE_FILE) if not (staging / name).is_file()]
        if missing:
            raise FontError(f"vazirmatn@{version} lacks {', '.join(missing)}")
        (staging / _VERSION_STAMP).write_text(version + "\n", encoding="utf-8")
        old = work_dir / "old"
        if cache_dir.exists():
            os.replace(cache_dir, old)
        os.replace(staging, cache_dir)
        shutil.rmtree(old, ignore_errors=True)
    return cache_dir


def main(argv: list[str] | None = None) -> int:
    """``python -m nashr.publish.fonts [CACHE_DIR]``: install Vazirmatn, print where it went."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else default_cache_dir()
    try:
        directory = install_vazirmatn(target)
    except FontError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"Vazirmatn {VAZIRMATN_VERSION} in {directory}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
