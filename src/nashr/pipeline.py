"""``nashr build``: the whole main job for an edition, incremental and parallel.

convert (the sources → the TEI folder) → validate (the texts and registers) → html (the site
folder) → pdf (the PDF folder), where ``edition.toml``'s ``[paths]`` say
(:class:`nashr.config.Layout`). Each text is a map (convert, validate, its page, its PDF: the tasks of
:mod:`nashr.runner.tasks`, run by an :mod:`~nashr.runner.executor` in this process, in worker
processes or on a Dask cluster); the previous/next links, the index, register, about and search
pages, the search index and the volume are the reduce, done while the workers print the texts'
PDFs. The HTML edition's reduce is Saxon's work and grows with the edition, so it runs in pieces of
bounded work (:data:`REDUCE_CALLS`, :data:`REDUCE_HELD`, :data:`REDUCE_BYTES`), each in a fresh worker
process of this machine, which ends after it (:func:`nashr.runner.tasks.site_reduce`; on a Dask cluster too, the
reduce staying on the machine that builds), ahead of the PDFs still waiting;
this process splits the summaries for it (it alone opens the record) and records what it did, so
it starts no Saxon for the HTML edition (with ``--jobs 1`` every task runs here). The search index is
made here, by Pagefind's own processes, and the volume's parts on the worker processes
(:mod:`nashr.publish.volume`: its texts' parts queued before the texts' PDFs, its front and back
matter ahead of the PDFs still waiting once the texts' parts are laid out, and the parts joined in
a thread of this process as they are written, so the workers are kept busy to the end).

Before the texts are converted, this process profiles the edition (:mod:`nashr.convert.edition`:
the lines its texts repeat at their top or bottom are the site's furniture and fields) from each
source's line keys, kept in the record by the source's content hash, so only a new or changed
source is read for it; each text is converted with its own marks, which its record depends on,
so a text added to the edition rebuilds only the texts whose marks it changes. The editor's
sidecars are read then too (:func:`nashr.convert.lessons.source_lessons`): a text depends on the
lessons its own top and bottom lines may take, so a changed sidecar rebuilds the pages it teaches.

Every unit of work is recorded with the content hash of what it read (:mod:`nashr.runner.state`):
a build redoes only the units whose inputs changed or whose outputs are gone, so a build with
nothing changed converts, validates and renders nothing. One build at a time holds the edition's
lock (:mod:`nashr.runner.lock`). Every file is written atomically and each unit recorded only
after its files are written, so a build killed at any point leaves the previous edition whole
(each file old or new, never half-written) and the next build finishes the job.

A stage that fails for one text does not stop the others, so one bad source never hides the
rest of the edition.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, wait
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nashr import resources
from nashr.config import Config, Edition, Layout, build_date
from nashr.runner import tasks
from nashr.runner.executor import Executor, Processes, executor
from nashr.runner.lock import BuildLock
from nashr.runner.state import BuildState, code_digest, digest, file_digest, remove_outputs, tree_digest

if TYPE_CHECKING:
    from nashr.publish.html import SharedPage

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` after each unit of work."""

LIGHT = ("failed", "title", "sort_key")
"""What the build holds in memory of each page's result: the rest (summary, search records) is
read back from the record when the shared pages need it."""

STATE_DIR = ".nashr"
"""The build's own folder inside the edition's root: ``build.sqlite`` (the record) and ``build.lock``,
and while the HTML edition's reduce runs, the summaries split for it (``.summaries-*``)."""

SUMMARIES_PREFIX = ".summaries-"
"""The temporary folder of :data:`STATE_DIR` where a build splits the summaries for the HTML
edition's reduce (deleted after it, or by the next build when this one was killed)."""

REDUCE_CALLS = 1_000
"""Stylesheet calls (a page's previous/next links, a shared page) in one piece of the HTML
edition's reduce at most, each piece run in a fresh worker (:func:`nashr.runner.tasks.site_reduce`).
SaxonC's heap grows with the calls a process makes: 1,000 links take a worker from about 90 to
125 MB (docs/scale.md, round 52). A fresh worker costs its start and the stylesheet's
compilation, 1–2 s."""

