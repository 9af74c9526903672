"""Find the substances and the jurisdiction a message names, through aliases and classes."""

from __future__ import annotations

import re

from bot.kb.model import InteractionEntry, KnowledgeBase, LegalEntry, Section


def _squash(name: str) -> str:
    """One key however spacing and hyphens are written: "2C-B", "2c b" and "2cb" agree."""
    return re.sub(r"[\s-]+", "", name.lower())


_SEPARATOR = " "  # between the words of an alias: any run of spaces and hyphens, or none ("2c-b", "2cb")


def _trie_body(parts: list[str]) -> str:
    """One regular expression for many aliases, shared prefixes factored out (a trie): matching then costs
    about the same for 1,000 aliases as for 10, where a flat alternation is tried alias by alias at every
    position of a long message. Greedy, so the longest alias at a position wins ("special k" over "special")."""
    trie: dict[str, dict] = {}
    for part in parts:
        node = trie
        for char in part:
            node = node.setdefault(char, {})
        node[""] = {}

    def body(node: dict) -> str:
        ends = "" in node
        branches = [
            (r"[\s-]*" if char == _SEPARATOR else re.escape(char)) + body(child)
            for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{inner})?" if ends else inner

    return body(trie)


def _alias_pattern(names: list[str]) -> re.Pattern[str]:
    parts = {re.sub(r"[\s-]+", _SEPARATOR, n.lower()).strip() for n in names}
    return re.compile(rf"(?<![\w-])(?:{_trie_body(sorted(p for p in parts if p))})(?![\w-])", re.IGNORECASE)


class Resolver:
    """Maps free text to canonical ids using only what `knowledge/` declares."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._substance_by_name: dict[str, str] = {}
        for substance in kb.substances.values():
            for name in (substance.id, substance.name, *substance.aliases):
                self._substance_by_name.setdefault(_squash(name), substance.id)
        names = [n for s in kb.substances.values() for n in (s.id, s.name, *s.aliases)]
        self._substance_pattern = _alias_pattern(names) if names else None
        self._jurisdiction_by_name: dict[str, str] = {}
        for jurisdiction in kb.jurisdictions.values():
            for name in (jurisdiction.name, *jurisdiction.aliases):
                self._jurisdiction_by_name.setdefault(_squash(name), jurisdiction.id)
        place_names = [n for j in kb.jurisdictions.values() for n in (j.name, *j.aliases)]
        self._jurisdiction_pattern = _alias_pattern(place_names) if place_names else None
        # Codes are matched as written ("UK", "US"), never as the pronoun "us".
        codes = "|".join(re.escape(j) for j in kb.jurisdictions)
        self._code_pattern = re.compile(rf"(?<![\w.])(?:{codes}|U\.S\.A?\.?|U\.K\.)(?![\w])") if codes else None
        self._also_contains = {
            _squash(name): (substance.id, contained) for substance in kb.substances.values()
            for name, contained in substance.also_contains
        }
        self._mixes = {_squash(name): others for substance in kb.substances.values() for name, others in substance.mixes}
        self._interactions = {entry.pair: entry for entry in kb.interactions}
        self._legal = {(entry.substance, entry.jurisdiction): entry for entry in kb.legal}

    def substances(self, text: str) -> list[str]:
        """Canonical ids of the substances named in `text`, in order of first mention (a mix's name names all of its)."""
        if not self._substance_pattern:
            return []
        found: list[str] = []
        for match in self._substance_pattern.finditer(text):
            if len(match.group(0)) <= 2 and re.search(r"\d\s*$", text[: match.start()]):
                continue  # "0.5 g" is a unit, not GHB
            name = _squash(match.group(0))
            for sid in (self._substance_by_name.get(name), *self._mixes.get(name, ())):
                if sid and sid not in found:
                    found.append(sid)
        return found

    def names_a_mix(self, text: str) -> bool:
        """Whether `text` names a mix by its own name ("speedball", "candyflip"): a question about the pair."""
        if not self._mixes or not self._substance_pattern:
            return False
        return any(_squash(m.group(0)) in self._mixes for m in self._substance_pattern.finditer(text))

    def also_contained(self, text: str) -> dict[str, tuple[str, ...]]:
        """For substances named in `text` by a preparation's name, what else that preparation holds.

        "ayahuasca" names DMT and brings an MAOI: {"dmt": ("maois",)}. Only mixes look at this; a
        question about what ayahuasca is stays a question about one thing.
        """
        if not self._also_contains or not self._substance_pattern:
            return {}
        found: dict[str, tuple[str, ...]] = {}
        for match in self._substance_pattern.finditer(text):
            if (hit := self._also_contains.get(_squash(match.group(0)))) is not None:
                sid, contained = hit
                found[sid] = tuple(dict.fromkeys((*found.get(sid, ()), *contained)))
        return found

    def jurisdiction(self, text: str) -> str | None:
        """The jurisdiction named in `text`, if any (the first one named)."""
        candidates: list[tuple[int, str]] = []
        if self._jurisdiction_pattern:
            for match in self._jurisdiction_pattern.finditer(text):
                jid = self._jurisdiction_by_name.get(_squash(match.group(0)))
                if jid:
                    candidates.append((match.start(), jid))
        # "us" is a pronoun, except after "in", "about", "for" ("is weed legal in the us").
        for match in re.finditer(r"\b(?:in|about|for|across)\s+(?:the\s+)?us\b(?![\w.])", text, re.IGNORECASE):
            if "US" in self.kb.jurisdictions:
                candidates.append((match.start(), "US"))
        if self._code_pattern:
            for match in self._code_pattern.finditer(text):
                code = match.group(0).replace(".", "").upper()
                code = {"USA": "US"}.get(code, code)
                if code in self.kb.jurisdictions:
                    candidates.append((match.start(), code))
        return min(candidates)[1] if candidates else None

    def interaction_group(self, substance_id: str) -> str:
        substance = self.kb.substances.get(substance_id)
        return substance.interacts_as if substance and substance.interacts_as else substance_id

    def groups_named(self, section: Section) -> frozenset[str]:
        """The interaction groups a section is about (its document's substances) or names in its heading or text."""
        named = [*section.substances, *self.substances(f"{section.heading}. {section.text}")]
        return frozenset(self.interaction_group(s) for s in named)

    def interaction(self, a: str, b: str) -> InteractionEntry | None:
        """The table entry for two substances, through `interacts_as` groups."""
        return self._interactions.get(frozenset((self.interaction_group(a), self.interaction_group(b))))

    def legal(self, substance_id: str, jurisdiction_id: str) -> LegalEntry | None:
        entry = self._legal.get((substance_id, jurisdiction_id))
        if entry is None and substance_id in self.kb.substances:
            group = self.interaction_group(substance_id)
            entry = self._legal.get((group, jurisdiction_id)) if group != substance_id else None
        return entry
