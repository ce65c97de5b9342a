"""Joining the volume's parts into one PDF, a part at a time (:func:`join`).

Each part is a tagged PDF/A-3b written by WeasyPrint (:func:`nashr.publish.pdf.write_pdf`). The
join reads one part at a time (pypdf, made to parse an object only when it is asked for: :func:`_reader`) and
writes the objects its pages need straight to the volume, renumbered, so it holds one part's
objects and a few numbers per page, never the whole volume (the join of pypdf's ``PdfWriter``
held every object of the volume: about 0.6 MB a page).

What is kept of each part is what its pages reach: the pages, their contents, resources, fonts,
images and annotations, and the elements of its structure tree. What each part had of its own
for the whole document is made once for the volume:

- one page tree (``/Pages``), the pages in the parts' order;
- one structure tree: the elements under each part's ``Document`` element go under one
  ``Document`` element, and each part's parent-tree keys (``/StructParents`` of its pages,
  ``/StructParent`` of its annotations, its ``/ParentTree`` entries) are shifted past those of
  the parts before it;
- one name tree of the named destinations of every part (sorted by name, as WeasyPrint writes
  them), and the links into another part (``PART_LINK`` URIs: WeasyPrint drops a link to an
  anchor its document lacks) made links to those destinations;
- one outline, made by WeasyPrint's own ``add_outlines`` from the bookmarks of every part;
- the catalogue of the first part: its XMP metadata, output intent, attached files, language;
  its document information; its file identifier's first half (the second is the MD5 of the
  volume's bytes, as pydyf makes it of its objects);
- the font programs: each part embeds its own subset of each font (WeasyPrint keeps glyph ids,
  ``RETAIN_GIDS``), and the volume one merged subset of each (:class:`_FontPrograms`).

Objects that are not streams are packed into compressed object streams of
:data:`OBJECTS_PER_STREAM`, with a cross-reference stream, as pydyf writes them (PDF 1.7,
ISO 32000-1 §7.5.7–7.5.8).
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from collections.abc import Iterator, Sequence
from io import BytesIO
from pathlib import Path
from typing import IO, Any

PART_LINK = "nashr-part:"
"""What the href of a link into another part starts with: made a link to the named destination."""

OBJECTS_PER_STREAM = 200
"""Objects in one compressed object stream of the volume (pydyf writes one stream of all)."""


class JoinError(Exception):
    """The parts cannot be joined (a part is not what :func:`nashr.publish.pdf.write_pdf` writes)."""


def _pairs(array: Sequence[Any]) -> Iterator[tuple[Any, Any]]:
    return zip(array[::2], array[1::2], strict=True)


class _Writer:
    """A PDF written as objects come: streams at once, other objects packed into object streams."""

    def __init__(self, out: IO[bytes], header: bytes) -> None:
        self.out = out
        self.position = 0
        self.digest = hashlib.md5(usedforsecurity=False)
        # the cross-reference entry of object n at n - 1 of each: type (0 while not written, 1 in the file,
        # 2 in an object stream), field 2 (its offset or its object stream's number), field 3 (its index
        # there); three arrays of numbers, not a tuple in a dict for each (the volume of 100 synthetic
        # texts has 72,253 objects: about 170 bytes an object that way, 11 here)
        self.types, self.fields, self.indices = array("B"), array("Q"), array("H")
        self.pending: list[tuple[int, bytes]] = []
        self.count = 0  # numbers given
        self._write(header + b"%\xf0\x9f\x96\xa4\n")  # the part's version line, then pydyf's binary comment

    def number(self) -> int:
        """A new object number."""
        self.count += 1
        self.types.append(0)
        self.fields.append(0)
        self.indices.append(0)
        return self.count

    def _write(self, data: bytes) -> None:
        self.out.write(data)
        self.digest.update(data)
        self.position += len(data)

    def stream(self, number: int, data: bytes) -> None:
        """Write object ``number`` (its serialised form: a stream, or anything not to pack)."""
        self.types[number - 1], self.fields[number - 1] = 1, self.position
        self._write(b"%d 0 obj\n%s\nendobj\n" % (number, data))

    def add(self, number: int, data: bytes) -> None:
        """Object ``number`` (its serialised form, not a stream), packed into the next object stream."""
        self.pending.append((number, data))
        if len(self.pending) == OBJECTS_PER_STREAM:
            self.flush()

    def flush(self) -> None:
        """Write the objects waiting as one compressed object stream."""
        import pydyf

        if not self.pending:
            return
        number, offsets, position = self.number(), [], 0
        for index, (packed, data) in enumerate(self.pending):
            offsets.append(f"{packed} {position}")
            position += len(data) + 1
            self.types[packed - 1], self.fields[packed - 1], self.indices[packed - 1] = 2, number, index
        head = " ".join(offsets)
        body = [head, *(data for _, data in self.pending)]
        extra = {"Type": "/ObjStm", "N": len(self.pending), "First": len(head) + 1}
        self.stream(number, pydyf.Stream(body, extra, compress=True).data)
        self.pending = []

    def close(self, root: int, info: int, first_id: bytes) -> None:
        """Write the cross-reference stream and the end of the file (every number given must have
        been written).

        Raises:
            JoinError: an object was referred to but never written.
        """
        import pydyf

        self.flush()
        number = self.number()
        missing = [n for n in range(1, number) if not self.types[n - 1]]
        if missing:
            raise JoinError(f"objects {missing[:5]} of the volume were referred to but not written")
        identifier = pydyf.String(self.digest.hexdigest().encode()).data
        xref_at = self.position
        self.types[-1], self.fields[-1] = 1, xref_at
        widths = (1, (max(xref_at, number).bit_length() + 7) // 8, 2)  # 2: generation 65535, < 65536 objects a stream
        table = bytearray(bytes(1 + widths[1]) + b"\xff\xff")  # object 0: free, generation 65535
        for entry in zip(self.types, self.fields, self.indices, strict=True):
            for width, value in zip(widths, entry, strict=True):
                table += value.to_bytes(width, "big")
        extra = {"Type": "/XRef", "Index": pydyf.Array((0, number + 1)), "W": pydyf.Array(widths), "Size": number + 1,
                 "Root": f"{root} 0 R", "Info": f"{info} 0 R",
                 "ID": pydyf.Array((pydyf.String(first_id).data, identifier))}
        self.stream(number, pydyf.Stream([bytes(table)], extra, compress=True).data)
        self._write(b"startxref\n%d\n%%%%EOF\n" % xref_at)


def _serialise(obj: Any) -> bytes:
    out = BytesIO()
    obj.write_to_stream(out)
    return out.getvalue()


def _nested(bookmarks: Sequence[Sequence[Any]]) -> list[Any]:
    """WeasyPrint's bookmark tree (``(label, (page index, x, y), children, state)``) of the
    volume's flat bookmarks, nested as in one document (``weasyprint.anchors.make_page_bookmark_tree``)."""
    from types import SimpleNamespace

    from weasyprint.anchors import make_page_bookmark_tree
    from weasyprint.matrix import Matrix

    root: list[Any] = []
    skipped: list[int] = []
    last_by_depth = [root]
    level = 0
    identity = Matrix()
    for index, mark_level, label, x, y, state in bookmarks:
        page = SimpleNamespace(bookmarks=[(mark_level, label, (x, y), state)])
        level = make_page_bookmark_tree(page, skipped, last_by_depth, level, index, identity)
    return root


