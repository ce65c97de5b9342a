"""Checks that the hand-annotated collection in tests/data/corpus/ is well-formed.

The format is described in tests/data/corpus/README.md: one folder per text with source.txt (bytes as
collected, decoded with the encoding named in about.toml), about.toml, roles.tsv (one role for every
non-blank line) and optionally entities.tsv (kind, exact text, occurrence number, attributes).
These tests check the data, not nashr: they fail on a folder that would make the structure and entity
scores meaningless (a missing role, a role for a blank line, an entity that does not occur in the text).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from nashr.convert.document import ROLES

CORPUS = Path(__file__).parent / "data" / "corpus"

KINDS = frozenset({"person", "org", "place", "date"})
FAMILIES = frozenset(
    "statement resolution news letter memoir statute literary-prose classical-prose verse interview report "
    "pdf-extraction legacy-encoding hard-wrapped sentence-per-line".split()
)
ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
             "windows-1256": "cp1256"}
ABOUT_KEYS = ("title", "url", "publisher", "licence", "retrieved", "family", "encoding", "notes")
DATE_ATTR = re.compile(r"^(when|from|to)=\d{4}(-\d{2}(-\d{2})?)?$")


def folders(root: Path = CORPUS) -> list[Path]:
    """The text folders of a collection, sorted by name."""
    return sorted(p for p in root.iterdir() if p.is_dir())


def decoded_lines(folder: Path) -> list[str]:
    """source.txt decoded with about.toml's encoding, split into lines (CRLF counts as one break).

    Raises UnicodeDecodeError when the bytes are not in the declared encoding, ValueError when a
    UTF-16 file lacks its byte-order mark.
    """
    about = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))
    raw = (folder / "source.txt").read_bytes()
    encoding = about["encoding"]
    if encoding.startswith("utf-16"):
        bom = b"\xff\xfe" if encoding == "utf-16-le" else b"\xfe\xff"
        if not raw.startswith(bom):
            raise ValueError(f"{folder.name}: {encoding} without its byte-order mark")
    text = raw.decode(ENCODINGS[encoding])
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def problems(folder: Path) -> list[str]:
    """Everything wrong with one text folder, as messages naming the file and line; [] when well-formed."""
    found: list[str] = []
    name = folder.name
    for required in ("source.txt", "about.toml", "roles.tsv"):
        if not (folder / required).is_file():
            return [f"{name}: {required} is missing"]
    about = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))
    found += [f"{name}/about.toml: no {key}" for key in ABOUT_KEYS if not about.get(key)]
    if about.get("encoding") not in ENCODINGS:
        return found + [f"{name}/about.toml: unknown encoding {about.get('encoding')!r}"]
    found += [f"{name}/about.toml: unknown family {f!r}" for f in about.get("family", []) if f not in FAMILIES]
    try:
        lines = decoded_lines(folder)
    except (UnicodeDecodeError, ValueError) as err:
        return found + [f"{name}/source.txt: {err}"]
    nonblank = {i + 1 for i, line in enumerate(lines) if line.strip()}
    seen: set[int] = set()
    for row_no, row in enumerate((folder / "roles.tsv").read_text(encoding="utf-8").splitlines(), 1):
        cells = row.split("\t")
        if len(cells) < 2 or not cells[0].isdigit():
            found.append(f"{name}/roles.tsv:{row_no}: not '<line>\\t<role>'")
            continue
        number, role = int(cells[0]), cells[1]
        if role not in ROLES:
            found.append(f"{name}/roles.tsv:{row_no}: unknown role {role!r}")
        if number in seen:
            found.append(f"{name}/roles.tsv:{row_no}: line {number} has two roles")
        elif number not in nonblank:
            found.append(f"{name}/roles.tsv:{row_no}: line {number} is blank or beyond the end")
        seen.add(number)
    found += [f"{name}/roles.tsv: line {n} has no role" for n in sorted(nonblank - seen)]
    if (folder / "entities.tsv").is_file():
        found += entity_problems(folder, "\n".join(lines))
    return found


def entity_problems(folder: Path, text: str) -> list[str]:
    """Rows of entities.tsv whose kind, occurrence number or attributes do not fit the decoded text."""
    found: list[str] = []
    rows = (folder / "entities.tsv").read_text(encoding="utf-8").splitlines()
    if not rows or rows[0].split("\t")[:3] != ["kind", "text", "n"]:
        return [f"{folder.name}/entities.tsv: header 'kind\\ttext\\tn\\tattrs' missing"]
    for row_no, row in enumerate(rows[1:], 2):
        cells = row.split("\t")
        where = f"{folder.name}/entities.tsv:{row_no}"
        if len(cells) < 3 or not cells[2].isdigit() or not cells[1]:
            found.append(f"{where}: not 'kind\\ttext\\tn[\\tattrs]'")
            continue
        kind, span, n = cells[0], cells[1], int(cells[2])
        if kind not in KINDS:
            found.append(f"{where}: unknown kind {kind!r}")
        occurrences = len(re.findall("(?=" + re.escape(span) + ")", text))
        if n < 1 or occurrences < n:
            found.append(f"{where}: {span!r} occurs {occurrences} times, not {n}")
        attrs = cells[3].split() if len(cells) > 3 else []
        if attrs and kind != "date":
            found.append(f"{where}: attributes on a {kind}")
        found += [f"{where}: bad attribute {a!r}" for a in attrs if not DATE_ATTR.match(a)]
    return found


def test_collection_is_large_and_varied() -> None:
    texts = folders()
    assert len(texts) >= 60
    abouts = [tomllib.loads((f / "about.toml").read_text(encoding="utf-8")) for f in texts]
    assert len({a["publisher"] for a in abouts}) >= 20
    assert {f for a in abouts for f in a["family"]} == FAMILIES
    assert sum((f / "entities.tsv").is_file() for f in texts) >= 45


def test_no_role_dominates() -> None:
    """Verse once made up half of all lines; no single role may again outweigh the prose roles together
    (paragraphs and list items with their continuation lines: round 25 added verse pages of eight
    sites, which put ``l`` above ``p`` and ``p+`` alone)."""
    counts: dict[str, int] = {}
    for folder in folders():
        for row in (folder / "roles.tsv").read_text(encoding="utf-8").splitlines():
            role = row.split("\t")[1]
            counts[role] = counts.get(role, 0) + 1
    total = sum(counts.values())
    assert max(counts.values()) < 0.3 * total
    assert counts["l"] < sum(counts.get(r, 0) for r in ("p", "p+", "item", "item+", "continuation"))


def test_no_text_has_a_doubtful_licence() -> None:
    """Only texts whose terms allow keeping them in a public repository belong here (see README, Licences)."""
    doubtful = re.compile(r"no licence|doubtful|not confirmed|unknown", re.IGNORECASE)
    for folder in folders():
        licence = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))["licence"]
        assert not doubtful.search(licence), f"{folder.name}: {licence}"


@pytest.mark.parametrize("folder", folders(), ids=lambda p: p.name)
def test_text_folder_is_well_formed(folder: Path) -> None:
    assert problems(folder) == []


def test_checker_catches_malformed_folders(tmp_path: Path) -> None:
    good = folders()[0]
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("source.txt", "about.toml"):
        (broken / name).write_bytes((good / name).read_bytes())
    roles = (good / "roles.tsv").read_text(encoding="utf-8").splitlines()
    (broken / "roles.tsv").write_text("\n".join(roles[1:] + ["9999\tp", "1\theading"]) + "\n", encoding="utf-8")
    (broken / "entities.tsv").write_text("kind\ttext\tn\tattrs\nperson\tno such name here\t1\n"
                                         "city\tا\t1\ndate\tا\t1\twhen=13-1\n", encoding="utf-8")
    messages = "\n".join(problems(broken))
    assert "line 9999 is blank or beyond the end" in messages
    assert "unknown role 'heading'" in messages
    assert "occurs 0 times" in messages
    assert "unknown kind 'city'" in messages
    assert "bad attribute 'when=13-1'" in messages
    (broken / "roles.tsv").unlink()
    assert problems(broken) == ["broken: roles.tsv is missing"]