REDUCE_HELD = 4_000_000
"""Bytes of the summaries a shared page holds at once (:attr:`nashr.publish.html.SharedPage.held`:
its part and its largest chunk) at most to share a piece of the reduce with other pages; a page
that holds more is a piece of its own. Saxon's tree of a part is about five times its file (docs/
scale.md, round 53): a piece holds at most about 20 MB of trees at once, and what it let go until
its collector runs. The index and an entry's page hold one chunk (about 1 MB,
:data:`nashr.publish.summaries.CHUNK_BYTES`) whatever the edition's size, so they share workers."""

REDUCE_BYTES = 64_000_000
"""Bytes of the summaries the shared pages of one piece of the reduce read at most
(:attr:`nashr.publish.html.SharedPage.size`; a page that reads more is a piece of its own). What a
process reads and lets go stays in SaxonC's heap until its collector runs, which lets the heap grow
before it does, up to a ceiling: a piece's peak grows with what it reads (3,000 synthetic texts:
190, 210–217, 240–256 and 254–274 MB for pieces reading 4, 8, 15 and 61 MB), and one call
reading 46–54 MB in chunks of 1 MB peaked at 248–274 MB (docs/scale.md, rounds 53–54). Fewer
pieces start fewer workers (Python, Saxon, the stylesheet): 19 pieces at 3,000 texts took 49–61 s
one after the other, 2 pieces 31–33 s."""