class _Outlines:
    """What ``weasyprint.pdf.anchors.add_outlines`` needs of a ``pydyf.PDF``: the volume's page
    references, new objects (numbered by the writer, written when the outline is complete), the
    catalogue's ``Outlines``."""

    def __init__(self, writer: _Writer, pages: Sequence[int]) -> None:
        self.writer = writer
        self.page_references = [b"%d 0 R" % page for page in pages]
        self.objects: list[Any] = []
        self.catalog: dict[str, Any] = {}

    def add_object(self, obj: Any) -> None:
        obj.number = self.writer.number()
        self.objects.append(obj)


class _FontPrograms:
    """One program for each embedded font of the volume: the parts' subsets merged.

    WeasyPrint subsets a font keeping its glyph ids (HarfBuzz's ``RETAIN_GIDS``): a part's subset
    holds the glyphs the part drew at their ids in the font, the others empty, up to the highest id
    it drew. So the merged program is the largest subset (it reaches the highest id any part drew)
    with, at each id, the glyph some part drew there: each part's text, its widths (``/W``) and
    its ``ToUnicode`` map stay right with it. Glyphs are copied as compiled (a composite glyph names
    its components by id, the same in every subset). Fonts are told apart by their ``/FontName``
    (WeasyPrint derives the subset tag from the font, the same in every part).
    """

    def __init__(self, writer: _Writer) -> None:
        self.writer = writer
        self.numbers: dict[str, int] = {}
        self.largest: dict[str, bytes] = {}  # font name → the subset with the most glyphs
        self.glyphs: dict[str, dict[int, tuple[bytes, tuple[int, int]]]] = {}  # name → id → (glyph, metrics)

    def program(self, name: str, stream: Any) -> int:
        """The number of the volume's program of the font ``name``, merging in a part's ``stream``
        (its ``/FontFile2``)."""
        from fontTools.ttLib import TTFont

        data = stream.get_data()
        font = TTFont(BytesIO(data))
        order = font.getGlyphOrder()
        if name not in self.numbers:
            self.numbers[name], self.largest[name], self.glyphs[name] = self.writer.number(), data, {}
        elif len(order) > len(TTFont(BytesIO(self.largest[name])).getGlyphOrder()):
            self.largest[name] = data
        glyf, metrics, drawn = font["glyf"], font["hmtx"].metrics, self.glyphs[name]
        for gid, glyph_name in enumerate(order):
            compiled = glyf.glyphs[glyph_name].compile(glyf)  # as stored: component ids, not names
            if compiled and gid not in drawn:
                drawn[gid] = (compiled, metrics[glyph_name])
        return self.numbers[name]

    def write(self) -> None:
        """Write every merged program (compressed, as WeasyPrint writes a subset)."""
        import pydyf
        from fontTools.ttLib import TTFont
        from fontTools.ttLib.tables._g_l_y_f import Glyph

        for name in sorted(self.numbers):
            font = TTFont(BytesIO(self.largest[name]), recalcTimestamp=False)  # head.modified: the subset's
            order, glyf, metrics = font.getGlyphOrder(), font["glyf"], font["hmtx"].metrics
            for gid, (compiled, advance) in self.glyphs[name].items():
                glyf.glyphs[order[gid]] = Glyph(compiled)
                metrics[order[gid]] = advance
            out = BytesIO()
            font.save(out)
            program = out.getvalue()
            extra = {"Filter": "/FlateDecode", "Length1": len(program)}  # as WeasyPrint writes a FontFile2
            self.writer.stream(self.numbers[name], pydyf.Stream([zlib.compress(program)], extra).data)


