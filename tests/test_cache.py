"""The reply cache: bounded LRU, keyed by message, place and knowledge-base fingerprint."""

from __future__ import annotations

from pathlib import Path

from bot.cache import ReplyCache, knowledge_fingerprint
from bot.core import Bot
from bot.reply import Reply
from bot.settings import Settings


def reply(text: str) -> Reply:
    return Reply(kind="abstain", reason="not_in_kb", text=text)


def test_least_recently_used_replies_are_dropped_beyond_the_size() -> None:
    cache = ReplyCache(size=2, fingerprint="kb")
    a, b, c = (cache.key(m, None) for m in "abc")
    cache.put(a, reply("a"))
    cache.put(b, reply("b"))
    assert cache.get(a) is not None  # a is now the most recently used
    cache.put(c, reply("c"))
    assert cache.get(b) is None and cache.get(a) is not None and cache.get(c) is not None
    assert len(cache) == 2 and cache.hits == 3 and cache.misses == 1


def test_the_key_holds_the_place_and_the_knowledge_base() -> None:
    one, other = ReplyCache(size=4, fingerprint="kb1"), ReplyCache(size=4, fingerprint="kb2")
    assert one.key("is molly legal", "UK") != one.key("is molly legal", "US")
    assert one.key("is molly legal", None) != other.key("is molly legal", None)
    assert one.key("  is molly legal \n", None) == one.key("is molly legal", None)


def test_a_cached_reply_is_a_copy_the_caller_may_change() -> None:
    cache = ReplyCache(size=4, fingerprint="kb")
    key = cache.key("q", None)
    cache.put(key, reply("original"))
    cache.get(key).text = "changed"  # type: ignore[union-attr]
    assert cache.get(key).text == "original"  # type: ignore[union-attr]


def test_a_size_of_zero_caches_nothing() -> None:
    cache = ReplyCache(size=0, fingerprint="kb")
    cache.put(cache.key("q", None), reply("q"))
    assert len(cache) == 0


def test_the_fingerprint_changes_when_any_knowledge_file_changes(tmp_path: Path, mini_kb: Path) -> None:
    before = knowledge_fingerprint(Settings(knowledge_dir=mini_kb))
    assert knowledge_fingerprint(Settings(knowledge_dir=mini_kb)) == before
    document = next((mini_kb / "documents").glob("*.md"))
    document.write_text(document.read_text() + "\n", encoding="utf-8")
    assert knowledge_fingerprint(Settings(knowledge_dir=mini_kb)) != before
    assert knowledge_fingerprint(Settings(knowledge_dir=mini_kb, min_relevance=0.5)) != knowledge_fingerprint(
        Settings(knowledge_dir=mini_kb)
    )


def test_first_turns_are_answered_from_the_cache_and_follow_ups_are_not(bot: Bot) -> None:
    assert bot.cache is not None
    question = "what are the risks of ketamine, asked for the cache test?"
    first = bot.ask(question)
    hits = bot.cache.hits
    assert bot.ask(f"  {question} ") == first and bot.cache.hits == hits + 1
    bot.ask(question, history=[{"role": "user", "text": "tell me about mdma"}])
    assert bot.cache.hits == hits + 1