def reduce_pieces(navigation: Sequence[tuple[str, str, str]], pages: Sequence[SharedPage], calls: int,
                  held: int, volume: int) -> Iterator[tuple[list[tuple[str, str, str]], list[SharedPage]]]:
    """The HTML edition's reduce cut into pieces, in order: the previous/next links (``(stem,
    previous, next)``) first, then the shared pages; a piece makes at most ``calls`` stylesheet
    calls and its pages read at most ``volume`` bytes of parts (:attr:`SharedPage.size`), each
    holding at most ``held`` at once (:attr:`SharedPage.held`), except a page that reads or holds
    more than that, which is a piece of its own. No piece for no work.

    Raises:
        ValueError: ``calls`` is less than 1.
    """
    if calls < 1:
        raise ValueError(f"a piece of the reduce makes at least one call, not {calls}")
    links: list[tuple[str, str, str]] = []
    piece: list[SharedPage] = []
    size, alone = 0, False
    for link in navigation:
        if len(links) == calls:
            yield links, []
            links = []
        links.append(link)
    for page in pages:
        large = page.size > volume or page.held > held
        if len(links) + len(piece) == calls or \
                ((links or piece) and (large or alone or size + page.size > volume)):
            yield links, piece
            links, piece, size = [], [], 0
        piece.append(page)
        size, alone = size + page.size, large
    if links or piece:
        yield links, piece


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build.

    Attributes:
        force: redo every unit, ignoring what earlier builds recorded.
        overwrite_edited: overwrite TEI files edited by hand after conversion (else the new version
            goes beside them as ``NAME.new.xml``).
        jobs: worker processes for the per-text work (default: the machine's cores; 1 = all in
            this process).
        scheduler: a Dask scheduler address (``tcp://host:8786``): per-text work runs on that
            cluster instead of local processes.
        volume: also print the edition's volume (``pdf/volume.pdf``).
        wait: when another build of this edition is running, wait for it (else raise
            :class:`nashr.runner.lock.BuildLocked`).
        edition_evidence: lines the edition's texts repeat at their top or bottom are furniture
            and fields (:mod:`nashr.convert.edition`), and the sidecars' roles teach the other pages
            (:mod:`nashr.convert.lessons`); None: as ``edition.toml``'s ``[convert]`` says.
    """

    force: bool = False
    overwrite_edited: bool = False
    jobs: int | None = None
    scheduler: str | None = None
    volume: bool = True
    wait: bool = True
    edition_evidence: bool | None = None


@dataclass(slots=True)
class BuildReport:
    """What a build did: files per stage, and messages naming the file of each problem.

    ``tei``, ``site`` and ``pdf`` list the edition's current outputs (made now or up to date);
    ``redone`` counts, per stage, the units this build did (0 everywhere: nothing had changed).
    ``unusable`` lists sources that could not be read; ``failed`` lists checks that failed
    (invalid TEI, fidelity). The exit code of ``nashr build`` follows from them.
    """

    tei: list[Path] = field(default_factory=list)
    site: list[Path] = field(default_factory=list)
    pdf: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    redone: dict[str, int] = field(default_factory=dict)


def _quiet(stage: str, done: int, total: int) -> None:
    del stage, done, total


def remove_temporaries(layout: Layout) -> None:
    """Delete what a killed build left half-made: ``.NAME.*.tmp`` files of
    :func:`nashr.files.atomic_write`, Pagefind's ``site/.pagefind-*`` staging folders and the
    summaries split for the reduce (:data:`SUMMARIES_PREFIX`). Called under the build lock, so no
    other build is writing them."""
    for folder in (layout.texts, layout.site, layout.pdf):
        if folder.is_dir():
            for temporary in folder.rglob(".*.tmp"):
                temporary.unlink(missing_ok=True)
    for parent, pattern in ((layout.site, ".pagefind-*"), (layout.root / STATE_DIR, f"{SUMMARIES_PREFIX}*")):
        if parent.is_dir():
            for staging in parent.glob(pattern):
                shutil.rmtree(staging, ignore_errors=True)


@dataclass
class _Unit:
    """A unit of a stage: its name in the record, its key (the digest of its inputs), the task's arguments."""

    name: str
    key: str
    args: tuple[Any, ...]


class _Build:
    """One build: the digests every key shares, the record, the executor, the report."""

    def __init__(self, layout: Layout, edition: Edition, options: BuildOptions, state: BuildState,
                 pool: Executor, progress: Progress, evidence: bool = True) -> None:
        self.layout, self.edition, self.options, self.evidence = layout, edition, options, evidence
        self.state, self.pool, self.progress = state, pool, progress
        self.report = BuildReport()
        self.registers = tuple(layout.register_files())
        self.registers_key = digest([[p.name, file_digest(p)] for p in self.registers])
        xslt = resources.folder("xslt")
        # Every key starts with nashr's code and the edition's settings.
        self.common = digest(code_digest(), asdict(edition), build_date(edition).isoformat())
        self.html_xslt = tree_digest(xslt / "html", xslt / "common")
        self.print_xslt = tree_digest(xslt / "print", xslt / "common")
        self.tei_sha: dict[Path, str] = {}
        self.redone_names: dict[str, set[str]] = {}
        self.printing: Iterator[None] | None = None  # the volume's steps (volume_steps), while it is printed
        self.printed: Future[None] | None = None  # their end, when a thread takes them (_print_in_thread)
        self.stop_printing = threading.Event()
        self.volume_pool: Executor | None = None
        self.searched: list[Path] = []  # the search index's files (search)

    def run(self, stage: str, fn: Callable[..., dict[str, Any]], units: Sequence[_Unit],
            outputs: Callable[[_Unit, dict[str, Any]], list[Path]],
            keep: Callable[[dict[str, Any]], dict[str, Any]] = lambda result: result,
            meanwhile: Callable[[], None] | None = None) -> dict[str, dict[str, Any]]:
        """The result of each unit: recorded if up to date, else done by ``fn(*unit.args)`` on the
        executor and recorded with the files ``outputs`` names. Keyed by unit name; ``keep`` says
        what of each result to hold in memory (the record keeps all of it). ``meanwhile`` is
        called once: while the workers do the units (:attr:`Executor.overlaps`), else after them."""
        results: dict[str, dict[str, Any]] = {}
        todo: list[_Unit] = []
        for unit in units:
            recorded = self.state.fresh(stage, unit.name, unit.key)
            if recorded is None:
                todo.append(unit)
            else:
                results[unit.name] = keep(recorded.payload)
        done = len(results)
        self.progress(stage, done, len(units))
        running = self.pool.run(fn, [unit.args for unit in todo])
        if meanwhile is not None and self.pool.overlaps:
            meanwhile()
        for index, result in running:
            unit = todo[index]
            self.state.record(stage, unit.name, unit.key, outputs(unit, result), result)
            results[unit.name] = keep(result)
            done += 1
            self.progress(stage, done, len(units))
        if meanwhile is not None and not self.pool.overlaps:
            meanwhile()
        self.report.redone[stage] = len(todo)
        self.redone_names[stage] = {unit.name for unit in todo}
        return {unit.name: results[unit.name] for unit in units}

    def forget_others(self, stage: str, keep: set[str]) -> None:
        """Forget the units of ``stage`` not in ``keep`` (texts gone) and delete their files."""
        for name in set(self.state.names(stage)) - keep:
            unit = self.state.forget(stage, name)
            if unit is not None:
                list(remove_outputs(unit))

    def convert(self, sources: list[Path]) -> None:
        from nashr.convert.corrections import sidecar
        from nashr.convert.edition import marks_digest
        from nashr.convert.lessons import Lessons, lessons_digest, source_lessons
        from nashr.convert.names import tei_names

        sources, clashes = tei_names(sources)
        self.report.unusable.extend(str(clash) for clash in clashes)
        layout, catalogs = self.layout, {}
        units = []
        digests = {source: file_digest(source) for source in sources}
        marks, ends = self.profile(digests) if self.evidence else ({}, {})
        # What the edition's sidecars teach its pages (nashr.convert.lessons): read from every source
        # with a sidecar; a text depends on the lessons its own lines' keys may take.
        lessons = source_lessons(sources) if self.evidence else Lessons({})
        for source in sources:
            if source.parent not in catalogs:  # titles and dates of texts (nashr.convert.converter.CATALOG)
                catalogs[source.parent] = file_digest(source.parent / "catalog.csv")
            # A text depends on the edition only through its own marks: a new text rebuilds those it changes.
            own = marks.get(str(source), frozenset())
            taught = lessons.of_pairs(ends.get(str(source), ()))
            # An editor's corrections of its roles (NAME.roles.tsv) are an input as the source is.
            key = digest(self.common, self.registers_key, digests[source], file_digest(sidecar(source)),
                         catalogs[source.parent], str(layout.texts), str(layout.schema), self.options.overwrite_edited,
                         marks_digest(own), lessons_digest(taught))
            units.append(_Unit(str(source), key, (source, layout.texts, layout.schema, self.edition, layout.registers,
                                                  self.registers_key, self.options.overwrite_edited, own, taught)))
        results = self.run("convert", tasks.convert, units,
                           lambda _, result: [Path(result["written"])] if "written" in result else [])
        for result in results.values():
            if "unusable" in result:
                self.report.unusable.append(result["unusable"])
            elif "failed" in result:
                self.report.failed.append(result["failed"])
            else:
                self.report.tei.append(Path(result["tei"]))
                self.report.warnings.extend(result["warnings"])
        for gone in set(self.state.names("convert")) - {unit.name for unit in units}:
            self.state.forget("convert", gone)  # its TEI stays: it may hold a person's edits

    def profile(self, digests: dict[Path, str]) -> tuple[dict[str, frozenset[tuple[str, str]]],
                                                          dict[str, set[tuple[str, str]]]]:
        """The edition's profile (:mod:`nashr.convert.edition`) before the texts are converted:
        each source's line keys, read from the record for a source whose content (``digests``)
        and nashr's code are unchanged, else from the source (and recorded). Returns each text's
        marks and its pairs at its top and bottom (where :mod:`nashr.convert.lessons` teaches)."""
        from nashr.convert.edition import BODY, keyed_marks, source_keys

        ends: dict[str, set[tuple[str, str]]] = {}

        keys = {source: digest(self.common, content) for source, content in digests.items()}

        def keyed() -> Iterator[tuple[str, set[tuple[str, str]]]]:
            for source, key in keys.items():
                pairs = self.state.line_keys(key)
                if pairs is None and (pairs := source_keys(source)) is not None:
                    self.state.record_line_keys(key, pairs)
                if pairs is not None:  # an unusable source: its conversion reports it
                    ends[str(source)] = {pair for pair in pairs if pair[0] != BODY}
                    yield str(source), pairs

        marks = keyed_marks(keyed())
        self.state.keep_line_keys(keys.values())
        return marks, ends

    def validate(self) -> None:
        from nashr.convert.schemas import install_schemas

        # The texts point there: put back what a person removed, refresh an earlier nashr's copy.
        self.report.warnings.extend(install_schemas(self.layout.schema).messages())
        schemas = tree_digest(resources.folder("schema"), self.layout.schema)
        units = []
        for path in [*self.report.tei, *self.registers]:
            self.tei_sha[path] = file_digest(path)
            units.append(_Unit(str(path), digest(self.common, schemas, self.tei_sha[path]), (path,)))
        for result in self.run("validate", tasks.validate, units, lambda *_: []).values():
            if "failed" in result:
                self.report.failed.append(result["failed"])

    def pages(self) -> None:
        """Each text's page and summary (the map of the HTML edition), in the workers."""
        from nashr.publish.html import SiteOptions, TextResult, order

        layout, site_dir = self.layout, self.layout.site
        texts: dict[str, Path] = {}
        for tei in self.report.tei:
            stem = tei.name.removesuffix(".xml")
            if stem in texts:
                self.report.failed.append(f"{tei}: same file name as {texts[stem]}; its page would replace that one")
            else:
                texts[stem] = tei
        options = SiteOptions(registers_dir=layout.registers)
        self.html_base = base = digest(self.common, self.html_xslt, self.registers_key, str(layout.registers))
        units = []
        for stem, tei in texts.items():
            navigated = self.state.get("nav", stem)
            if navigated is None or not navigated.intact():  # the page is gone or was changed: render it again
                self.state.forget("page", stem)
            units.append(_Unit(stem, digest(base, self.tei_sha[tei]),
                               (tei, site_dir, self.edition, self.registers, self.registers_key, options)))
        results = self.run("page", tasks.page, units,
                           lambda _, result: [Path(p) for p in result.get("written", [])[1:]],  # [1:]: see "nav"
                           keep=lambda result: {k: v for k, v in result.items() if k in LIGHT})
        self.report.failed.extend(result["failed"] for result in results.values() if "failed" in result)
        published = order(  # summaries and search records stay in the record (class Summaries)
            TextResult(source=texts[stem], stem=stem, title=r["title"], sort_key=r["sort_key"], page="", summary="",
                       records=())
            for stem, r in results.items() if "failed" not in r
        )
        self.published, self.site_options = published, options
        self.page_keys = {unit.name: unit.key for unit in units}
        self.texts_key = digest(self.html_base, asdict(options),
                                [(text.stem, self.tei_sha[text.source]) for text in published])

    def search(self) -> None:
        """The search index of the published texts, before the PDFs and with the idle workers
        let go: Pagefind's bundle (~450 MB) and the printing workers would add up."""
        from nashr.publish.html import search_index

        recorded = self.state.fresh("site", "search", self.texts_key)
        if recorded is None:
            self.pool.release()
            written = search_index(self.layout.site, Summaries(self.state, self.published), self.site_options,
                                   self.edition.language or "fa")
            self.state.record("site", "search", self.texts_key, written)
            self.report.redone["search"] = 1
        else:
            written = [Path(p) for p in recorded.outputs]
        self.searched = written
        self.progress("search", 1, 1)

    def site(self) -> None:
        """The reduce of the HTML edition (the search index is :meth:`search`'s): the previous/next
        links of the pages whose neighbours changed (they follow the site's order), then, unless
        up to date, the shared pages, from the summaries this process splits first (it alone opens
        the record); done by :func:`nashr.runner.tasks.site_reduce` in pieces
        (:func:`reduce_pieces`), each in a fresh worker, ahead of the tasks waiting, and recorded
        here when they end (nothing handed over when nothing changed; the files no stylesheet
        makes written here, :func:`nashr.publish.html.write_static`).
        On a Dask cluster the worker is a process of this machine: the reduce stays on the client,
        beside the split summaries."""
        from nashr.publish.html import shared_inputs, shared_pages, write_static

        site_dir, published, keys = self.layout.site, self.published, self.page_keys
        navigation: list[tuple[str, str, str]] = []
        nav_keys: dict[str, str] = {}
        for i, text in enumerate(published):
            neighbours = (published[i - 1].stem if i > 0 else "",
                          published[i + 1].stem if i + 1 < len(published) else "")
            key = digest(keys[text.stem], neighbours)
            if text.stem in self.redone_names["page"] or self.state.fresh("nav", text.stem, key) is None:
                navigation.append((text.stem, *neighbours))
                nav_keys[text.stem] = key
        recorded = self.state.fresh("site", "shared", self.texts_key)
        written = [] if recorded is None else [Path(p) for p in recorded.outputs]
        if navigation or recorded is None:
            pool = self.pool if self.options.scheduler is None else Processes(1)
            try:
                with tempfile.TemporaryDirectory(prefix=SUMMARIES_PREFIX, dir=self.layout.root / STATE_DIR) as folder:
                    inputs = None if recorded is not None else \
                        shared_inputs(site_dir, Summaries(self.state, published), self.site_options, Path(folder))
                    pages = [] if inputs is None else shared_pages(inputs)
                    search_parts, declared = (1, None) if inputs is None else (inputs.search_parts, inputs.declared)
                    calls = [(site_dir, self.edition, self.registers, self.registers_key, self.site_options, links,
                              piece, search_parts, declared)
                             for links, piece in reduce_pieces(navigation, pages, REDUCE_CALLS, REDUCE_HELD,
                                                                  REDUCE_BYTES)]
                    results = dict(pool.run(tasks.site_reduce, calls, first=True, fresh=True))
                    if inputs is not None:
                        written = [Path(p) for i in range(len(calls)) for p in results[i]["written"]]
                        written.extend(write_static(site_dir, inputs, self.registers))
            finally:
                if pool is not self.pool:
                    pool.close()
        for stem, key in nav_keys.items():
            self.state.record("nav", stem, key, [site_dir / "texts" / f"{stem}.html"])
        self.report.redone["nav"] = len(nav_keys)
        self.progress("nav", len(published), len(published))
        stems = {text.stem for text in published}
        self.forget_others("nav", stems)
        self.forget_others("page", stems)
        self.report.site = [site_dir / "texts" / f"{text.stem}.html" for text in published]
        if recorded is None:
            before = self.state.get("site", "shared")
            if before is not None:  # the pages of entries no text names any more
                kept = {os.path.abspath(path) for path in [*written, *self.searched]}
                for stale in {os.path.abspath(path) for path in before.outputs} - kept:
                    Path(stale).unlink(missing_ok=True)
            self.state.record("site", "shared", self.texts_key, written)
            self.report.redone["site"] = 1
        self.report.site.extend([*self.searched, *written])
        self.progress("site", 1, 1)

    def start_volume(self) -> None:
        """Hand the volume's parts of texts to the workers, ahead of the texts' PDFs
        (:func:`nashr.publish.volume.volume_steps`), unless the volume is not to be printed or is
        up to date. Its parts are laid out by this build's workers; never on a Dask cluster, whose
        tasks may start in any order (a part waits for the page counts of those before it). With
        worker processes, a thread of this process takes the volume's next steps (joining the
        parts as they come) while this one goes on; in this process, :meth:`volume` takes them."""
        from nashr.publish import VOLUME_NAME
        from nashr.publish.fonts import font_dir
        from nashr.publish.volume import volume_steps

        self.print_base = digest(self.common, self.print_xslt, tree_digest(font_dir()), self.registers_key)
        self.volume_key = digest(self.print_base, [self.tei_sha[t] for t in self.report.tei])
        if not self.options.volume or self.state.fresh("volume", VOLUME_NAME, self.volume_key) is not None:
            return
        self.volume_pool = self.pool if self.options.scheduler is None else executor(self.options.jobs)
        self.printing = volume_steps(self.report.tei, self.layout.pdf / VOLUME_NAME, self.edition,
                                     registers=self.registers, pool=self.volume_pool)
        next(self.printing)
        if self.volume_pool.overlaps:
            self.printed = Future()
            threading.Thread(target=self._print_in_thread, args=(self.printing, self.printed), name="nashr-volume",
                             daemon=True).start()

    def _print_in_thread(self, printing: Iterator[None], printed: Future[None]) -> None:
        """The volume's steps after the first, until the end or until :attr:`stop_printing` is set
        (checked between two parts: nothing is written then); their end or error to ``printed``."""
        try:
            for _ in printing:
                if self.stop_printing.is_set():
                    printing.close()
        except BaseException as error:  # noqa: BLE001 -- handed to the building thread, which raises it
            printed.set_exception(error)
        else:
            printed.set_result(None)

    def pdfs(self) -> None:
        """Each text's PDF, in the workers (after the volume's parts of texts, when it is printed),
        while a fresh worker makes the HTML edition's reduce (:meth:`site`, handed over ahead of
        the PDFs still waiting); the volume stopped when a text failed (it holds every text)."""
        base = self.print_base
        tei = self.report.tei
        units = [_Unit(t.stem, digest(base, self.tei_sha[t]),
                       (t, self.layout.pdf / f"{t.stem}.pdf", self.edition, self.registers, self.registers_key))
                 for t in tei]
        results = self.run("pdf", tasks.pdf, units, lambda unit, result: [] if "failed" in result else [unit.args[1]],
                           meanwhile=self.site)
        self.report.failed.extend(result["failed"] for result in results.values() if "failed" in result)
        printed = [stem for stem, result in results.items() if "failed" not in result]
        self.report.pdf = [self.layout.pdf / f"{stem}.pdf" for stem in printed]
        self.forget_others("pdf", set(printed))
        self.pdf_keys = {f"{unit.name}.pdf": unit.key for unit in units if unit.name in printed}
        if len(printed) < len(tei):  # the volume holds every text
            self.stop_volume()

    def stop_volume(self) -> None:
        """Stop the volume being printed, if it is (nothing is written), and its own workers. A
        thread printing it stops between two parts: the pool's waiting tasks are cancelled (its
        work for this build is done, or the build is failing) and those running are waited for."""
        if self.printed is not None:
            self.stop_printing.set()
            if self.volume_pool is not None:
                self.volume_pool.close()
            wait([self.printed])
        elif self.printing is not None:
            self.printing.close()
        self.printing = self.printed = None
        if self.volume_pool is not None and self.volume_pool is not self.pool:
            self.volume_pool.close()
        self.volume_pool = None

    def volume(self) -> None:
        """The volume (when every text printed: its last step, :meth:`start_volume`), then the
        PDFs copied into the site."""
        from nashr.publish import VOLUME_NAME

        tei, keys = self.report.tei, self.pdf_keys
        if self.options.volume and len(self.report.pdf) == len(tei):  # the volume holds every text
            target = self.layout.pdf / VOLUME_NAME
            keys[VOLUME_NAME] = self.volume_key
            if self.printing is not None:
                if self.printed is not None:  # a thread takes the steps
                    self.printed.result()
                else:
                    for _ in self.printing:
                        pass
                self.printing = self.printed = None
                self.state.record("volume", VOLUME_NAME, keys[VOLUME_NAME], [target])
                self.report.redone["volume"] = 1
            self.progress("volume", 1, 1)
            self.report.pdf.append(target)
        self.stop_volume()
        self.copy_to_site(keys)

    def copy_to_site(self, keys: dict[str, str]) -> None:
        """Copy the PDFs (file name → the key of the unit that made it) into the site's ``pdf/``,
        where its pages link, so the site stands alone; each copy is a unit with its PDF's key."""
        from nashr.publish.html import copy_pdfs

        copied = 0
        for name, key in keys.items():
            if self.state.fresh("site pdf", name, key) is None:
                self.state.record("site pdf", name, key, copy_pdfs(self.layout.site, [self.layout.pdf / name]))
                copied += 1
        self.report.redone["site pdf"] = copied
        self.forget_others("site pdf", set(keys))


class Summaries(Sequence[Any]):
    """The published texts in the site's order as :class:`nashr.publish.html.TextResult`, each
    with its summary and search records read from the record when asked for, so the shared pages
    and the search index (read a text at a time, in bundles) never hold every text's records.
    A slice is another such sequence."""

    def __init__(self, state: BuildState, texts: Sequence[Any]) -> None:
        self.state = state
        self.texts = list(texts)  # TextResults without summary and records

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index: Any) -> Any:
        from nashr.publish.html import SearchRecord

        if isinstance(index, slice):
            return Summaries(self.state, self.texts[index])
        text = self.texts[index]
        unit = self.state.get("page", text.stem)
        if unit is None:
            raise LookupError(f"{text.stem}: no page recorded")
        records = tuple(SearchRecord(*record) for record in unit.payload["records"])
        return replace(text, summary=unit.payload["summary"], records=records)


