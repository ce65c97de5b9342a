"""benchmarks/heldout_join.py: a held-out set joins the collection with its README section, and never over a text the
collection has. Two texts of set 34 (joined in round 38) stand in for a set."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from test_corpus_data import decoded_lines

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
TEXTS = ("mmd-gov-af-payam-taslit-pul-e-alam-logar-1400-utf16", "iran-emrooz-nameh-be-mardom-amrika-1394-cp1256")
INTRO = "## Held-out set 99 (a test)\n\n{texts} texts of {sites} publishers, {lines} lines, {ents} entity rows.\n"


def join(set_folder: Path, corpus: Path) -> subprocess.CompletedProcess[str]:
    intro = set_folder.parent / "intro.md"
    intro.write_text(INTRO, encoding="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "heldout_join.py"), str(set_folder),
                           "--intro", str(intro), "--review-heading", "### Held-out set 99: the review",
                           "--corpus", str(corpus)], capture_output=True, text=True, check=False)


def a_set(tmp_path: Path) -> Path:
    set_folder = tmp_path / "set99"
    for name in TEXTS:
        shutil.copytree(CORPUS / name, set_folder / name)
    (set_folder / "README-set99-review.md").write_text("# Set 99: the review\n\nKept: two texts.\n", encoding="utf-8")
    (set_folder / "README-set99a.md").write_text("# Part a\n\n## Texts\n\n### Doubts\n", encoding="utf-8")
    return set_folder


def test_a_set_joins_with_its_section(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "README.md").write_text("# The collection\n", encoding="utf-8")
    done = join(a_set(tmp_path), corpus)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in corpus.iterdir() if p.is_dir()) == sorted(TEXTS)
    readme = (corpus / "README.md").read_text(encoding="utf-8")
    lines = sum(sum(1 for line in decoded_lines(CORPUS / name) if line.strip()) for name in TEXTS)
    assert f"2 texts of 2 publishers, {lines} lines, 21 entity rows." in readme  # 14 + 7 rows by hand (round 41)
    assert "\n| mmd-gov-af-payam-taslit-pul-e-alam-logar-1400-utf16 | mmd.gov.af (" in readme
    shortened = "public domain (an official message (پیام) of an Afghan ministry, signed by its …"  # 88 characters
    assert f"| utf-16-le | {shortened} | 9 | 14 |" in readme
    # the review's first line replaced, the reports' headings moved inside the set's section
    assert "\n### Held-out set 99: the review\n\nKept: two texts.\n" in readme
    assert "\n### Part a\n\n#### Texts\n\n### Doubts\n" in readme
    assert readme.index("## Held-out set 99") < readme.index("| folder |") < readme.index("### Held-out set 99: the")


def test_a_name_the_collection_has_stops_the_join(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / TEXTS[0]).mkdir(parents=True)
    (corpus / "README.md").write_text("# The collection\n", encoding="utf-8")
    done = join(a_set(tmp_path), corpus)
    assert done.returncode == 2
    assert TEXTS[0] in done.stderr
    assert (corpus / "README.md").read_text(encoding="utf-8") == "# The collection\n"
    assert not (corpus / TEXTS[1]).exists()
