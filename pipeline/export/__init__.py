"""Exports of a run's tables: the DuckDB catalog, FollowTheMoney entities, a timeline page.

Modules: ``catalog`` (``pipeline.duckdb``, written with the tables); ``ftm``
(``pipeline export ftm``) with ``ftm_build`` (the entities of the tables),
``ftm_entities`` (entities by id) and ``ftm_dates``; ``timeline`` (``pipeline
timeline NAME``) with its page ``timeline.html``; ``outputs`` (reading one
run's tables) and ``files`` (atomic writes).
"""
