#!/usr/bin/env python3
"""Byte-identity check for speed work: the SHA-256 of every TEI file written for the seeds, the
collection (``tests/data/corpus/*/source.txt``) and 200 synthetic texts (``scripts/make_corpus.py``),
each converted without and with entity tagging (``tei/registers``), one line per file, then a
``TOTAL`` digest of those lines. Run it on a checkout before and after a change (``diff`` the
outputs): a change meant to make conversion faster must leave every line as it was.

Usage: ``uv run python benchmarks/tei_identity.py [CHECKOUT=.] > hashes.txt`` (the checkout's
``edition.toml``, seeds and collection; the code is the one imported, e.g. ``PYTHONPATH=WORKTREE/src``).
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402


def main() -> None:
    edition = load_edition(ROOT / "edition.toml")
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    total = hashlib.sha256()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        synthetic = make_corpus(tmp / "synthetic", 200, ROOT / "seeds")
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        collection = sorted((ROOT / "tests" / "data" / "corpus").glob("*/source.txt"))
        for mode, tagger_or_none in (("structure", None), ("entities", tagger)):
            for label, sources in (("seeds", seeds), ("collection", collection), ("synthetic", synthetic)):
                out = tmp / f"{mode}-{label}"
                for path in sources:
                    convert_file(path, out / path.parent.name if path.name == "source.txt" else out, edition,
                                 tagger=tagger_or_none, force=True)
                for file in sorted(f for f in out.rglob("*") if f.is_file()):
                    line = f"{hashlib.sha256(file.read_bytes()).hexdigest()} {file.relative_to(tmp)}"
                    print(line)
                    total.update(f"{line}\n".encode())
    print("TOTAL", total.hexdigest())


if __name__ == "__main__":
    main()