def build(config: Config, options: BuildOptions = BuildOptions(), *, progress: Progress = _quiet,
          on_wait: Callable[[int | None], None] | None = None) -> BuildReport:
    """Build the edition ``config`` describes: redo what changed since the last build.

    Paths in the report (files and messages) are absolute, whatever folder ``config`` was read
    from, so the record and what it replays are the same from every folder.

    With no source matching ``[paths].sources`` nothing is built and the report says so
    (``unusable``): an empty site and volume would hide a wrong glob.

    Args:
        config: the edition's ``edition.toml`` (:func:`nashr.config.load_config`).
        options: see :class:`BuildOptions`.
        progress: called after each unit of work.
        on_wait: called with the other build's process id when this one waits for its lock.
    Raises:
        nashr.runner.lock.BuildLocked: another build runs and ``options.wait`` is False.
        nashr.runner.executor.SchedulerError: the Dask scheduler cannot be used.
        nashr.publish.fonts.FontError: Vazirmatn is not installed.
    """
    # The record names sources and files by their absolute paths: ``nashr build --edition DIR``
    # from outside and ``nashr build`` inside DIR are one edition with one record.
    layout = replace(config.layout, root=Path(os.path.abspath(config.layout.root)))
    sources = layout.source_files()
    if not sources:
        report = BuildReport()
        report.unusable.append(f"no sources match {layout.paths.sources!r} in {layout.root.resolve()} "
                               "(set [paths] sources in edition.toml)")
        return report
    state_dir = layout.root / STATE_DIR
    with BuildLock(state_dir / "build.lock", wait=options.wait, on_wait=on_wait):
        remove_temporaries(layout)
        pool = executor(options.jobs, options.scheduler)
        try:
            with BuildState(state_dir / "build.sqlite") as state:
                if options.force:
                    state.clear()
                evidence = config.convert.edition_evidence if options.edition_evidence is None \
                    else options.edition_evidence
                run = _Build(layout, config.edition, options, state, pool, progress, evidence)
                run.convert(sources)
                run.validate()
                run.pages()
                run.search()
                run.start_volume()
                try:
                    run.pdfs()  # and the HTML edition's reduce while the workers print
                    run.volume()
                finally:
                    run.stop_volume()
                return run.report
        finally:
            pool.close()
