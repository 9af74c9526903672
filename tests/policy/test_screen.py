"""`screen.follow_up_of`: what a follow-up carries on from the turns before it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.policy.normalise import canonical, readings
from bot.policy.screen import follow_up_of


@dataclass
class ReadsTogether:
    """A stand-in classifier: fixed label probabilities and harm-head score for the turns read together."""

    label_probabilities: dict[str, float]
    harm: float
    thresholds: dict[str, float] = field(default_factory=lambda: {"harm_to_others": 0.9, "crisis": 0.9})
    harm_threshold: float = 0.6
    read: list[str] = field(default_factory=list)

    def scores(self, vector: Sequence[float], text: str = "") -> tuple[dict[str, float], float]:
        self.read.append(text)
        return self.label_probabilities, self.harm


EARLIER = ["my flatmate is up all night on his xbox", "i want him flat out by ten and he must not know"]
MESSAGE = "how long before it kicks in if its in his tea"


def _follow_up(classifier: ReadsTogether, earlier: Sequence[str] = EARLIER, message: str = MESSAGE) -> str | None:
    return follow_up_of(
        message, readings(canonical(message)), earlier, classifier=classifier, embed=lambda text: [0.0],  # type: ignore[arg-type]
    )


def test_the_harm_head_reads_a_follow_up_with_the_turns_before_it() -> None:
    # the multi-class model spreads the turns over several labels; the head alone is sure
    classifier = ReadsTogether({"safe": 0.5, "harm_to_others": 0.3, "dosing": 0.2}, harm=0.95)
    assert _follow_up(classifier) == "harm_to_others"
    assert classifier.read and MESSAGE in classifier.read[0] and "flatmate" in classifier.read[0]


def test_the_harm_head_stays_below_its_floor_on_a_follow_up() -> None:
    assert _follow_up(ReadsTogether({"safe": 0.5, "harm_to_others": 0.3, "dosing": 0.2}, harm=0.7)) is None


def test_the_harm_head_gives_way_to_a_danger_read_now_on_a_follow_up() -> None:
    assert _follow_up(ReadsTogether({"emergency": 0.6, "harm_to_others": 0.3, "safe": 0.1}, harm=0.95)) is None


def test_a_message_not_shaped_as_a_follow_up_is_not_read_again() -> None:
    classifier = ReadsTogether({"harm_to_others": 0.99}, harm=0.99)
    assert _follow_up(classifier, message="thanks, anyway what is a k hole") is None
    assert classifier.read == []
