"""The validate stage: RELAX NG and ISO Schematron on anyone's TEI, with messages a person can act on.

``validator`` (the API: :class:`~nashr.validate.validator.Validator`,
:func:`~nashr.validate.validator.validate_files`), ``relaxng`` and ``rngreduce`` (grammars and
their reduction to a document's elements), ``explain`` (libxml2's errors rewritten from the
grammar: what is not allowed, what is missing, what a value must be), ``schematron`` (ISO
Schematron → XSLT 3.0, standalone or embedded in a RELAX NG grammar), ``schemas`` (names,
``<?xml-model?>`` PIs, the per-user cache and its catalog, compact syntax via trang), ``hints``
and ``reports``.
"""
