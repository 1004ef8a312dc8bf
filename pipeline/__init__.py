"""pipeline: plain-text documents in, Parquet tables of who did what, when and where.

``from pipeline import run, extract``: the batch and the one-text analysis
(``pipeline/api.py``).
"""

from pipeline.api import extract, run

__version__ = "0.1.0"
__all__ = ["extract", "run"]
