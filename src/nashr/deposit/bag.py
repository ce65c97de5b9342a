"""nashr deposit: the edition as a BagIt bag a repository will accept (RFC 8493, written and
checked with the Library of Congress ``bagit`` library).

The bag (``deposit/`` by default) keeps the edition's layout (``edition.toml``'s ``[paths]``), so
that the texts still find their schemas and the site its files; with the default layout::

    bagit.txt  bag-info.txt  manifest-sha256.txt  manifest-sha512.txt  tagmanifest-*.txt
    data/tei/texts/*.xml        the TEI texts             data/site/…   the HTML edition
    data/tei/registers/*.xml    persons, orgs, places     data/pdf/…    the PDFs (PDF/A)
    data/tei/schema/…           nashr.odd, .rng, .sch     data/mets.xml every other file
    data/tei/corpus.xml         teiCorpus of all texts    data/metadata/dc/*.xml, datacite.xml,
                                                          zenodo.json (see nashr.deposit.metadata)

Never half a package: the pre-flight checks (:mod:`nashr.deposit.preflight`) run first and any problem
stops the deposit with the full list; the bag is built in a temporary directory beside the
target, by copying (``bagit.make_bag`` moves files into ``data/`` in place), validated, and only
then renamed over the target. Re-running on the same input gives byte-identical tag files and
manifests: ``Bagging-Date`` is the build date (``SOURCE_DATE_EPOCH`` or ``[edition].date``,
:func:`nashr.config.build_date`), not bagit's clock; tag-manifest lines are sorted (bagit lists
them in directory order); every file's mtime is set to the build date.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import bagit

from nashr import __version__
from nashr.config import DEFAULT_PATHS, Edition, Paths, build_date
from nashr.deposit import metadata
from nashr.deposit.inventory import GENERATED, Entry, Parts, collect, corpus_name, parts
from nashr.deposit.preflight import Problem, TeiValidator, check_edition, check_payload
from nashr.publish import NEW_VERSION_SUFFIX
from nashr.validate.validator import Problem as ValidationProblem
from nashr.validate.validator import validate_files

#: Checksum algorithms of the manifests (RFC 8493 §2.1.3; sha512 is bagit's default, sha256 what
#: most repositories compare).
ALGORITHMS = ("sha256", "sha512")
#: bag-info.txt fields every nashr bag carries (RFC 8493 §2.2.2).
REQUIRED_INFO = (
    "Source-Organization",
    "Contact-Name",
    "External-Description",
    "Bagging-Date",
    "Payload-Oxum",
)
#: Files nashr writes into every payload besides the teiCorpus (see :mod:`nashr.deposit.metadata`).
REQUIRED_METADATA = (
    metadata.DATACITE_NAME,
    metadata.ZENODO_NAME,
    metadata.METS_NAME,
)
#: The bag-info field that marks a bag as nashr's: only such a bag is ever replaced.
_AGENT_FIELD = "Bag-Software-Agent"


class DepositError(Exception):
    """No deposit was made. ``problems`` lists every reason; nothing was left on disk."""

    def __init__(self, problems: Sequence[Problem]):
        super().__init__(f"{len(problems)} problem(s) stop the deposit")
        self.problems = list(problems)


def _describe(problem: ValidationProblem) -> str:
    return f"line {problem.line}: {problem.message}" if problem.line else problem.message


def default_validator() -> TeiValidator:
    """Return the :data:`~nashr.deposit.preflight.TeiValidator` of the validate stage:
    :func:`nashr.validate.validator.validate_files` with ``--schema auto`` (the documents'
    ``<?xml-model?>`` schemas, RELAX NG and Schematron). Fatal problems (e.g. tei_all not in the
    schema cache) and errors count; warnings do not."""

    def run(paths: Sequence[Path]) -> list[tuple[Path, str]]:
        return [
            (Path(report.file), _describe(problem))
            for report in validate_files(list(paths))
            for problem in report.problems
            if problem.severity in ("fatal", "error")
        ]

    return run


def bag_info(edition: Edition, date: dt.date) -> dict[str, str]:
    """Return the bag-info.txt fields for ``edition`` bagged on ``date``.

    ``Payload-Oxum`` is added by bagit. ``Contact-Name`` is the first editor, ``Contact-Email``
    the edition's ``contact`` when it is an e-mail address.
    """
    info = {
        "Source-Organization": edition.publisher,
        "Contact-Name": edition.editors[0].name if edition.editors else "",
        "External-Description": edition.description,
        "External-Identifier": edition.base_url,
        "Bagging-Date": date.isoformat(),
        _AGENT_FIELD: f"nashr {__version__} (bagit.py {bagit.VERSION})",
    }
    if "@" in edition.contact:
        info["Contact-Email"] = edition.contact
    return {key: value for key, value in info.items() if value}


def _check_target(project_root: Path, out_dir: Path, deposited: Parts) -> list[Problem]:
    target = out_dir.resolve()
    problems = []
    for prefix, _ in deposited:
        part = (project_root / prefix).resolve()
        if target == part or part in target.parents or target in part.parents:
            problems.append(
                Problem(str(out_dir), f"overlaps {prefix}/, which goes into the deposit",
                        "choose an output directory outside the folders that are deposited")
            )
    if out_dir.exists() and not _is_nashr_bag(out_dir):
        if not out_dir.is_dir() or any(out_dir.iterdir()):
            problems.append(
                Problem(str(out_dir), "exists and is not a bag nashr made; nashr will not replace it",
                        "choose another output directory or move it away")
            )
    return problems


def _is_nashr_bag(path: Path) -> bool:
    info = path / "bag-info.txt"
    return (path / "bagit.txt").is_file() and info.is_file() and any(
        line.startswith(f"{_AGENT_FIELD}: nashr ")
        for line in info.read_text(encoding="utf-8", errors="replace").splitlines()
    )


def _check_layout(project_root: Path, deposited: Parts, corpus: str) -> list[Problem]:
    root = project_root.resolve()
    problems = []
    for prefix, group in deposited:
        if (root / prefix).resolve() == root or root not in (root / prefix).resolve().parents:
            problems.append(Problem(f"[paths] {prefix!r}", f"the {group} folder must lie inside the edition "
                                    "folder (it is deposited as it is laid out there)",
                                    "change [paths] in edition.toml"))
        for generated in (corpus, *(name for name, _ in GENERATED)):
            if generated == prefix or generated.startswith(prefix + "/"):
                problems.append(Problem(f"[paths] {prefix!r}", f"holds {generated}, which nashr writes "
                                        "into the deposit", "change [paths] in edition.toml"))
    return problems


def preflight(
    project_root: Path, out_dir: Path, edition: Edition, validator: TeiValidator, paths: Paths = DEFAULT_PATHS
) -> tuple[list[Entry], list[Problem]]:
    """Check an edition before depositing it: a sound layout, every part present, every file acceptable.

    Returns:
        the payload files (:func:`nashr.deposit.inventory.collect`, without the ``*.new.xml``
        drafts beside hand-edited texts) and every problem found.
    Raises:
        OSError: a file cannot be read.
    """
    deposited = parts(paths)
    layout = _check_layout(project_root, deposited, corpus_name(paths))
    problems = check_edition(edition) + _check_target(project_root, out_dir, deposited) + layout
    if layout:  # the files cannot be told apart: say so before reading any
        return [], problems
    # the new version nashr build keeps beside a hand-edited text is a draft, never published nor deposited
    entries = [e for e in collect(project_root, deposited)
               if not (e.group == "texts" and e.name.endswith(NEW_VERSION_SUFFIX))]
    for prefix, group in deposited:
        if not any(e.group == group for e in entries):
            problems.append(
                Problem(f"{prefix}/", "is missing or empty",
                        f"make it first (nashr build), or put the {group} files there")
            )
    return entries, problems + check_payload(entries, validator)


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask


def _sort_tag_manifests(bag_dir: Path) -> None:
    # bagit writes tag-manifest lines in os.listdir order, which differs between file systems.
    for alg in ALGORITHMS:
        path = bag_dir / f"tagmanifest-{alg}.txt"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(sorted(lines, key=lambda line: line.split(" ", 1)[1])),
                        encoding="utf-8")


def _stamp(bag_dir: Path, date: dt.date) -> None:
    # mtimes = the build date, so that an archive made of the bag is reproducible too.
    moment = dt.datetime.combine(date, dt.time(), tzinfo=dt.UTC).timestamp()
    for path in sorted(bag_dir.rglob("*"), reverse=True):
        os.utime(path, (moment, moment))
    os.utime(bag_dir, (moment, moment))


def _build(staging: Path, entries: Sequence[Entry], edition: Edition, date: dt.date, paths: Paths) -> None:
    for e in entries:
        target = staging / e.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(e.source, target)
    params = metadata.parameters(edition, date)
    texts = [e.name for e in entries if e.group == "texts" and e.name.endswith(".xml")]
    corpus = corpus_name(paths)
    metadata.write_records(staging, texts, corpus, params)
    groups = (*parts(paths), (corpus, "corpus"), *GENERATED)
    listed = [e for e in collect(staging, groups) if e.name != metadata.METS_NAME]
    metadata.write_mets(staging, listed, corpus, params)
    staging.chmod(_umask_mode())
    bagit.make_bag(str(staging), bag_info(edition, date), checksums=list(ALGORITHMS))
    _sort_tag_manifests(staging)
    _stamp(staging, date)


def _replace(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
    os.rename(out_dir, old / out_dir.name)
    os.rename(staging, out_dir)
    shutil.rmtree(old)


def make_deposit(
    project_root: Path,
    out_dir: Path,
    edition: Edition,
    validator: TeiValidator | None = None,
    paths: Paths = DEFAULT_PATHS,
) -> Path:
    """Write the edition under ``project_root`` as a validated BagIt bag at ``out_dir``.

    Args:
        project_root: the edition's folder: its texts, registers, schemas, site and PDFs are where
            ``paths`` says (:func:`nashr.deposit.inventory.parts`).
        out_dir: the bag to write; a bag nashr made there before is replaced (it is moved
            aside, the new bag renamed into place, then the old one removed); anything else
            there is refused.
        edition: the edition's metadata (:func:`nashr.config.load_edition`).
        validator: validates the TEI files (:data:`~nashr.deposit.preflight.TeiValidator`); ``None``
            (the default) means :func:`default_validator`.
        paths: the edition's ``[paths]`` (``edition.toml``); the payload keeps this layout.
    Returns:
        ``out_dir``.
    Raises:
        DepositError: pre-flight problems, or the written bag failed its own check; nothing
            is left behind and an existing bag at ``out_dir`` is untouched.
        nashr.config.ConfigError: ``SOURCE_DATE_EPOCH`` is not an integer.
    """
    check = validator or default_validator()
    entries, problems = preflight(project_root, out_dir, edition, check, paths)
    if problems:
        raise DepositError(problems)
    date = build_date(edition)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=out_dir.parent))
    try:
        _build(staging, entries, edition, date, paths)
        problems = check_bag(staging, check)
        if problems:
            raise DepositError(problems)
        _replace(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return out_dir


def _bagit_problems(bag: bagit.Bag) -> list[Problem]:
    try:
        bag.validate(processes=1)
    except bagit.BagValidationError as exc:
        problems = [_detail_problem(detail) for detail in exc.details]
        if not problems:
            problems.append(Problem("bag-info.txt", exc.message, "make the deposit again"))
            missing, unexpected = bag.compare_manifests_with_fs()
            problems += [_detail_problem(bagit.FileMissing(p)) for p in sorted(missing)]
            problems += [_detail_problem(bagit.UnexpectedFile(p)) for p in sorted(unexpected)]
        return problems
    except bagit.BagError as exc:
        return [Problem("bagit.txt", f"not a valid bag: {exc}", "make the deposit again")]
    return []


def _detail_problem(detail: bagit.ManifestErrorDetail) -> Problem:
    path = str(detail.path)
    if isinstance(detail, bagit.ChecksumMismatch):
        return Problem(path, f"changed since bagging ({detail.algorithm} differs)",
                       "restore the original file or make the deposit again")
    if isinstance(detail, bagit.FileMissing):
        return Problem(path, "is listed in the manifest but missing",
                       "restore the file or make the deposit again")
    if isinstance(detail, bagit.UnexpectedFile):
        return Problem(path, "is in the payload but not in the manifest",
                       "remove it or make the deposit again")
    return Problem(path, str(detail), "make the deposit again")


def check_bag(path: Path, validator: TeiValidator | None = None) -> list[Problem]:
    """Check an existing bag: BagIt validity (structure, Payload-Oxum, completeness, every
    manifest checksum), the bag-info fields and manifests nashr requires, the metadata files,
    and the pre-flight checks on the payload.

    Args:
        path: the bag directory.
        validator: as for :func:`make_deposit`.
    Returns:
        every problem found (file names relative to the bag), empty when the bag is good.
    """
    if not path.is_dir():
        return [Problem(str(path), "is not a directory", "give the bag's directory")]
    try:
        bag = bagit.Bag(str(path))
    except bagit.BagError as exc:
        return [Problem(str(path), f"is not a bag: {exc}", "make it with nashr deposit")]
    problems = _bagit_problems(bag)
    problems += [
        Problem("bag-info.txt", f"lacks {field}", "make the deposit again")
        for field in REQUIRED_INFO
        if not bag.info.get(field)
    ]
    problems += [
        Problem(f"manifest-{alg}.txt", "is missing", "make the deposit again")
        for alg in ALGORITHMS
        if alg not in bag.algorithms
    ]
    payload = path / "data"
    problems += [
        Problem(f"data/{name}", "is missing", "make the deposit again")
        for name in REQUIRED_METADATA
        if not (payload / name).is_file()
    ]
    check = validator or default_validator()
    for problem in check_payload(collect(payload, (*metadata.mets_groups(payload), ("", "other"))), check):
        problems.append(Problem(f"data/{problem.file}", problem.message, problem.fix))
    return problems
