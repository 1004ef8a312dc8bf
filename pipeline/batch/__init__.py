"""The batch: where a run decides what to redo, runs it, and puts the tables in place.

``run.py`` (the run, start to end), ``plan.py`` (what changed), ``cache.py``
(per-document results), ``analyse.py`` (worker processes), ``state.py``
(no-op reruns), ``publish.py`` (the swap), ``lock.py`` and ``progress.py``.
"""
