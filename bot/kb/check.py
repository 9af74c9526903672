"""Validate a parsed knowledge base: the rules that make content safe to quote.

Each rule adds `Problem`s with a `file:line`; `hrbot kb check` prints them and exits 1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlparse

from bot.doses import find_dose_mentions
from bot.kb.loader import Problem, load_knowledge
from bot.kb.model import SITUATION_NEEDS, TOPICS, EmergencyStep, KnowledgeBase, Location, Section
from bot.kb.reference import check_reference
from bot.triage import STATES, sign_parts
from bot.reply import INTERACTION_LEVELS
from bot.sentences import split_sentences

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
STATUSES = ("vetted", "draft")
TABLE_LEVELS = tuple(level for level in INTERACTION_LEVELS if level != "unknown")
MAX_REVIEW_INTERVAL = dt.timedelta(days=366)


def check_knowledge(root: Path, *, today: dt.date | None = None) -> tuple[KnowledgeBase, list[Problem]]:
    """Parse and validate `root`; return the knowledge base and every problem, in file order."""
    kb, problems = load_knowledge(root)
    today = today or dt.date.today()
    problems += _check_sources(kb)
    problems += _check_substances(kb)
    problems += _check_jurisdictions(kb)
    problems += _check_documents(kb, today)
    problems += _check_interactions(kb)
    problems += _check_legal(kb)
    problems += _check_situations(kb)
    problems += _check_reference_levels(kb)
    problems += _check_dose_amounts(root)
    return kb, sorted(problems, key=lambda p: (str(p.where.path), p.where.line))


def _unknown_sources(kb: KnowledgeBase, ids: Iterable[str], where: Location | None) -> list[Problem]:
    assert where is not None
    return [Problem(where, f"unknown source id `{sid}`") for sid in ids if sid not in kb.sources]


def _domain_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in allowed)


def _check_sources(kb: KnowledgeBase) -> list[Problem]:
    out = []
    seen_urls: dict[str, str] = {}
    for source in kb.sources.values():
        where = source.where
        assert where is not None
        if source.id and not SLUG.match(source.id):
            out.append(Problem(where, f"source id `{source.id}` must be a lowercase slug"))
        url = urlparse(source.url)
        if url.scheme != "https" or not url.hostname:
            out.append(Problem(where, f"source `{source.id}` URL must be https: {source.url}"))
        elif not _domain_allowed(url.hostname.lower(), kb.allowed_domains):
            out.append(Problem(where, f"source `{source.id}` domain `{url.hostname}` is not in allowed_domains.yaml"))
        if source.url in seen_urls:
            out.append(Problem(where, f"source `{source.id}` repeats the URL of `{seen_urls[source.url]}`"))
        seen_urls.setdefault(source.url, source.id)
    return out


def _check_substances(kb: KnowledgeBase) -> list[Problem]:
    out = []
    owner: dict[str, str] = {}
    for substance in kb.substances.values():
        where = substance.where
        assert where is not None
        if not SLUG.match(substance.id):
            out.append(Problem(where, f"substance id `{substance.id}` must be a lowercase slug"))
        if substance.interacts_as and substance.interacts_as not in kb.substances:
            out.append(Problem(where, f"`interacts_as` names unknown substance `{substance.interacts_as}`"))
        names = (substance.id, substance.name.lower(), *(a.lower() for a in substance.aliases))
        for key, pairs in (("also_contains", substance.also_contains), ("mixes", substance.mixes)):
            for name, contained in pairs:
                if name not in names:
                    out.append(Problem(where, f"`{key}` names `{name}`, which is not a name of `{substance.id}`"))
                for sid in contained:
                    if sid not in kb.substances or sid == substance.id:
                        out.append(Problem(where, f"`{key}` for `{name}` names unknown substance `{sid}`"))
        for name in names:
            if owner.get(name, substance.id) != substance.id:
                out.append(Problem(where, f"duplicate alias `{name}` (also `{owner[name]}`)"))
            owner.setdefault(name, substance.id)
    return out


def _check_jurisdictions(kb: KnowledgeBase) -> list[Problem]:
    out = []
    for jurisdiction in kb.jurisdictions.values():
        out += _unknown_sources(kb, jurisdiction.source_ids, jurisdiction.where)
        for line in (*jurisdiction.crisis_lines, *jurisdiction.poison_lines):
            out += _unknown_sources(kb, line.source_ids, jurisdiction.where)
        for number in jurisdiction.also_numbers:
            if not PHONE_NUMBER.match(number):
                out.append(Problem(jurisdiction.where, f"`also` number `{number}` must be digits"))
            elif number == jurisdiction.emergency_number:
                out.append(Problem(jurisdiction.where, f"`also` repeats the emergency number `{number}`"))
    return out


PHONE_NUMBER = re.compile(r"^[0-9][0-9 -]*$")


MAX_SEARCH_TERMS = 16
MAX_SEARCH_TERM_CHARS = 40
QUESTIONS_PER_SECTION = (2, 5)  # a `Questions:` line, when present, lists this many
MAX_QUESTION_CHARS = 120


def _check_documents(kb: KnowledgeBase, today: dt.date) -> list[Problem]:
    out = []
    first_seen: dict[str, Location] = {}
    for doc in kb.documents:
        where = doc.where
        if doc.id in first_seen:
            out.append(Problem(where, f"duplicate document id `{doc.id}` (first at {first_seen[doc.id]})"))
        first_seen.setdefault(doc.id, where)
        if doc.id and not SLUG.match(doc.id):
            out.append(Problem(where, f"document id `{doc.id}` must be a lowercase slug"))
        if doc.topic not in TOPICS:
            out.append(Problem(where, f"unsupported topic `{doc.topic}` (one of {', '.join(TOPICS)})"))
        if doc.status not in STATUSES:
            out.append(Problem(where, f"status must be `vetted` or `draft`, not `{doc.status}`"))
        out += [Problem(where, f"unknown substance `{s}`") for s in doc.substances if s not in kb.substances]
        out += [Problem(where, f"unknown jurisdiction `{j}`") for j in doc.jurisdictions if j not in kb.jurisdictions]
        if doc.topic == "legal" and not doc.jurisdictions:
            out.append(Problem(where, "a legal document must name its `jurisdictions`"))
        if doc.review_due and doc.review_due < today:
            out.append(Problem(where, f"review expired: `review_due` {doc.review_due} has passed"))
        if doc.reviewed_on and doc.review_due and doc.review_due - doc.reviewed_on > MAX_REVIEW_INTERVAL:
            out.append(Problem(where, "`review_due` must be at most a year after `reviewed_on`"))
        if len(doc.search_terms) > MAX_SEARCH_TERMS:
            out.append(Problem(where, f"at most {MAX_SEARCH_TERMS} `search_terms` (they steer search; the text does the rest)"))
        out += [
            Problem(where, f"search term `{term[:40]}...` is longer than {MAX_SEARCH_TERM_CHARS} characters")
            for term in doc.search_terms
            if len(term) > MAX_SEARCH_TERM_CHARS
        ]
        headings: set[str] = set()
        for section in doc.sections:
            if section.heading in headings:
                out.append(Problem(section.where or where, f"duplicate section heading `{section.heading}`"))
            headings.add(section.heading)
            out += _unknown_sources(kb, section.source_ids, section.where)
            out += _check_questions(section.questions, section.where or where)
    return out


def _check_questions(questions: tuple[str, ...], where: Location) -> list[Problem]:
    """A section's `Questions:` steer search only, so they must be few, short and plain questions."""
    low, high = QUESTIONS_PER_SECTION
    out = []
    if questions and not low <= len(questions) <= high:
        out.append(Problem(where, f"a `Questions:` line lists {low} to {high} questions separated by `|`, not {len(questions)}"))
    out += [
        Problem(where, f"question `{q[:40]}...` is longer than {MAX_QUESTION_CHARS} characters")
        for q in questions
        if len(q) > MAX_QUESTION_CHARS
    ]
    seen: set[str] = set()
    for q in questions:
        if q.lower() in seen:
            out.append(Problem(where, f"question `{q[:40]}` is listed twice"))
        seen.add(q.lower())
    return out


