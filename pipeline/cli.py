"""Command line: parse arguments, call the library, map errors to exit codes.

``python -m pipeline``: ``run`` calls ``api.run``; ``status`` prints the plan
of ``batch/plan.py``; ``export`` and ``timeline`` call ``pipeline/export/``.
Nothing here analyses documents or decides what to redo.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline import api
from pipeline.batch.lock import RunLocked
from pipeline.batch.plan import describe_plan, plan_batch
from pipeline.batch.remote import PublishError
from pipeline.batch.sources import find_sources, local_path
from pipeline.config import DEFAULT_BUCKETS, EXECUTORS, Settings, Source, default_workers
from pipeline.model_id import DEFAULT_MODEL, ModelNotFound

_DESCRIPTION = (__doc__ or "").split("\n\n")[0]  # the help's first line
EXIT_FAILED = 1  # nothing could be processed, --strict and some document failed, or the upload failed
EXIT_USAGE = 2  # bad arguments, missing folder, model or registry
EXIT_LOCKED = 3  # another run holds the output folder


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pipeline", description=_DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="process raw/ into outputs/*.parquet")
    _add_common(run)
    run.add_argument(
        "--registry",
        type=Path,
        default=None,
        help="entity registry (TOML); default: RAW/entities.toml when present",
    )
    run.add_argument("--no-cache", action="store_true", help="analyse every document again")
    run.add_argument("--workers", type=int, default=default_workers(), help="analysis processes")
    run.add_argument("--strict", action="store_true", help="exit 1 when any document is not ok")
    run.add_argument(
        "--executor", choices=EXECUTORS, default="local", help="local: processes here; dask: a Dask cluster"
    )
    run.add_argument(
        "--scheduler", default=None, help="dask: address of an existing scheduler (default: a LocalCluster)"
    )
    run.add_argument(
        "--buckets", type=int, default=DEFAULT_BUCKETS, help="part files per table (by document path)"
    )
    status = commands.add_parser("status", help="list what a run would add, redo and drop")
    _add_common(status)
    export = commands.add_parser("export", help="write a run's tables in another format")
    formats = export.add_subparsers(dest="format", required=True)
    ftm = formats.add_parser("ftm", help="FollowTheMoney entities, one JSON object per line")
    _add_outputs(ftm)
    ftm.add_argument("--out", default=None, help="file to write (default ./entities.ftm.json; - for stdout)")
    timeline = commands.add_parser("timeline", help="an offline HTML page of one person's posts and events")
    timeline.add_argument("name", help="the person's name, as in entities (canonical name or alias)")
    _add_outputs(timeline)
    timeline.add_argument(
        "--out", type=Path, default=None, help="page to write (default ./timeline-NAME.html)"
    )
    return parser


def _add_outputs(command: argparse.ArgumentParser) -> None:
    command.add_argument("--outputs", type=Path, default=Path("outputs"), help="folder of a run's tables")


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--raw", type=_source, default=Path("raw"), help="folder of input documents (a path or an fsspec URL)"
    )
    command.add_argument(
        "--out", type=_source, default=Path("outputs"), help="folder for the Parquet tables (a path or a URL)"
    )
    command.add_argument(
        "--work",
        type=Path,
        default=None,
        help="with a URL --out: local folder where runs are built and the cache kept",
    )
    command.add_argument(
        "--model", default=DEFAULT_MODEL, help="spaCy pipeline to load (package name or path)"
    )
    command.add_argument(
        "--manifest", type=Path, default=None, help="CSV or JSON lines: path, date, title, url per document"
    )


def _source(text: str) -> Source:
    """A local folder as a Path (``file://`` URLs too); any other URL as given, for fsspec."""
    return local_path(text) or text


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    commands = {"run": _run, "status": _status, "export": _export, "timeline": _timeline}
    try:
        return commands[args.command](args)
    except LookupError as exc:  # a name the tables do not know
        print(f"error: {exc.args[0]}", file=sys.stderr)
        return EXIT_FAILED
    except RunLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (FileNotFoundError, ModelNotFound, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    summary = api.run(
        args.raw,
        args.out,
        work=args.work,
        model=args.model,
        registry=args.registry,
        use_cache=not args.no_cache,
        workers=args.workers,
        executor=args.executor,
        scheduler=args.scheduler,
        buckets=args.buckets,
        manifest=args.manifest,
    )
    print(summary.line())
    nothing_ok = summary.documents > 0 and summary.statuses.get("ok", 0) == 0
    return EXIT_FAILED if nothing_ok or (args.strict and summary.errors) else 0


def _status(args: argparse.Namespace) -> int:
    out_dir, _ = api.output_folders(args.out, args.work)
    settings = Settings(raw_dir=args.raw, out_dir=out_dir, model_name=args.model, manifest_path=args.manifest)
    for line in describe_plan(plan_batch(settings, find_sources(settings, _warn))):
        print(line)
    return 0


def _export(args: argparse.Namespace) -> int:
    from pipeline.export.ftm import DEFAULT_FILENAME, export_ftm

    target = None if args.out == "-" else Path(args.out or DEFAULT_FILENAME)
    counts = export_ftm(args.outputs, target)
    where = target or "stdout"
    print(
        f"{sum(counts.values())} entities to {where}: "
        + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())),
        file=sys.stderr,
    )
    return 0


def _timeline(args: argparse.Namespace) -> int:
    from pipeline.export.timeline import page_name, write_timeline

    target = args.out or Path(page_name(args.name))
    page = write_timeline(args.outputs, args.name, target)
    print(
        f"{target}: {page.person}, {page.bars} posts, {page.marks} events, {page.undated} undated, "
        f"{page.conflicts} with conflicting documents"
    )
    return 0


def _warn(message: str) -> None:
    print(message, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