def _reader(handle: IO[bytes]) -> Any:
    """A pypdf reader of the part open as ``handle`` that parses an object of an object stream only
    when it is asked for.

    pypdf reads a file named by its path whole into memory, and parses and caches every object of
    an object stream as soon as one of them is asked for (``PdfReader._get_object_from_stream``,
    pypdf 7; pypdf 5 and 6 every object up to it). WeasyPrint packs every object of a part that is
    not a stream into one object stream: the front matter's entries of the contents and its
    attached files, the index's links (an annotation, a structure element and its object
    reference for each page number), so the join held every one of them at once, a share of the
    volume growing with the edition (docs/scale.md, round 45). Here the part is read from its file
    as pypdf reads an open stream, each object stream is decompressed once and kept as bytes with
    the offset of each object (its header: ISO 32000-1 §7.5.7), and an object is parsed from there
    when it is asked for, then cached by pypdf as any object is (:meth:`_Part.copy` drops it once
    written).
    """
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject, read_object

    class Reader(PdfReader):
        def __init__(self, stream: IO[bytes]) -> None:
            self.object_streams: dict[int, tuple[bytes, dict[int, int]]] = {}  # number → (data, object → offset)
            super().__init__(stream)

        def _get_object_from_stream(self, indirect_reference: IndirectObject) -> Any:
            number = indirect_reference.idnum
            container = self.xref_objStm[number][0]
            if container not in self.object_streams:
                stream = self.get_object(container)
                assert stream is not None
                data, first = stream.get_data(), int(stream["/First"])
                header = data[:first].split()
                self.object_streams[container] = data, {int(n): first + int(at) for n, at in _pairs(header)}
                self.resolved_objects.pop((0, container), None)
            data, offsets = self.object_streams[container]
            source = BytesIO(data)
            source.seek(offsets[number])
            return read_object(source, self)

    return Reader(handle)


