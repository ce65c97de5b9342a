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
CORPUS_NAME = "tei/corpus.xml"
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


def xml_models(path: Path) -> list[str]:
    """Return the pseudo-attributes of the ``<?xml-model?>`` PIs before the root of an XML file.

    Raises:
        lxml.etree.XMLSyntaxError: the file is not well-formed.
    """
    root = etree.parse(str(path), _SAFE).getroot()
    return [
        str(node.text)
        for node in reversed(list(root.itersiblings(preceding=True)))
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model"
    ]


def write_records(
    payload: Path, texts: Sequence[str], params: Mapping[str, transform.ParamValue]
) -> None:
    """Write the Dublin Core records, the teiCorpus, DataCite and Zenodo files into ``payload``.

    Args:
        payload: the bag's ``data/`` directory, already holding the texts.
        texts: payload names of the TEI texts (``tei/texts/<stem>.xml``), in corpus order.
        params: from :func:`parameters`.
    Raises:
        nashr.publish.transform.TransformError: a stylesheet or a text failed.
    """
    documents = [transform.parse(payload / name) for name in texts]
    dc = _sheet("oai_dc.xsl")
    for name, document in zip(texts, documents, strict=True):
        _write(payload / DC_DIR / f"{Path(name).stem}.xml", transform.transform(dc, document, params))
    models = dict.fromkeys(m for name in texts for m in xml_models(payload / name))
    corpus = transform.call_template(
        _sheet("corpus.xsl"),
        _CORPUS_TEMPLATE,
        {**params, "texts": _sequence(documents), "xml-models": "\n".join(models)},
    )
    _write(payload / CORPUS_NAME, corpus)
    datacite = transform.transform(_sheet("datacite.xsl"), payload / CORPUS_NAME, params)
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


def write_mets(
    payload: Path, entries: Sequence[Entry], params: Mapping[str, transform.ParamValue]
) -> None:
    """Write ``mets.xml`` listing ``entries`` (every payload file but itself) into ``payload``.

    Raises:
        nashr.publish.transform.TransformError: the stylesheet failed.
    """
    corpus = transform.parse(payload / CORPUS_NAME)
    mets = transform.transform(
        _sheet("mets.xsl"), inventory_document(entries), {**params, "corpus": corpus}
    )
    _write(payload / METS_NAME, mets)
