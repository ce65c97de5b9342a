"""nashr as a user gets it: a wheel built from this repository, installed into a fresh virtual
environment outside it with no network, then a new edition made, built, validated and deposited.

Dependencies come from uv's cache through the lock file (``uv export --format pylock.toml`` and
``uv pip install --offline``), so nothing is downloaded; the nashr cache is empty, so tei_all, the
stylesheets and the font can only come from the wheel itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

LETTER = """\
نامه به انجمن

دوستان عزیز!

نامه شما درباره برگزاری نشست سالانه در تهران به دست ما رسید و در جلسه هیئت مدیره بررسی شد.
ما از پیشنهاد شما استقبال می‌کنیم و آماده همکاری هستیم.

با سلام و احترام،
کمیته برگزاری
"""
# Windows-1256 as Persian editors of the 2000s saved it: Arabic ي/ك, ZWNJ (byte 0x9D), ASCII digits, CRLF.
STATEMENT = "اطلاعيه انجمن\r\n\r\nنشست انجمن در روز 12 مهر 1386 در كتابخانه شهر برگزار شد و درباره برنامه\u200cهاي " \
            "سال آينده تصميم گرفت. گزارش كامل نشست بزودي منتشر مي\u200cشود.\r\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin/`` folder of a fresh venv holding nashr from a wheel of this checkout."""
    uv = os.environ.get("UV") or shutil.which("uv")
    assert uv, "uv is needed to build and install the wheel (scripts/setup installs it)"
    work = tmp_path_factory.mktemp("install")
    env = {**os.environ, "UV_OFFLINE": "1", "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)

    def run(*args: str, cwd: Path = work) -> None:
        done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{args}: {done.stdout}{done.stderr}"

    run(uv, "build", "--wheel", "--offline", "--quiet", "--python", sys.executable, "-o", str(work / "dist"), str(ROOT))
    [wheel] = (work / "dist").glob("nashr-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for resource in ("nashr/resources/schema/tei_all.rng", "nashr/resources/schema/nashr.rng",
                     "nashr/resources/fonts/vazirmatn/OFL.txt", "nashr/resources/xslt/html/html.xsl"):
        assert resource in names, resource
    run(uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--format", "pylock.toml",
        "-o", str(work / "pylock.toml"), cwd=ROOT)
    run(uv, "venv", "--quiet", "-p", sys.executable, str(work / "venv"))
    # The venv named outright: uv's own --python (or a UV_PYTHON in the caller's environment) would
    # otherwise win over VIRTUAL_ENV and install into the interpreter the tests run with or its base.
    venv = ("--python", str(work / "venv" / "bin" / "python"))
    run(uv, "pip", "install", *venv, "--quiet", "--offline", "-r", str(work / "pylock.toml"))
    run(uv, "pip", "install", *venv, "--quiet", "--offline", "--no-deps", str(wheel))
    run(uv, "pip", "check", *venv)  # the wheel's declared dependencies are all there
    return work / "venv" / "bin"


def test_a_new_edition_builds_validates_and_deposits_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    env = {"PATH": f"{installed}:/usr/bin:/bin", "HOME": str(tmp_path), "NASHR_CACHE_DIR": str(tmp_path / "cache"),
           "LANG": "C.UTF-8"}

    def nashr(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(installed / "nashr"), *args], cwd=tmp_path, env=env, capture_output=True,
                              text=True)

    made = nashr("init", "edition", "--title", "نامه‌های انجمن", "--title-en", "Letters of a society",
                 "--publisher", "کتابخانه", "--date", "2026-12-01", "--editor", "سارا رضایی",
                 "--licence", "CC BY 4.0", "--description", "Two texts.", "--contact", "editors@example.org",
                 "--base-url", "https://example.org/letters/")
    assert made.returncode == 0, made.stderr
    sources = tmp_path / "edition" / "sources"
    (sources / "letter.txt").write_text(LETTER, encoding="utf-8")
    (sources / "statement.txt").write_bytes(STATEMENT.encode("cp1256"))

    built = nashr("build", "--edition", "edition")
    assert built.returncode == 0, built.stderr
    texts = sorted((tmp_path / "edition" / "tei" / "texts").glob("*.xml"))
    assert [p.name for p in texts] == ["letter.xml", "statement.xml"]
    assert "برنامه\u200cهای" not in texts[1].read_text(encoding="utf-8")  # kept as typed: Arabic ي
    assert "برنامه\u200cهاي" in texts[1].read_text(encoding="utf-8")
    assert (tmp_path / "edition" / "site" / "index.html").is_file()
    assert sorted(p.name for p in (tmp_path / "edition" / "pdf").glob("*.pdf")) == [
        "letter.pdf", "statement.pdf", "volume.pdf"]

    validated = nashr("validate", "--schema", "auto", *map(str, texts))
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert nashr("validate", "--schema", "tei_all", *map(str, texts)).returncode == 0

    deposited = nashr("deposit", "--edition", "edition")
    assert deposited.returncode == 0, deposited.stderr
    # what it says and nothing else (SaxonC printed a line for each Unicode block a \p{Is…} loads)
    assert [line for line in deposited.stderr.splitlines() if line.strip()] == [
        line for line in deposited.stderr.splitlines() if line.startswith("✓ bag written")], deposited.stderr
    checked = nashr("deposit", "--check", "edition/deposit")
    assert checked.returncode == 0, checked.stderr
    assert (tmp_path / "edition" / "deposit" / "data" / "tei" / "corpus.xml").is_file()
    assert not (tmp_path / "cache" / "schemas").exists()  # nothing fetched: the wheel had it all
