"""Exports of a run's tables: the DuckDB catalog, FollowTheMoney entities, a timeline page.

Modules: ``catalog`` (``pipeline.duckdb``, written with the tables), ``ftm``
(``pipeline export ftm``), ``timeline`` (``pipeline timeline NAME``).
"""
