"""The deposit stage: the edition as a BagIt bag with repository metadata.

``inventory`` (what goes into the bag), ``preflight`` (checks before anything is written),
``metadata`` (Dublin Core, DataCite, Zenodo, METS, teiCorpus from the teiHeaders) and ``bag``
(:func:`~nashr.deposit.bag.make_deposit`, :func:`~nashr.deposit.bag.check_bag`).
"""
