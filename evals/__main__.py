"""`python -m evals`: run every case against the bot and print a table (or JSON, or a report).

Options: `--url URL` (a running service instead of the in-process bot), `--json`, `--check` (exit 1
when a metric misses its bound in `evals/thresholds.yaml`), `--report PATH`, `--only CATEGORY`, `--limit N`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.core import Bot
from bot.kb.check import check_knowledge
from bot.settings import Settings
from evals import report
from evals.cases import CASES_DIR, CATEGORIES, FRESH_DIR, load_cases, select
from evals.clients import HttpClient, InProcessClient
from evals.runner import run
from evals.thresholds import BOUNDS, FRESH_BOUNDS, load_bounds, missed


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evals", description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="base URL of a running service (POST {URL}/v1/chat); default: in-process bot")
    parser.add_argument("--json", action="store_true", help="print one JSON object: counts, metrics, failures")
    parser.add_argument("--check", action="store_true", help="exit 1 when a metric misses its threshold")
    parser.add_argument("--report", type=Path, metavar="PATH", help="write the Markdown report here")
    parser.add_argument("--only", action="append", default=[], choices=CATEGORIES, metavar="CATEGORY",
                        help=f"only this category (repeatable): {', '.join(CATEGORIES)}")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N cases per category")
    parser.add_argument("--fresh", action="store_true",
                        help="the fresh blind sets in evals/fresh/ (for measuring, never tuning) and their targets")
    parser.add_argument("--cases", type=Path, metavar="DIR",
                        help="cases from this folder instead (e.g. evals/tuning), against the gate's thresholds")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, *, bot: Bot | None = None) -> int:
    """Run the suite; `bot` lets a caller (the tests) reuse an already loaded bot."""
    args = parse(argv)
    directory = args.cases or (FRESH_DIR if args.fresh else CASES_DIR)
    cases = select(load_cases(directory), only=args.only, limit=args.limit)
    if args.url:
        settings = bot.settings if bot else Settings()
        kb = bot.kb if bot else check_knowledge(settings.knowledge_dir)[0]
        result = run(HttpClient(args.url), cases, kb=kb, mode=f"HTTP {args.url}")
    else:
        bot = bot or Bot.load(Settings())
        result = run(InProcessClient(bot), cases, kb=bot.kb, bot=bot, mode="in-process")
    bounds = load_bounds(FRESH_BOUNDS if args.fresh else BOUNDS)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(report.markdown(result, bounds), encoding="utf-8")
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(report.table(result, bounds))
    failed = missed(result.metrics, bounds)
    if args.check and failed:
        print(f"eval gate: {len(failed)} metric(s) below threshold: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