class _Part:
    """One part being copied: its reader, its objects' numbers in the volume (:meth:`close` when
    its objects are written)."""

    def __init__(self, path: Path, writer: _Writer, fonts: _FontPrograms, shared: dict[str, int], shift: int) -> None:
        self.handle = path.open("rb")
        self.reader = _reader(self.handle)
        self.writer, self.fonts, self.shift = writer, fonts, shift
        self.trailer = self.reader.trailer
        self.root = self.trailer["/Root"].get_object()
        tree = self.root["/StructTreeRoot"]
        flat = "/Nums" in tree["/ParentTree"] and "/Kids" not in self.root["/Pages"]["/Kids"][0].get_object()
        if len(tree["/K"]) != 1 or not flat:
            self.close()
            raise JoinError(f"{path}: not a part written by nashr (one page tree, a structure tree of one "
                            "Document element, a flat parent tree)")
        self.document = tree["/K"][0].get_object()
        # what the part had for the whole document stands for the volume's own
        self.numbers: dict[int, int] = {
            self.trailer.raw_get("/Root").idnum: shared["catalog"],
            self.root.raw_get("/Pages").idnum: shared["pages"],
            self.root.raw_get("/StructTreeRoot").idnum: shared["tree"],
            tree["/K"][0].idnum: shared["document"],
        }
        self.todo: list[tuple[int, int]] = []

    def close(self) -> None:
        """Close the part's file (its objects are read from it when asked for)."""
        self.handle.close()

    def ref(self, number: int) -> Any:
        """The volume's reference for this part's object ``number`` (to be copied if new)."""
        from pypdf.generic import IndirectObject

        new = self.numbers.get(number)
        if new is None:
            new = self.numbers[number] = self.writer.number()
            self.todo.append((number, new))
        return IndirectObject(new, 0, None)  # type: ignore[arg-type]

    def renumbered(self, obj: Any) -> Any:
        """``obj`` with every reference made the volume's (in place, for containers)."""
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

        if isinstance(obj, IndirectObject):
            return self.ref(obj.idnum)
        if isinstance(obj, DictionaryObject):
            for key, value in list(obj.items()):
                obj[key] = self.renumbered(value)
        elif isinstance(obj, ArrayObject):
            for index, value in enumerate(obj):
                obj[index] = self.renumbered(value)
        return obj

    def adjusted(self, obj: Any) -> Any:
        """A page or annotation as the volume needs it: parent-tree keys shifted, links into other
        parts made links to named destinations."""
        from pypdf.generic import DictionaryObject, NameObject, NumberObject, TextStringObject

        if not isinstance(obj, DictionaryObject):
            return obj
        for key in ("/StructParents", "/StructParent"):
            if key in obj:
                obj[NameObject(key)] = NumberObject(obj[key] + self.shift)
        action = obj.get("/A")
        if isinstance(action, DictionaryObject) and str(action.get("/URI", "")).startswith(PART_LINK):
            anchor = str(action["/URI"]).removeprefix(PART_LINK)
            del obj["/A"]
            obj[NameObject("/Dest")] = TextStringObject(anchor)
        return obj

    def copy(self) -> None:
        """Copy every object asked for so far, and those they refer to, each dropped from the
        reader's cache once written (pypdf's ``PdfReader.resolved_objects`` keeps every object it
        has parsed, keyed by generation and number: a part's copy would hold all its objects, and
        the front matter's, with every TEI file attached, grows with the edition). A copied object
        is never read again: a second reference to it finds its number in :attr:`numbers`."""
        from pypdf.generic import DictionaryObject, IndirectObject, NameObject, StreamObject

        while self.todo:
            number, new = self.todo.pop()
            obj = self.reader.get_object(number)
            self.reader.resolved_objects.pop((0, number), None)  # WeasyPrint writes generation 0 only
            program = None
            if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/FontDescriptor" and "/FontFile2" in obj:
                program = self.fonts.program(str(obj["/FontName"]), obj["/FontFile2"])
                del obj["/FontFile2"]
            obj = self.renumbered(self.adjusted(obj))
            if program is not None:
                obj[NameObject("/FontFile2")] = IndirectObject(program, 0, None)  # type: ignore[arg-type]
            data = _serialise(obj)
            (self.writer.stream if isinstance(obj, StreamObject) else self.writer.add)(new, data)

    def pages(self) -> list[int]:
        """The volume's numbers of this part's pages, in order (copied with what they need)."""
        pages = [self.ref(kid.idnum).idnum for kid in self.root["/Pages"]["/Kids"]]
        self.copy()
        return pages

    def structure(self) -> tuple[list[Any], list[Any], int]:
        """The elements under the part's ``Document`` element and the part's parent-tree entries
        (keys shifted), as the volume's references; the next free key."""
        from pypdf.generic import NumberObject

        elements = [self.renumbered(kid) for kid in self.document["/K"]]
        entries, next_key = [], self.shift
        for key, value in _pairs(self.root["/StructTreeRoot"]["/ParentTree"]["/Nums"]):
            entries += [NumberObject(key + self.shift), self.renumbered(value)]
            next_key = max(next_key, key + self.shift + 1)
        self.copy()
        return elements, entries, next_key

    def destinations(self) -> list[tuple[str, Any]]:
        """The part's named destinations (WeasyPrint writes one flat name tree)."""
        named = self.root.get("/Names", {}).get("/Dests", {}).get("/Names", [])
        found = [(str(name), self.renumbered(destination)) for name, destination in _pairs(named)]
        self.copy()
        return found


