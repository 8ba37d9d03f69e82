#!/usr/bin/env python3
"""What a multiprocessing.Pool costs before any work, measured as `parallellab pool startup` measures
the lab's pool: N workers started, each fully up, then stopped and waited for (Pool(N), close(),
join(): join returns once every worker has started, taken its stop sentinel and exited).

Each start method Python offers on this machine (fork, the default on Linux up to Python 3.13;
forkserver, the default from 3.14; spawn, the default on macOS and Windows), each worker count
once untimed, then --repeat rounds that take every count once, in an order that turns from round
to round. The forkserver's own server starts in the untimed run and is reused after, as in a
program that starts several pools. Prints a Markdown table: per method and count, the median and
fastest run, and the median per worker.

    python3 tools/python-pool-startup.py [--workers 1,2,4] [--repeat 50]
"""
# Only what the workers need anyway is imported at the top: a spawned worker imports this file
# again, and anything more would be counted as its start-up.
import multiprocessing
import sys
import time


def start_and_stop(context, workers):
    pool = context.Pool(workers)
    pool.close()
    pool.join()


def turned(items, round_number):
    """Every other round backwards, each starting one further on (as the lab's timing reports do)."""
    backwards = round_number % 2 == 1
    offset = round_number + (1 if backwards else 0)
    order = [items[(i + offset) % len(items)] for i in range(len(items))]
    return order[::-1] if backwards else order


def main():
    import argparse
    import statistics

    class OneLineErrors(argparse.ArgumentParser):
        """A usage mistake is one line and exit 2, as in the lab's own commands."""

        def error(self, message):
            self.exit(2, f"python-pool-startup.py: error: {message}\n")

    def counts(text):
        try:
            values = [int(item) for item in text.split(",") if item.strip()]
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of counts")
        if not values or any(v < 1 or v > 1024 for v in values):
            raise argparse.ArgumentTypeError(f"'{text}': give counts from 1 to 1024")
        return list(dict.fromkeys(values))

    def positive(text):
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(f"'{text}' is not a positive integer")
        return value

    parser = OneLineErrors(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=counts, default=[1, 2, 4], help="worker counts, comma-separated (default 1,2,4)")
    parser.add_argument("--repeat", type=positive, default=50, help="timed runs per method and count (default 50)")
    args = parser.parse_args()

    cases = [(method, n) for method in multiprocessing.get_all_start_methods() for n in args.workers]
    contexts = {method: multiprocessing.get_context(method) for method, _ in cases}
    for method, n in cases:
        start_and_stop(contexts[method], n)
    times = {case: [] for case in cases}
    for round_number in range(args.repeat):
        for method, n in turned(cases, round_number):
            began = time.perf_counter()
            start_and_stop(contexts[method], n)
            times[(method, n)].append((time.perf_counter() - began) * 1000)
        print(f"python pool start-up: round {round_number + 1} of {args.repeat}", file=sys.stderr)

    print(f"| Python {sys.version.split()[0]} multiprocessing.Pool, start method | Workers | Median [ms] | Fastest [ms] | Per worker [ms] |")
    print("|:---|---:|---:|---:|---:|")
    for method, n in cases:
        median = statistics.median(times[(method, n)])
        print(f"| {method} | {n} | {median:.1f} | {min(times[(method, n)]):.1f} | {median / n:.1f} |")


if __name__ == "__main__":
    main()
