"""The validate stage: RELAX NG and ISO Schematron on anyone's TEI, with messages a person can act on.

``validator`` (the API: :class:`~nashr.validate.validator.Validator`,
:func:`~nashr.validate.validator.validate_files`), ``relaxng`` and ``rngreduce`` (grammars and
their reduction to a document's elements), ``schematron`` (ISO Schematron → XSLT 3.0),
``schemas`` (names, the per-user cache and its catalog), ``hints`` and ``reports``.
"""
