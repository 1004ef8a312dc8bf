"""The batch: where a run decides what to redo, runs it, and puts the tables in place.

``run.py`` (``run_batch``: a run, start to end), ``plan.py`` (``plan_batch``:
which documents to add, redo or drop), ``phases.py`` (the driver's side: the
phases in order), ``tasks.py`` and ``fact_tasks.py`` (the workers' side: one
function per phase), ``executors.py`` and ``dask_executor.py`` (where tasks
run), ``sources.py`` (listing and reading documents), ``parts.py`` (the
part-file layout), ``cache.py`` (per-document results), ``state.py`` (no-op
reruns), ``publish.py`` (the swap), ``lock.py`` and ``progress.py``. One
document's analysis is not here but in ``pipeline/analyse.py``.
"""
