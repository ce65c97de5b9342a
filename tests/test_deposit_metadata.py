"""Deposit metadata from the teiHeaders: Dublin Core, teiCorpus, DataCite, Zenodo, METS.

The teiCorpus is validated against tei_all (../shared/schemas, through jing); the DataCite and
METS files against their XML Schemas in tests/deposit_schemas_pending.py (it needs two dev
dependencies that ship the schemas). No oai_dc schema is packaged anywhere offline, so the
Dublin Core records are checked against what oai_dc.xsd says (root oai_dc:dc, only the 15 DCMES
1.1 elements, text content only) and field by field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

from deposit_project import DATA, EDITION, jing_validator, make_payload, make_pdf, parse
from nashr.deposit import metadata
from nashr.deposit.bag import make_deposit

ROOT = Path(__file__).resolve().parents[1]
NS = {
    "tei": "http://www.tei-c.org/ns/1.0",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dc4": "http://datacite.org/schema/kernel-4",
    "mets": "http://www.loc.gov/METS/",
    "xlink": "http://www.w3.org/1999/xlink",
}
DCMES = {"title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
         "format", "identifier", "source", "language", "relation", "coverage", "rights"}
PLENUM = "internasional-216-plenum-29"
STATEMENT = "internasional-300-statement"


@pytest.fixture(scope="module")
def payload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_payload(tmp_path_factory.mktemp("metadata"))


# --- Dublin Core ----------------------------------------------------------------------------


def _dc(payload: Path, stem: str) -> dict[str, list[str]]:
    root = parse(payload / "metadata" / "dc" / f"{stem}.xml").getroot()
    fields: dict[str, list[str]] = {}
    for child in root:
        fields.setdefault(etree.QName(child).localname, []).append(child.text or "")
    return fields


@pytest.mark.parametrize("stem", [PLENUM, STATEMENT])
def test_dublin_core_has_the_oai_dc_structure(payload: Path, stem: str) -> None:
    tree = parse(payload / "metadata" / "dc" / f"{stem}.xml")
    root = tree.getroot()
    assert root.tag == "{http://www.openarchives.org/OAI/2.0/oai_dc/}dc"
    assert tree.docinfo.xml_version == "1.0" and tree.docinfo.encoding == "UTF-8"
    for child in root:
        name = etree.QName(child)
        assert name.namespace == NS["dc"] and name.localname in DCMES
        assert len(child) == 0 and set(child.attrib) <= {"{http://www.w3.org/XML/1998/namespace}lang"}


def test_dublin_core_fields_of_the_plenum_statement(payload: Path) -> None:
    dc = _dc(payload, PLENUM)
    assert dc["title"] == ["اطلاعیه پایانی پلنوم ۲۹ کمیته مرکزی حزب کمونیست کارگری ایران"]
    assert dc["creator"] == ["کمیته مرکزی حزب کمونیست کارگری ایران"]
    assert dc["contributor"] == ["Shirin Karimi", "nashr"]
    assert dc["subject"] == ["statement"]
    assert dc["date"] == ["2007-10-28"]  # creation/date/@notBefore: the plenum ended on 28 October
    assert dc["source"] == ["انترناسیونال ۲۱۶"]
    assert dc["language"] == ["fa"]
    assert dc["type"] == ["Text"]
    assert dc["format"] == ["application/tei+xml"]
    assert dc["identifier"] == ["internasional-216-plenum-29"]
    assert dc["relation"] == ["https://example.org/nashr-edition/"]
    assert dc["rights"] == ["CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"]


def test_dublin_core_fields_of_the_second_text(payload: Path) -> None:
    dc = _dc(payload, STATEMENT)
    assert dc["title"] == ["اطلاعیه دفتر سیاسی"]
    assert dc["date"] == ["2009-06-20"]
    assert dc["publisher"] == ["nashr project"]
    assert dc["source"] == ["انترناسیونال ۳۰۰"]
    assert dc["subject"] == ["resolution"]


# --- teiCorpus ------------------------------------------------------------------------------


def test_corpus_is_valid_tei_and_holds_every_text(payload: Path) -> None:
    corpus = payload / "tei" / "corpus.xml"
    assert jing_validator([corpus]) == []
    tree = parse(corpus)
    assert tree.getroot().tag == "{http://www.tei-c.org/ns/1.0}teiCorpus"
    texts = tree.xpath("/tei:teiCorpus/tei:TEI", namespaces=NS)
    assert [t.get("{http://www.w3.org/XML/1998/namespace}base") for t in texts] == [
        f"texts/{PLENUM}.xml", f"texts/{STATEMENT}.xml"]
    models = [pi for pi in tree.getroot().itersiblings(preceding=True)
              if isinstance(pi, etree._ProcessingInstruction)]
    assert [pi.target for pi in models] == ["xml-model"]
    header = tree.xpath("/tei:teiCorpus/tei:teiHeader/tei:fileDesc", namespaces=NS)[0]
    assert header.xpath("string(tei:titleStmt/tei:title[1])", namespaces=NS) == EDITION.title
    assert header.xpath("string(tei:publicationStmt/tei:availability/tei:licence/@target)",
                        namespaces=NS) == EDITION.licence_url
    assert header.xpath("tei:sourceDesc/tei:listBibl/tei:bibl/tei:ptr/@target", namespaces=NS) == [
        f"texts/{PLENUM}.xml", f"texts/{STATEMENT}.xml"]


def test_corpus_renames_only_ids_that_two_texts_share(payload: Path) -> None:
    tree = parse(payload / "tei" / "corpus.xml")
    ids = tree.xpath("//@xml:id")
    assert len(ids) == len(set(ids))
    # both texts declare xml:id="nashr" and the calendars: each copy is prefixed with its stem
    assert f"{STATEMENT}.nashr" in ids and f"{PLENUM}.jalali" in ids and "nashr" not in ids
    # ids used once stay as they are
    assert f"{STATEMENT}.l3" in ids and "p3" in ids and STATEMENT in ids
    # and the pointers follow
    statement = tree.xpath(f"//tei:TEI[@xml:id='{STATEMENT}']", namespaces=NS)[0]
    assert statement.xpath("string(.//tei:change/@who)", namespaces=NS) == f"#{STATEMENT}.nashr"
    assert set(statement.xpath(".//@datingMethod | .//@calendar")) == {f"#{STATEMENT}.jalali"}
    assert statement.xpath("string(.//tei:placeName/@ref)", namespaces=NS) == \
        "../registers/places.xml#pl-tehran"


# --- DataCite and Zenodo --------------------------------------------------------------------


def test_datacite_fields(payload: Path) -> None:
    root = parse(payload / "metadata" / "datacite.xml").getroot()

    def values(path: str) -> list[str]:
        return [str(v) for v in root.xpath(path, namespaces=NS)]

    assert values("dc4:identifier/@identifierType") == ["URL"]
    assert values("dc4:identifier/text()") == ["https://example.org/nashr-edition/"]
    assert values("dc4:creators/dc4:creator/dc4:creatorName/text()") == ["Shirin Karimi", "nashr"]
    assert values("dc4:titles/dc4:title/text()") == [EDITION.title, EDITION.title_en]
    assert values("dc4:titles/dc4:title/@titleType") == ["TranslatedTitle"]
    assert values("dc4:publicationYear/text()") == ["2026"]
    assert values("dc4:resourceType/@resourceTypeGeneral") == ["Collection"]
    assert values("dc4:subjects/dc4:subject/text()") == ["resolution", "statement"]
    assert values("dc4:dates/dc4:date[@dateType='Issued']/text()") == ["2026-11-23"]
    assert values("dc4:dates/dc4:date[@dateType='Created']/text()") == ["2007-10-28/2009-06-20"]
    assert values("dc4:language/text()") == ["fa"]
    assert values("dc4:sizes/dc4:size/text()") == ["2 texts"]
    assert values("dc4:rightsList/dc4:rights/@rightsIdentifier") == ["CC-BY-4.0"]
    assert values("dc4:rightsList/dc4:rights/@rightsURI") == [EDITION.licence_url]
    assert values("dc4:descriptions/dc4:description/text()") == [EDITION.description]
    assert values("dc4:descriptions/dc4:description/@xml:lang") == ["en"]  # written in Latin letters


def test_datacite_description_in_persian_is_marked_persian(tmp_path: Path) -> None:
    shutil.copytree(DATA / "project" / "tei" / "texts", tmp_path / "tei" / "texts")
    edition = dataclasses.replace(EDITION, description="دو متن حزبی به رمزگذاری TEI P5.")
    metadata.write_records(tmp_path, [f"tei/texts/{PLENUM}.xml"], "tei/corpus.xml",
                           metadata.parameters(edition, dt.date(2026, 11, 23)))
    root = parse(tmp_path / "metadata" / "datacite.xml").getroot()
    description = root.find("dc4:descriptions/dc4:description", NS)
    assert description.text == edition.description
    assert description.get("{http://www.w3.org/XML/1998/namespace}lang") == "fa"  # was "en"


def test_zenodo_json(payload: Path) -> None:
    text = (payload / "metadata" / "zenodo.json").read_text(encoding="utf-8")
    zenodo = json.loads(text)
    assert zenodo == {
        "access_right": "open",
        "creators": [{"name": "Shirin Karimi"}, {"name": "nashr"}],
        "description": EDITION.description,
        "keywords": ["resolution", "statement"],
        "language": "fas",
        "license": "cc-by-4.0",
        "publication_date": "2026-11-23",
        "publication_type": "other",
        "title": EDITION.title,
        "upload_type": "publication",
    }
    assert list(zenodo) == sorted(zenodo)
    assert "اسناد" in text and "\\/" not in text


@pytest.mark.parametrize(("licence", "spdx"), [("CC BY-SA 4.0", "CC-BY-SA-4.0"), ("CC0 1.0", "CC0-1.0"),
                                               ("http://rightsstatements.org/vocab/InC/1.0/", None)])
def test_licence_identifiers(tmp_path: Path, licence: str, spdx: str | None) -> None:
    shutil.copytree(DATA / "project" / "tei" / "texts", tmp_path / "tei" / "texts")
    edition = dataclasses.replace(EDITION, licence=licence)
    texts = [f"tei/texts/{PLENUM}.xml"]
    metadata.write_records(tmp_path, texts, "tei/corpus.xml", metadata.parameters(edition, dt.date(2026, 11, 23)))
    root = parse(tmp_path / "metadata" / "datacite.xml").getroot()
    assert root.xpath("dc4:rightsList/dc4:rights/@rightsIdentifier", namespaces=NS) == ([spdx] if spdx else [])
    zenodo = json.loads((tmp_path / "metadata" / "zenodo.json").read_text(encoding="utf-8"))
    assert zenodo.get("license") == (spdx.lower() if spdx else None)


# --- METS -----------------------------------------------------------------------------------


def test_mets_lists_every_file_with_checksum_and_type(payload: Path) -> None:
    root = parse(payload / "mets.xml").getroot()
    listed = {
        f.find("mets:FLocat", NS).get(f"{{{NS['xlink']}}}href"): f
        for f in root.iterfind("mets:fileSec/mets:fileGrp/mets:file", NS)
    }
    on_disk = sorted(p.relative_to(payload).as_posix() for p in payload.rglob("*") if p.is_file())
    assert sorted(listed) == [name for name in on_disk if name != "mets.xml"]
    for name, file in listed.items():
        content = (payload / name).read_bytes()
        assert file.get("CHECKSUMTYPE") == "SHA-256"
        assert file.get("CHECKSUM") == hashlib.sha256(content).hexdigest()
        assert file.get("SIZE") == str(len(content))
    types = {name: file.get("MIMETYPE") for name, file in listed.items()}
    assert types[f"tei/texts/{PLENUM}.xml"] == "application/tei+xml"
    assert types["tei/corpus.xml"] == "application/tei+xml"
    assert types["tei/schema/nashr.rng"] == "application/xml"
    assert types["site/index.html"] == "text/html"
    assert types["site/style.css"] == "text/css"
    assert types[f"pdf/{PLENUM}.pdf"] == "application/pdf"
    assert types["metadata/zenodo.json"] == "application/json"


def test_mets_groups_each_texts_files(payload: Path) -> None:
    root = parse(payload / "mets.xml").getroot()
    hrefs = {f.get("ID"): f.find("mets:FLocat", NS).get(f"{{{NS['xlink']}}}href")
             for f in root.iterfind(".//mets:file", NS)}
    divs = root.findall("mets:structMap/mets:div/mets:div[@TYPE='text']", NS)
    assert [d.get("LABEL") for d in divs] == [
        "اطلاعیه پایانی پلنوم ۲۹ کمیته مرکزی حزب کمونیست کارگری ایران", "اطلاعیه دفتر سیاسی"]
    assert sorted(hrefs[p.get("FILEID")] for p in divs[1].iterfind("mets:fptr", NS)) == [
        f"metadata/dc/{STATEMENT}.xml", f"pdf/{STATEMENT}.pdf", f"site/{STATEMENT}.html",
        f"tei/texts/{STATEMENT}.xml"]
    dmd = root.find(f"mets:dmdSec[@ID='{divs[1].get('DMDID')}']/mets:mdRef", NS)
    assert dmd.get("MDTYPE") == "DC"
    assert dmd.get(f"{{{NS['xlink']}}}href") == f"metadata/dc/{STATEMENT}.xml"
    # every file appears in the structMap exactly once
    pointers = [p.get("FILEID") for p in root.iterfind(".//mets:fptr", NS)]
    assert sorted(pointers) == sorted(hrefs)


def test_date_falls_back_to_the_source_imprint(tmp_path: Path) -> None:
    source = DATA / "project" / "tei" / "texts" / f"{STATEMENT}.xml"
    text = tmp_path / "tei" / "texts" / f"{STATEMENT}.xml"
    text.parent.mkdir(parents=True)
    xml = source.read_text(encoding="utf-8")
    xml = re.sub(r"<creation>.*?</creation>", "", xml)
    text.write_text(xml, encoding="utf-8")
    metadata.write_records(tmp_path, [f"tei/texts/{STATEMENT}.xml"], "tei/corpus.xml",
                           metadata.parameters(EDITION, dt.date(2026, 11, 23)))
    root = parse(tmp_path / "metadata" / "dc" / f"{STATEMENT}.xml").getroot()
    assert root.xpath("dc:date/text()", namespaces=NS) == ["2009-06-20"]  # imprint/date/@when


def test_deposit_of_the_converted_seeds(converted: dict[str, Path], tmp_path: Path) -> None:
    """The five seeds as `nashr convert` makes them, with the project's registers, validated
    against tei_all by jing: the bag is made, and its corpus and records follow the texts."""
    root = tmp_path / "project"
    shutil.copytree(DATA / "project" / "site", root / "site")
    shutil.copytree(DATA / "project" / "tei" / "schema", root / "tei" / "schema")
    shutil.copytree(ROOT / "tei" / "registers", root / "tei" / "registers")
    (root / "tei" / "texts").mkdir()
    for path in converted.values():
        shutil.copyfile(path, root / "tei" / "texts" / path.name)
        make_pdf(root / "pdf" / f"{path.stem}.pdf", path.stem)
    payload = make_deposit(root, tmp_path / "bag", EDITION, validator=jing_validator) / "data"
    assert jing_validator([payload / "tei" / "corpus.xml"]) == []
    corpus = parse(payload / "tei" / "corpus.xml")
    assert len(corpus.xpath("/tei:teiCorpus/tei:TEI", namespaces=NS)) == len(converted) == 5
    for path in converted.values():
        title = parse(path).xpath("string(//tei:titleStmt/tei:title[1])", namespaces=NS)
        assert _dc(payload, path.stem)["title"] == [" ".join(title.split())]
        # the text's address where the edition has one (its idno type="URI"), not its local name
        uri = parse(path).xpath("string(//tei:publicationStmt/tei:idno[@type='URI'])", namespaces=NS)
        assert uri.startswith("https://") and _dc(payload, path.stem)["identifier"] == [uri]
