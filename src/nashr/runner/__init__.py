"""What ``nashr build`` runs on: the record of earlier builds (:mod:`~nashr.runner.state`), the
lock against concurrent builds (:mod:`~nashr.runner.lock`), the per-text tasks
(:mod:`~nashr.runner.tasks`) and where they run: this process, worker processes or a Dask
cluster (:mod:`~nashr.runner.executor`). :mod:`nashr.pipeline` puts them together."""
