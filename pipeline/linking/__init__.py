"""Linking: within-document clustering and cross-document entity linking.

Stages, in the order the run module calls them:
``cluster_document`` (per document, after ``pipeline.ner.recognize_entities``),
then ``link_entities`` over all documents' mentions, optionally honouring a
registry loaded with ``load_registry``. Rules: README.md beside this file.
"""

from pipeline.linking.corpus import link_entities
from pipeline.linking.document import cluster_document
from pipeline.linking.registry import Registry, RegistryError, load_registry

__all__ = ["Registry", "RegistryError", "cluster_document", "link_entities", "load_registry"]
