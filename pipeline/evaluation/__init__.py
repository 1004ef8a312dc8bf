"""Evaluation against the hand-annotated gold files in tests/gold/."""