class Joiner:
    """The volume written to ``out`` a part at a time, in any order (:meth:`add`), then finished
    (:meth:`finish`); see the module's description. What it holds between parts: the numbers of
    each part's pages, its structure elements and parent-tree entries and its named destinations
    (as written), and the glyphs of each font.
    """

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.writer: _Writer | None = None
        self.shared: dict[str, int] = {}
        self.fonts: _FontPrograms | None = None
        self.slots: dict[int, tuple[list[int], bytes]] = {}  # slot → (pages, structure elements)
        self.entries: list[tuple[int, bytes]] = []  # parent tree: (key, value as written)
        self.names: dict[str, bytes] = {}
        self.next_key = 0
        self.first: _Part | None = None

    def add(self, slot: int, path: Path) -> None:
        """Copy the part at ``path``, the ``slot``-th of the volume (0: the first, which gives the
        catalogue; the others in any order).

        Raises:
            JoinError: the part is not a tagged PDF written by :func:`nashr.publish.pdf.write_pdf`.
        """
        if self.writer is None:
            with path.open("rb") as handle:
                self.writer = _Writer(self.out, handle.readline())
            self.shared = {name: self.writer.number() for name in ("catalog", "pages", "tree", "document")}
            self.fonts = _FontPrograms(self.writer)
        assert self.fonts is not None
        part = _Part(path, self.writer, self.fonts, self.shared, self.next_key)
        pages = part.pages()
        elements, entries, self.next_key = part.structure()
        self.slots[slot] = (pages, b" ".join(_serialise(element) for element in elements))
        self.entries += [(int(key), _serialise(value)) for key, value in _pairs(entries)]
        for name, destination in part.destinations():
            self.names.setdefault(name, _serialise(destination))
        if slot == 0:
            self.first = part  # read again by finish
        else:
            part.close()

    def finish(self, bookmarks: Sequence[Sequence[Any]]) -> None:
        """Write what the volume has once (catalogue, page tree, structure tree, names, outline,
        fonts) and the end of the file.

        Args:
            bookmarks: the volume's bookmarks as ``[page index in the volume, level, label, x,
                y (PDF points, origin bottom left), state]``, in order.
        Raises:
            JoinError: slot 0 or another slot before the last was not added.
        """
        from pypdf.generic import NameObject, TextStringObject
        from weasyprint.pdf.anchors import add_outlines

        first, writer, fonts, shared = self.first, self.writer, self.fonts, self.shared
        if first is None or writer is None or fonts is None or sorted(self.slots) != list(range(len(self.slots))):
            raise JoinError(f"parts {sorted(self.slots)} cannot make a volume (0 and every one after, up to the last)")
        catalog = first.root
        info = first.ref(first.trailer.raw_get("/Info").idnum).idnum
        kept = {key: first.renumbered(value) for key, value in catalog.items() if key not in
                ("/Type", "/Pages", "/StructTreeRoot", "/Outlines", "/Names")}
        embedded = catalog["/Names"].get("/EmbeddedFiles") if "/Names" in catalog else None
        if embedded is not None:
            embedded = first.renumbered(embedded)
        first.copy()
        fonts.write()
        pages = [page for slot in sorted(self.slots) for page in self.slots[slot][0]]
        outlines = _Outlines(writer, pages)
        add_outlines(outlines, _nested(bookmarks))
        for item in outlines.objects:
            writer.add(item.number, item.data)

        def ref(number: int) -> bytes:
            return b"%d 0 R" % number

        elements = b" ".join(self.slots[slot][1] for slot in sorted(self.slots))
        writer.add(shared["document"], b"<< /Type /StructElem /S /Document /P %s /K [%s] >>" % (
            ref(shared["tree"]), elements))
        numbers = b" ".join(b"%d %s" % entry for entry in sorted(self.entries))
        writer.add(shared["tree"], b"<< /Type /StructTreeRoot /K [%s] /ParentTree << /Nums [%s] >> >>" % (
            ref(shared["document"]), numbers))
        writer.add(shared["pages"], b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
            len(pages), b" ".join(ref(page) for page in pages)))
        names = b" ".join(_serialise(TextStringObject(name)) + b" " + self.names[name] for name in sorted(self.names))
        files = b" /EmbeddedFiles " + _serialise(embedded) if embedded is not None else b""
        entries = b"".join(b" " + _serialise(NameObject(key)) + b" " + _serialise(value) for key, value in kept.items())
        outline = outlines.catalog.get("Outlines")
        writer.add(shared["catalog"], b"<< /Type /Catalog%s /Pages %s /StructTreeRoot %s /Names << /Dests << /Names "
                   b"[%s] >>%s >>%s >>" % (entries, ref(shared["pages"]), ref(shared["tree"]), names, files,
                                           b" /Outlines " + outline if outline else b""))
        identifier = first.trailer["/ID"][0]
        writer.close(shared["catalog"], info, getattr(identifier, "original_bytes", identifier))
        first.close()
