"""The convert stage: a plain-text source → a TEI P5 file.

``sources`` (reading and encodings) → ``structure`` (line roles) → ``tei`` (the TEI tree and
header) → ``fidelity`` (no source character lost, changed or added); ``converter`` runs them for
one file (:func:`nashr.convert.converter.convert_file`).
"""
