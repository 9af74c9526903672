"""A reply cache for first-turn questions: many people ask the same few things, and a reply is deterministic.

A reply depends only on the message, the jurisdiction and what the bot has loaded (knowledge base,
model, settings), so the key holds the message, the jurisdiction and a fingerprint of all three:
a changed knowledge base can never be answered from an older one's replies. Follow-ups (a history)
are not cached; their replies depend on the conversation too.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from pathlib import Path

from bot.reply import Reply
from bot.settings import Settings


def knowledge_fingerprint(settings: Settings) -> str:
    """SHA-256 over every knowledge-base file (path and bytes), the model's hash and the answering settings."""
    digest = hashlib.sha256()
    root = settings.knowledge_dir
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(settings.model_sha256.encode())
    digest.update(settings.model_dump_json(include=ANSWERING_SETTINGS).encode())
    return digest.hexdigest()


# The settings a reply depends on; others (ports, limits, tokens) do not change what is said.
ANSWERING_SETTINGS = {
    "min_relevance", "min_relevance_off_topic", "min_sentence_relevance", "min_sentence_relevance_off_topic",
    "min_question_relevance", "min_question_relevance_off_topic",
    "max_answer_words", "max_sections_cited", "default_jurisdiction", "max_history_turns", "embedding_backend",
}


class ReplyCache:
    """A bounded LRU of replies; thread-safe, since the API answers in a thread pool."""

    def __init__(self, *, size: int, fingerprint: str) -> None:
        self.size = size
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0
        self._replies: OrderedDict[str, Reply] = OrderedDict()
        self._lock = threading.Lock()

    def key(self, message: str, jurisdiction: str | None) -> str:
        """The message with surrounding whitespace removed (it changes no reply), the place, the fingerprint."""
        text = f"{self.fingerprint}\0{jurisdiction or ''}\0{message.strip()}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> Reply | None:
        """A copy of the cached reply (callers may change theirs), or None."""
        with self._lock:
            reply = self._replies.get(key)
            if reply is None:
                self.misses += 1
                return None
            self._replies.move_to_end(key)
            self.hits += 1
        return reply.model_copy(deep=True)

    def put(self, key: str, reply: Reply) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._replies[key] = reply.model_copy(deep=True)
            self._replies.move_to_end(key)
            while len(self._replies) > self.size:
                self._replies.popitem(last=False)

    def __len__(self) -> int:
        return len(self._replies)

    @property
    def hit_rate(self) -> float:
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0
