"""`make bench`: every benchmark, each printing ratios measured in this run."""

from benchmarks import bench_batch, bench_dates, bench_linking, bench_pipeline

for bench in (bench_pipeline, bench_dates, bench_linking, bench_batch):
    bench.main()
