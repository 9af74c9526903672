"""Growing waits between reconnection attempts, so an unreachable server is not hammered."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Backoff:
    """`first`, then doubling, up to `most` seconds; `reset` after a success."""

    first: float = 1.0
    most: float = 60.0
    factor: float = 2.0
    _failures: int = field(default=0, repr=False)

    def next_delay(self) -> float:
        """The wait before the next attempt; each call counts one more failure."""
        delay = min(self.most, self.first * self.factor ** min(self._failures, 64))
        self._failures += 1
        return delay

    def reset(self) -> None:
        self._failures = 0

    @property
    def failures(self) -> int:
        """Failures since the last success."""
        return self._failures
