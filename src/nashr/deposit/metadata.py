"""Deposit metadata made from the teiHeaders by the XSLT 3.0 stylesheets in ``xslt/metadata/``
(run by saxonche through :mod:`nashr.publish.transform`, each compiled once per process).

Written into a bag's payload (paths relative to ``data/``):

- ``metadata/dc/<stem>.xml``: Dublin Core (OAI-PMH ``oai_dc``) per text (``oai_dc.xsl``);
- ``tei/corpus.xml``: a TEI ``teiCorpus`` holding every text under one header (``corpus.xsl``);
- ``metadata/datacite.xml``: DataCite Metadata Schema 4 for the edition (``datacite.xsl``);
- ``metadata/zenodo.json``: Zenodo deposit metadata, a crosswalk of the DataCite record
  (``zenodo.xsl``; the mapping lives in XSLT beside the others, Python only re-serialises the
  JSON with sorted keys and unescaped ``/`` so that it is stable and readable). The name has no
  leading dot: repositories strip or reject hidden files;
- ``mets.xml``: METS listing every other payload file with size, SHA-256 and MIME type
  (``mets.xsl``), at the payload root so that its ``xlink:href``s are payload paths.
"""

from __future__ import annotations

import dataclasses
import json
import posixpath
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from lxml import etree
from saxonche import PyXdmNode, PyXdmValue, PyXsltExecutable

from nashr import __version__
from nashr.config import Edition
from nashr.deposit.inventory import Entry
from nashr.publish import transform

METADATA_XSLT = transform.XSLT_DIR / "metadata"
DC_DIR = "metadata/dc"
DATACITE_NAME = "metadata/datacite.xml"
ZENODO_NAME = "metadata/zenodo.json"
METS_NAME = "mets.xml"
_CORPUS_TEMPLATE = "{urn:nashr:metadata}corpus"
_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _xdm(root: etree._Element) -> PyXdmNode:
    return transform.processor().parse_xml(xml_text=etree.tostring(root, encoding="unicode"))


def _sequence(nodes: Sequence[PyXdmNode]) -> PyXdmValue:
    # nashr.publish.transform.documents() calls PyXdmValue() without the processor that saxonche 13
    # requires; build the document-node()* sequence here until it is fixed there.
    value = PyXdmValue(transform.processor())
    for node in nodes:
        value.add_xdm_item(node)
    return value


def edition_document(edition: Edition) -> PyXdmNode:
    """Return ``edition`` as the XML document ``xslt/metadata/params.xsl`` describes:
    ``<edition>`` with one child per field and one ``<editor name role>`` per editor."""
    root = etree.Element("edition")
    for field in dataclasses.fields(edition):
        if field.name != "editors":
            etree.SubElement(root, field.name).text = str(getattr(edition, field.name))
    for editor in edition.editors:
        etree.SubElement(root, "editor", name=editor.name, role=editor.role)
    return _xdm(root)


def parameters(edition: Edition, build_date: date) -> dict[str, transform.ParamValue]:
    """The global parameters of every stylesheet in ``xslt/metadata/`` (see ``params.xsl``)."""
    return {
        "edition": edition_document(edition),
        "build-date": build_date.isoformat(),
        "nashr-version": __version__,
    }


def _sheet(name: str) -> PyXsltExecutable:
    return transform.shared().get(METADATA_XSLT / name)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def xml_models(path: Path, name: str, corpus: str) -> list[str]:
    """The pseudo-attributes of the ``<?xml-model?>`` PIs before the root of the payload file
    ``name`` (on disk at ``path``), with a relative ``href`` rewritten to point from the payload
    file ``corpus`` to the same schema (RFC 3986 §5.2 resolution, then re-relativised).

    Raises:
        lxml.etree.XMLSyntaxError: the file is not well-formed.
    """
    root = etree.parse(str(path), _SAFE).getroot()
    return [
        _rebased(str(node.text), posixpath.dirname(name), posixpath.dirname(corpus))
        for node in reversed(list(root.itersiblings(preceding=True)))
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model"
    ]


_HREF = re.compile(r"""\bhref=(["'])(.*?)\1""")


