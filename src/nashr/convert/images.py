"""An image a copy of a web page kept as text (issue 12).

A page's image leaves a line where the copy reads the page's text: the image's label (the
alternative text or caption a site's editor gave it, often the uploaded file's name) or, where
the copy read the source, the image's address. Alone on its line either says by its shape that
it stands for an image, whatever site it comes from:

* the **file name** of an image alone (no path, ending in an image format's extension:
  «18-Qaws98-MUL1.JPG», «9-4-1400-MUL1.jpg», a wiki's «Help (89606) - The Noun Project.svg»): the
  image's label, ``note`` as the collection's image alternative texts and captions are
  (tests/data/corpus/README.md, «Photo captions and image alternative text: note»);
* the **address** of an image alone («http://www.smskade.ir/wp-content/uploads/2016/01/….jpg»): the
  page's, ``fw`` (the README's convention for «the address of an embedded image left as text»).

Decided once every other rule has read the text (boilerplate and furniture blocks take such a line
for furniture, a date rule reads the date in «9-4-1400-MUL1.jpg»); a verse line or a line of code
keeps its role. Linear in the number of lines.

Measured on the collection, each page alone: 4 lines right more (meshran.website's photo labels 3,
smskade.ir's image address 1), none wrong more; every line of the collection that is an image's file
name or address alone is right.
"""

from __future__ import annotations

import re

from nashr.convert.document import Document

IMAGE_EXTENSION = r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)"
# (A wiki's file names hold spaces: «Help (89606) - The Noun Project.svg», OpenStreetMap's wiki.)
IMAGE_FILE = re.compile(rf"^[^\s/\\][^/\\]{{0,79}}{IMAGE_EXTENSION}$", re.IGNORECASE)
IMAGE_ADDRESS = re.compile(rf"^(?:https?://|www\.)\S+{IMAGE_EXTENSION}$", re.IGNORECASE)
KEEP_ROLES = frozenset({"l", "code", "code+"})
RULE = "an image left as text alone on its line"


def image_lines(doc: Document) -> None:
    """Make an image's file name alone on its line ``note`` and an image's address alone ``fw``
    (module docstring), ``medium`` (a new rule's record: 4 lines on two sites, none wrong;
    :mod:`nashr.convert.certainty`); the file name ``low`` since set 43 joined (round 47: 4 wrong of 12 on 6
    sites, a reStructuredText «.. image::» directive among them, by hand `fw`; 3 of 11 before). Lines of verse
    and code keep their roles."""
    for i in doc.flow:
        if doc.role(i) in KEEP_ROLES:
            continue
        text = doc.out[i].text.strip()
        if IMAGE_ADDRESS.match(text):
            doc.set(i, "fw", f"fw: {RULE} (its address)", cert="medium")
        elif IMAGE_FILE.match(text):
            doc.set(i, "note", f"note: {RULE} (its file name, the image's label)", cert="low")