def _check_interactions(kb: KnowledgeBase) -> list[Problem]:
    out = []
    seen: dict[frozenset[str], Location] = {}
    for entry in kb.interactions:
        where = entry.where
        assert where is not None
        for sid in (entry.a, entry.b):
            if sid and sid not in kb.substances:
                out.append(Problem(where, f"unknown substance `{sid}`"))
        if entry.a == entry.b:
            out.append(Problem(where, "an interaction needs two different substances"))
        if entry.level not in TABLE_LEVELS:
            out.append(Problem(where, f"unsupported level `{entry.level}` (one of {', '.join(TABLE_LEVELS)})"))
        if entry.pair in seen:
            out.append(Problem(where, f"duplicate pair {entry.a} + {entry.b} (first at {seen[entry.pair]})"))
        seen.setdefault(entry.pair, where)
        out += _unknown_sources(kb, entry.source_ids, where)
    return out


def _check_legal(kb: KnowledgeBase) -> list[Problem]:
    out = []
    seen: dict[tuple[str, str], Location] = {}
    for entry in kb.legal:
        where = entry.where
        assert where is not None
        if entry.substance and entry.substance not in kb.substances:
            out.append(Problem(where, f"unknown substance `{entry.substance}`"))
        if entry.jurisdiction and entry.jurisdiction not in kb.jurisdictions:
            out.append(Problem(where, f"unknown jurisdiction `{entry.jurisdiction}`"))
        key = (entry.substance, entry.jurisdiction)
        if key in seen:
            out.append(Problem(where, f"duplicate legal entry {key[0]} in {key[1]} (first at {seen[key]})"))
        seen.setdefault(key, where)
        out += _unknown_sources(kb, entry.source_ids, where)
    return out


