"""Fuzz extract_article over many cases with the properties of tests/test_fuzz.py.

    .venv/bin/python benchmarks/fuzz.py [--cases 10000] [--seed 1] [--show 10]

Prints the number of cases run, the failures by kind and a few failing inputs (as Python
literals, to paste into a test). Exit status 1 if any case failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_fuzz import make_case, problems, sentences


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--show", type=int, default=10, help="failing inputs to print")
    args = p.parse_args(argv)
    rnd = random.Random(args.seed)
    print(f"sentence pool: {len(sentences())} real sentences", flush=True)
    t0 = time.perf_counter()
    kinds: Counter[str] = Counter()
    failing: list[tuple[str, list[str]]] = []
    for n in range(1, args.cases + 1):
        text = make_case(rnd)
        found = problems(text)
        if found:
            failing.append((text, found))
            for f in found:
                kinds[f.split(":")[0] if f.startswith(("raised", "schema")) else f.split(" ")[0]] += 1
        if n % 1000 == 0:
            print(f"  {n} cases, {len(failing)} failing, {time.perf_counter() - t0:.0f} s", flush=True)
    print(f"cases: {args.cases}  failing: {len(failing)}  seconds: {time.perf_counter() - t0:.1f}")
    for kind, count in kinds.most_common():
        print(f"  {count:6d}  {kind}")
    for text, found in sorted(failing, key=lambda x: len(x[0]))[: args.show]:
        print(f"- {text!r}\n    {found[0]}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
