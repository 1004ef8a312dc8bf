"""Command line: parse arguments, call the library, map errors to exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.batch.lock import RunLocked
from pipeline.batch.plan import describe_plan, plan_run
from pipeline.batch.remote import PublishError
from pipeline.batch.run import run_pipeline
from pipeline.batch.sources import local_path, scan_sources
from pipeline.config import DEFAULT_BUCKETS, EXECUTORS, Settings, Source, default_workers
from pipeline.model_id import DEFAULT_MODEL, ModelNotFound

EXIT_FAILED = 1  # nothing could be processed, --strict and some document failed, or the upload failed
EXIT_USAGE = 2  # bad arguments, missing folder, model or registry
EXIT_LOCKED = 3  # another run holds the output folder


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pipeline", description=__doc__)
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
    return parser


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


def _source(text: str) -> Source:
    """A local folder as a Path (``file://`` URLs too); any other URL as given, for fsspec."""
    return local_path(text) or text


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args) if args.command == "run" else _status(args)
    except RunLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (FileNotFoundError, ModelNotFound, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _outputs(args: argparse.Namespace) -> tuple[Path, str | None]:
    """The local output folder, and the URL runs are uploaded to (None: the folder is the outputs)."""
    if isinstance(args.out, Path):
        if args.work is not None:
            raise ValueError("--work is for a URL --out; a local --out is its own working folder")
        return args.out, None
    from pipeline.batch.remote import work_folder

    return args.work or work_folder(args.out), args.out


def _run(args: argparse.Namespace) -> int:
    out_dir, publish_to = _outputs(args)
    settings = Settings(
        raw_dir=args.raw,
        out_dir=out_dir,
        publish_to=publish_to,
        model_name=args.model,
        registry_path=args.registry,
        use_cache=not args.no_cache,
        workers=max(1, args.workers),
        executor=args.executor,
        scheduler=args.scheduler,
        buckets=args.buckets,
    )
    if args.buckets < 1:
        raise ValueError(f"--buckets must be at least 1, not {args.buckets}")
    if args.scheduler and args.executor != "dask":
        raise ValueError("--scheduler needs --executor dask")
    summary = run_pipeline(settings)
    print(summary.line())
    nothing_ok = summary.documents > 0 and summary.statuses.get("ok", 0) == 0
    return EXIT_FAILED if nothing_ok or (args.strict and summary.errors) else 0


def _status(args: argparse.Namespace) -> int:
    settings = Settings(raw_dir=args.raw, out_dir=_outputs(args)[0], model_name=args.model)
    for line in describe_plan(plan_run(settings, scan_sources(settings.raw_dir))):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
