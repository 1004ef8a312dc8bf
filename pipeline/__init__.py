"""pipeline: plain-text documents in, Parquet tables of who did what, when and where."""

__version__ = "0.1.0"
