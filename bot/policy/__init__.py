"""The safety policy: what the bot must refuse, and what is an emergency. See docs/policy.md."""

from bot.policy.decide import Decision, decide

__all__ = ["Decision", "decide"]