UNKNOWN_SUBSTANCE = "unknown"  # in a situation's `substances`: unknown pills or powders


def _check_situations(kb: KnowledgeBase) -> list[Problem]:
    fallbacks = [s for s in kb.situations.values() if s.fallback]
    extra = [Problem(s.where or Location(kb.root / "emergencies.yaml", 1), "only one situation may be the `fallback`")
             for s in fallbacks[1:]]
    return extra + _check_each_situation(kb)


def _check_each_situation(kb: KnowledgeBase) -> list[Problem]:
    """Each step of a situation must be quotable as written: one exact sentence of a vetted section."""
    out = []
    sections: dict[str, Section] = {s.key: s for s in kb.vetted_sections()}
    guides = {d.id for d in kb.documents if d.topic == "emergency" and d.status == "vetted"}
    for situation in kb.situations.values():
        where = situation.where
        assert where is not None
        if situation.id and not SLUG.match(situation.id):
            out.append(Problem(where, f"situation id `{situation.id}` must be a lowercase slug"))
        if situation.guide and situation.guide not in guides:
            out.append(Problem(where, f"guide `{situation.guide}` is not the id of a vetted emergency document"))
        if situation.needs and situation.needs not in SITUATION_NEEDS:
            out.append(Problem(where, f"`needs` must be one of {', '.join(SITUATION_NEEDS)}, not `{situation.needs}`"))
        if situation.needs == "sign_and_substance" and not situation.substances:
            out.append(Problem(where, "`needs: sign_and_substance` needs a non-empty `substances` list"))
        out += [
            Problem(where, f"unknown substance `{s}` (a substance id or `{UNKNOWN_SUBSTANCE}`)")
            for s in situation.substances
            if s not in kb.substances and s != UNKNOWN_SUBSTANCE
        ]
        if situation.fallback and situation.signs:
            out.append(Problem(where, "a `fallback` situation is used when no signs match, so it lists no signs"))
        seen_signs: set[str] = set()
        for sign in situation.signs:
            if sign != sign.lower():
                out.append(Problem(where, f"sign `{sign}` must be lowercase"))
            if sign.lower() in seen_signs:
                out.append(Problem(where, f"sign `{sign}` is listed twice"))
            if any(not word for part in sign_parts(sign) for word in part):
                out.append(Problem(where, f"sign `{sign}` has an empty part (write `a/b + c/d`)"))
            seen_signs.add(sign.lower())
        for kind, steps in (("steps", situation.steps), ("self_steps", situation.self_steps)):
            out += _check_steps(kind, steps, sections, where)
        for state, steps in situation.state_steps.items():
            if state not in STATES:
                out.append(Problem(where, f"`state_steps` names an unknown state `{state}` (one of {', '.join(STATES)})"))
            out += _check_steps(f"state_steps.{state}", steps, sections, where)
    return out


def _check_steps(kind: str, steps: tuple[EmergencyStep, ...], sections: dict[str, Section], where: Location) -> list[Problem]:
    out = []
    seen: set[tuple[str, str]] = set()
    for step in steps:
        at = step.where or where
        if (step.section, step.sentence) in seen:
            out.append(Problem(at, f"a step of `{kind}` is listed twice: `{step.sentence[:50]}`"))
        seen.add((step.section, step.sentence))
        section = sections.get(step.section)
        if section is None:
            out.append(Problem(at, f"step section `{step.section}` is not a vetted section (`doc-id#Heading`)"))
            continue
        if step.sentence not in {s.text for s in split_sentences(section)}:
            out.append(Problem(at, f"step sentence is not exactly one sentence of `{step.section}`: `{step.sentence[:60]}`"))
    return out


def _check_reference_levels(kb: KnowledgeBase) -> list[Problem]:
    """Our combination levels against TripSit's (knowledge/reference/): never lower without a sourced reason."""
    return check_reference(kb)


def _check_dose_amounts(root: Path) -> list[Problem]:
    """Scan every content line, so a dose is reported where it is written."""
    out = []
    files = [*sorted((root / "documents").rglob("*.md")), *sorted(root.glob("*.yaml"))]
    for path in files:
        if path.name == "sources.yaml":
            continue  # titles of sources are not our words, and never quoted as an answer
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for mention in find_dose_mentions(line):
                out.append(Problem(Location(path, number), f"dose amount `{mention.text}` ({mention.kind})"))
    return out
