"""`python -m evals.bench` (`make bench`): speed figures, printed, never asserted.

Index build from empty (a fresh temporary directory), a warm re-index (should embed nothing),
`Bot.ask` latency over 200 questions drawn from the cases in one warm process (reply cache off, so
every ask does the whole work), `ask` on 2,000-character messages (the API's maximum), the policy
step over every case, the embedding backend and whether PyTorch was imported at all, and the peak
resident memory of this process.
"""

from __future__ import annotations

import random
import resource
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.core import Bot
from bot.embeddings import load_embeddings
from bot.index import SectionIndex
from bot.kb.check import check_knowledge
from bot.conversation import read_in_context
from bot.policy.decide import without_homonyms
from bot.policy.normalise import clean
from bot.reply import Turn
from bot.settings import Settings
from evals.cases import Case, load_cases
from evals.metrics import percentile

ASK_SAMPLE = 200
LONG_SAMPLE = 40
SEED = 5


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return _ms(started)


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux and bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def policy_step(bot: Bot, case: Case) -> Callable[[], object]:
    """One call of the bot's own policy step (`Bot.screen`, classifier included) for a case.

    The conversation context and the query embedding are prepared beforehand: retrieval needs
    them anyway, so they are not the policy's cost.
    """
    turns = [Turn.model_validate(turn) for turn in case.history]
    context = read_in_context(without_homonyms(clean(case.q)), turns, bot.resolver)
    vector = bot.embeddings.embed_query(bot._query(context))
    return lambda: bot.screen(case.q, context=context, turns=turns, vector=vector)


def long_messages(cases: list[Case]) -> list[str]:
    """2,000-character messages: case questions run together, repeated words, letter soup and spaced letters."""
    rng = random.Random(SEED)
    out = []
    for n in range(LONG_SAMPLE):
        if n % 4 == 0:
            text = " ".join(rng.choice(cases).q for _ in range(60))
        elif n % 4 == 1:
            text = " ".join(rng.choice(["mdma", "1.5g", "m d m a", "k", "dose", "4-fa", "legal"]) for _ in range(500))
        elif n % 4 == 2:
            text = "".join(rng.choice(string.ascii_letters + " .,") for _ in range(2000))
        else:
            text = "how much " * 250
        out.append(text[:2000])
    return out


def main() -> None:
    cases = load_cases()
    with tempfile.TemporaryDirectory(prefix="hrbot-bench-") as tmp:
        settings = Settings(index_dir=Path(tmp) / "index")
        kb, problems = check_knowledge(settings.knowledge_dir)
        if problems:
            raise SystemExit(f"{len(problems)} knowledge-base problem(s); run `hrbot kb check`")
        sections = kb.vetted_sections()
        started = time.perf_counter()
        embeddings = load_embeddings(settings)
        print(f"model load:                {_ms(started):9.1f} ms")
        index = SectionIndex(settings, embeddings)
        started = time.perf_counter()
        stats = index.refresh(sections)
        print(f"index build from empty:    {_ms(started):9.1f} ms  ({stats.embedded} sections embedded)")
        started = time.perf_counter()
        stats = index.refresh(sections)
        print(f"warm re-index:             {_ms(started):9.1f} ms  "
              f"({stats.embedded} embedded, {stats.unchanged} unchanged)")

        bot = Bot.load(settings.model_copy(update={"cache_size": 0}))
        print(f"embedding backend:         {type(bot.embeddings).__name__}")
        sample = random.Random(SEED).sample(cases, min(ASK_SAMPLE, len(cases)))
        for case in sample[:5]:  # warm-up: first calls fill caches
            bot.ask(case.q, history=list(case.history), jurisdiction=case.jurisdiction)
        asks = [
            _timed(lambda c=case: bot.ask(c.q, history=list(c.history), jurisdiction=c.jurisdiction))
            for case in sample
        ]
        print(f"ask p50 / p95 ({len(asks)} cases): {percentile(asks, 50):7.1f} / {percentile(asks, 95):.1f} ms")

        longs = [_timed(lambda m=message: bot.ask(m)) for message in long_messages(cases)]
        print(f"ask 2,000 chars p50 / p95 ({len(longs)}): {percentile(longs, 50):5.1f} / {percentile(longs, 95):.1f} ms")

        steps = [_timed(policy_step(bot, case)) for case in cases]
        print(f"policy p50 / p95 ({len(steps)} cases): {percentile(steps, 50):6.3f} / {percentile(steps, 95):.3f} ms")
        # The cross-writer figures the classifier was chosen by: writer B, held out when its thresholds were chosen.
        print("classifier on writer B (held out): recall at threshold, benign false-positive rate")
        for label, row in {**bot.classifier.held_out_report, "harm head": bot.classifier.harm_head_report}.items():
            print(f"  {label:20s} {row['recall']:.3f} at {row['threshold']:.2f}, {row['benign_false_positive_rate']:.4f}")
    print(f"PyTorch imported:          {'yes' if 'torch' in sys.modules else 'no'}")
    print(f"peak RSS:                  {_peak_rss_mb():9.1f} MB")


if __name__ == "__main__":
    main()