def _rebased(model: str, source_dir: str, target_dir: str) -> str:
    match = _HREF.search(model)
    if match is None or urllib.parse.urlsplit(match.group(2)).scheme or match.group(2).startswith("/"):
        return model
    schema = posixpath.normpath(posixpath.join(source_dir, match.group(2)))
    href = posixpath.relpath(schema, target_dir or ".")
    return f"{model[:match.start(2)]}{href}{model[match.end(2):]}"


def write_records(
    payload: Path, texts: Sequence[str], corpus: str, params: Mapping[str, transform.ParamValue]
) -> None:
    """Write the Dublin Core records, the teiCorpus, DataCite and Zenodo files into ``payload``.

    Args:
        payload: the bag's ``data/`` directory, already holding the texts.
        texts: payload names of the TEI texts (``tei/texts/<stem>.xml``), in corpus order.
        corpus: payload name of the teiCorpus to write (:func:`nashr.deposit.inventory.corpus_name`);
            its ``<?xml-model?>`` PIs point to the schemas the texts point to.
        params: from :func:`parameters`.
    Raises:
        nashr.publish.transform.TransformError: a stylesheet or a text failed.
    """
    documents = [transform.parse(payload / name) for name in texts]
    dc = _sheet("oai_dc.xsl")
    for name, document in zip(texts, documents, strict=True):
        _write(payload / DC_DIR / f"{Path(name).stem}.xml", transform.transform(dc, document, params))
    models = dict.fromkeys(m for name in texts for m in xml_models(payload / name, name, corpus))
    corpus_xml = transform.call_template(
        _sheet("corpus.xsl"),
        _CORPUS_TEMPLATE,
        {**params, "texts": _sequence(documents), "xml-models": "\n".join(models)},
    )
    _write(payload / corpus, corpus_xml)
    datacite = transform.transform(_sheet("datacite.xsl"), payload / corpus, params)
    _write(payload / DATACITE_NAME, datacite)
    zenodo = json.loads(transform.transform(_sheet("zenodo.xsl"), payload / DATACITE_NAME))
    _write(payload / ZENODO_NAME, json.dumps(zenodo, ensure_ascii=False, indent=2, sort_keys=True))


def inventory_document(entries: Sequence[Entry]) -> PyXdmNode:
    """Return the ``<inventory>`` document that ``mets.xsl`` reads (one ``<file>`` per entry,
    ``id`` = its METS file ID, ``file-00001`` upwards in entry order)."""
    root = etree.Element("inventory")
    for n, e in enumerate(entries, start=1):
        etree.SubElement(
            root, "file", id=f"file-{n:05d}", name=e.name, group=e.group, size=str(e.size),
            sha256=e.sha256, mime=e.media_type,
        )
    return _xdm(root)


_METS = "http://www.loc.gov/METS/"
_XLINK = "http://www.w3.org/1999/xlink"


def mets_groups(payload: Path) -> list[tuple[str, str]]:
    """``(payload name, group)`` of every file the bag's ``mets.xml`` lists (``mets:fileGrp/@USE``,
    ``mets:FLocat/@xlink:href``), so a bag can be checked without knowing the edition's layout;
    empty when there is no readable METS file."""
    try:
        root = etree.parse(str(payload / METS_NAME), _SAFE).getroot()
    except (OSError, etree.XMLSyntaxError):
        return []
    return [
        (str(locat.get(f"{{{_XLINK}}}href")), str(group.get("USE")))
        for group in root.iter(f"{{{_METS}}}fileGrp")
        for locat in group.iter(f"{{{_METS}}}FLocat")
        if locat.get(f"{{{_XLINK}}}href")
    ]


def write_mets(
    payload: Path, entries: Sequence[Entry], corpus_name: str, params: Mapping[str, transform.ParamValue]
) -> None:
    """Write ``mets.xml`` listing ``entries`` (every payload file but itself) into ``payload``;
    ``corpus_name`` is the teiCorpus's payload name, whose header describes the whole edition.

    Raises:
        nashr.publish.transform.TransformError: the stylesheet failed.
    """
    corpus = transform.parse(payload / corpus_name)
    mets = transform.transform(
        _sheet("mets.xsl"), inventory_document(entries), {**params, "corpus": corpus}
    )
    _write(payload / METS_NAME, mets)
