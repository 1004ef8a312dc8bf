"""Cross-document linking on the workers: each bucket's mentions out, then the blocks linked.

``bucket_mentions`` (a task per bucket of documents) writes the bucket's
mentions to one scratch file, each with the first linking key of its
within-document cluster, and returns the distinct key sets of those clusters:
the driver joins them into components and blocks (``phases.py``).
``link_blocks`` (a task per block, or per group of blocks that must be linked
together) reads the rows of its blocks from the buckets that have any, links
them, and writes one file of links sorted by bucket, of which each
``write_bucket`` reads its slice. Mentions reach ``link_entities`` block by
block, in bucket order, then in their documents' order, whichever worker runs it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.batch.parts import (
    LINK_SCHEMA,
    MENTION_FIELDS,
    MENTION_SCHEMA,
    links_path,
    mentions_path,
    read_scratch,
    write_scratch,
)
from pipeline.batch.tasks import BucketJob, TaskSpec, bucket_results
from pipeline.records import Mention
from pipeline.tables import table_from_records

_KEYS = pa.list_(pa.string())


@dataclass(frozen=True)
class LinkJob:
    """Blocks to link together, the first keys of their units, and where their mentions are."""

    blocks: tuple[int, ...]
    keys: tuple[tuple[str, ...], ...]  # for each block (in order), its units' first keys
    buckets: tuple[int, ...]  # the buckets with mentions in these blocks

    @property
    def tag(self) -> str:
        """The name of the link file: short, whatever the number of blocks merged."""
        if len(self.blocks) == 1:
            return f"block-{self.blocks[0]:04d}"
        digest = hashlib.sha256(",".join(map(str, self.blocks)).encode()).hexdigest()[:12]
        return f"blocks-{self.blocks[0]:04d}-{len(self.blocks)}-{digest}"


def merge_jobs(jobs: Sequence[LinkJob]) -> LinkJob:
    """One job linking the blocks of ``jobs`` together."""
    pairs = sorted((block, keys) for job in jobs for block, keys in zip(job.blocks, job.keys, strict=True))
    buckets = sorted({bucket for job in jobs for bucket in job.buckets})
    return LinkJob(tuple(b for b, _ in pairs), tuple(k for _, k in pairs), tuple(buckets))


def bucket_mentions(item: BucketJob, spec: TaskSpec) -> pa.Table:
    """Write the bucket's mentions with their unit's first key; return the distinct
    key sets of the bucket's within-document clusters."""
    from pipeline.linking.blocks import mention_keys

    mentions = [m for result in bucket_results(item, spec) for m in result.mentions]
    keys = mention_keys(mentions, spec.registry)
    if mentions:
        columns = {name: [getattr(m, name) for m in mentions] for name in MENTION_FIELDS}
        columns |= {"bucket": [item.bucket] * len(mentions), "unit_key": [k[0] for k in keys]}
        write_scratch(pa.table(columns, schema=MENTION_SCHEMA), mentions_path(spec.work, item.bucket))
    return pa.table({"keys": pa.array(sorted(set(keys)), _KEYS)})


def link_blocks(job: LinkJob, spec: TaskSpec) -> pa.Table:
    """Cross-document linking of the job's blocks: the entities, and the link file."""
    from pipeline.linking import link_entities

    table = _block_rows(job, spec)
    mentions = [Mention(**row) for row in table.select(list(MENTION_FIELDS)).to_pylist()]
    entities, linked = link_entities(mentions, spec.registry)
    links = pa.table(
        {
            "bucket": table.column("bucket"),
            "mention_id": table.column("mention_id"),
            "entity_id": pa.array([m.entity_id for m in linked], pa.string()),
        },
        schema=LINK_SCHEMA,
    )
    write_scratch(links.sort_by("bucket"), links_path(spec.work, job.tag))
    return table_from_records("entities", entities)


def _block_rows(job: LinkJob, spec: TaskSpec) -> pa.Table:
    """The mentions of the job's blocks: block by block, each in bucket order, then
    in the order the bucket wrote them (Arrow's sort is stable)."""
    block_of = {key: block for block, keys in zip(job.blocks, job.keys, strict=True) for key in keys}
    wanted = pa.array(sorted(block_of), pa.string())
    found = []
    for bucket in job.buckets:
        table = read_scratch([mentions_path(spec.work, bucket)], MENTION_SCHEMA)
        found.append(table.filter(pc.is_in(table.column("unit_key"), value_set=wanted)))
    table = pa.concat_tables(found) if found else MENTION_SCHEMA.empty_table()
    blocks = pa.array([block_of[key] for key in table.column("unit_key").to_pylist()], pa.int64())
    return table.append_column("block", blocks).sort_by([("block", "ascending"), ("bucket", "ascending")])
