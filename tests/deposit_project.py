"""A small nashr project for the deposit tests: the seed-000 example and a second short text,
one register, a schema, a three-page site (tests/data/deposit/project/) and PDF/A files made
with WeasyPrint, so the tests do not depend on the other stages' outputs."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from lxml import etree
from weasyprint import HTML

from nashr.config import Edition, Editor

DATA = Path(__file__).parent / "data" / "deposit"
PROJECT = DATA / "project"
TEI_ALL = Path(__file__).resolve().parents[1] / "tei" / "schema" / "tei_all.rng"
TEXTS = ("internasional-216-plenum-29", "internasional-300-statement")

EDITION = Edition(
    title="اسناد حزب کمونیست کارگری ایران",
    title_en="Documents of the Worker-communist Party of Iran",
    description="Two Persian party texts encoded in TEI P5.",
    publisher="nashr project",
    licence="CC BY 4.0",
    licence_url="https://creativecommons.org/licenses/by/4.0/",
    base_url="https://example.org/nashr-edition/",
    contact="editors@example.org",
    date="2026-11-23",
    language="fa",
    editors=(Editor("Shirin Karimi", "editor"), Editor("nashr", "TEI encoding")),
)


def make_pdf(path: Path, title: str, pdf_a: bool = True) -> None:
    """Write a one-page PDF titled ``title``; PDF/A-3b (WeasyPrint's ``pdf_variant``) unless
    ``pdf_a`` is false."""
    html = HTML(string=f"<html lang='en'><title>{title}</title><p>{title}</p></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(html.write_pdf(pdf_variant="pdf/a-3b" if pdf_a else None))


def make_project(root: Path, texts: Sequence[str] = TEXTS) -> Path:
    """Copy the project under ``root`` and add one PDF/A per text; return ``root``."""
    shutil.copytree(PROJECT, root, dirs_exist_ok=True)
    for stem in texts:
        make_pdf(root / "pdf" / f"{stem}.pdf", stem)
    return root


def jing_validator(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """A real RELAX NG validator in the hook's shape: jing (Debian) against tei_all 4.10.2."""
    assert shutil.which("jing"), "jing (Debian package) is needed: scripts/setup installs it"
    run = subprocess.run(["jing", str(TEI_ALL), *map(str, paths)], capture_output=True,
                         text=True, check=False)
    found = []
    for line in run.stdout.splitlines():
        match = re.match(r"(.+?):(\d+):\d+: (?:error|fatal): (.*)", line)
        if match:
            found.append((Path(match[1]), f"line {match[2]}: {match[3]}"))
    assert found or run.returncode == 0, f"jing failed: {run.stdout}{run.stderr}"
    return found


def make_payload(root: Path) -> Path:
    """A deposit of a fresh fake project under ``root``, checked by nashr's validator; its ``data/``."""
    from nashr.deposit.bag import make_deposit

    project = make_project(root / "project")
    return make_deposit(project, project / "deposit", EDITION) / "data"


def parse(path: Path) -> etree._ElementTree:
    """Parse an XML output with entities and network access off."""
    return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
