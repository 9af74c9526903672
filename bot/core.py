"""The core every channel calls: one message in, one `Reply` out.

Data flows one way: policy (emergency? refusal?) → retrieve → compose → last gate.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import combinations, islice

import numpy as np
from threadpoolctl import threadpool_limits
from dataclasses import dataclass, field

from langchain_core.embeddings import Embeddings

from bot.cache import ReplyCache, knowledge_fingerprint
from bot.compose import Composer, near_duplicate
from bot.sentences import Sentence, split_sentences
from bot.conversation import Context, read_in_context
from bot.doses import contains_dose
from bot.embeddings import load_embeddings
from bot.index import RefreshStats, SectionIndex
from bot.intent import asks_about_testing, asks_what_it_is, compares, topic_hints
from bot.kb.check import check_knowledge
from bot.kb.loader import Problem
from bot.kb.model import InteractionEntry, Jurisdiction, KnowledgeBase, Section
from bot.kb.reference import SEVERITY
from bot.kb.tables import (
    crisis_line_sections,
    emergency_number_section,
    interaction_section,
    legal_section,
    numbers_by_group,
    poison_line_sections,
)
from bot.messages import (
    ABSTAIN_NOT_IN_KB,
    ABSTAIN_OUT_OF_SCOPE,
    CRISIS_OPENING,
    CRISIS_OPENING_FOR_SOMEONE,
    DOSING_REFUSAL,
    EMERGENCY_OPENING,
    EMPTY_MESSAGE,
    LEGAL_ASK_PLACE,
    LEGAL_NOTE,
    NO_INTERACTION_DATA,
    OTHER_REFUSALS,
    UNKNOWN_PLACE_EMERGENCY,
)
from bot.policy import Decision
from bot.policy.classifier import PolicyClassifier
from bot.situation_classifier import SituationClassifier
from bot.policy.decide import NOT_OVERRIDDEN_BY_DANGER, without_homonyms
from bot.policy.harms import someone_elses_crisis
from bot.policy.normalise import canonical, clean
from bot.policy.rules import DRUG_WORDS
from bot.policy.screen import screen
from bot.reply import Interaction, Reply, Turn
from bot.first_steps import StepFinder, allowed
from bot.resolve import Resolver
from bot.triage import Triage, describes_someone, prepare_signs, resolved, triage
from bot.retrieve import Hit, HybridRetriever, each_named_first
from bot.settings import Settings

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
# A combination of several: at most this many substances (6 pairs) are compared in one reply.
MAX_SUBSTANCES_COMBINED = 4
EXPLAINED_PAIRS = 3
PAIR_SEARCH = 12  # hits searched for document sections about a pair
ANSWER_SEARCH = 4  # hits an answer is drawn from (and judged relevant or not on)
COMPARISON_SEARCH = 12  # hits searched so that a comparison finds a section on each side
DOSING_HELP_SEARCH = 12  # hits searched for what lowers the risk, so a section on the substance itself is among them
PAIR_SECTIONS = 2  # of which at most this many are quoted
PLACE_SECTIONS = 2  # sections of a guide to a place's law quoted after the legal table's row
PAIR_PROSE_ENOUGH = 2  # with fewer sentences from the documents, the table's own sentences fill in
MAX_DOSING_REFUSALS_KEPT = 1024  # composed dosing refusals kept, one per set of substances
UNKNOWN_PAIR_RANK = 2.5  # a pair missing from the table sorts after unsafe pairs and before caution ones
EMERGENCY_SEARCH_WORDS = {
    "crisis": "suicidal crisis support",
    "seizure": "seizure",
    "overheating": "overheating heatstroke",
    "serotonin": "serotonin syndrome",
}


class InvalidKnowledgeBase(RuntimeError):
    """`knowledge/` has problems; the bot refuses to serve it. `problems` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        super().__init__(f"{len(problems)} knowledge-base problem(s):\n{shown}")


@dataclass
class Bot:
    """Loads once (knowledge base, model, index) and answers many messages."""

    settings: Settings
    kb: KnowledgeBase
    embeddings: Embeddings
    index: SectionIndex
    retriever: HybridRetriever
    composer: Composer
    resolver: Resolver
    classifier: PolicyClassifier
    step_finder: StepFinder
    situations: SituationClassifier
    # For each section, the interaction groups it is about or names: how a combination finds its prose.
    groups_named: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    refresh_stats: RefreshStats | None = None
    cache: ReplyCache | None = None
    # Dosing refusals composed so far, by the substances they name (they depend on nothing else).
    _dosing_refusals: dict[tuple[str, ...], Reply] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, settings: Settings | None = None) -> Bot:
        """Build a ready bot; raises `InvalidKnowledgeBase` or `ModelIntegrityError` rather than serve badly."""
        settings = settings or Settings()
        # One BLAS thread: a request's products are small (a few thousand rows by 384), and BLAS threads that
        # wait on a busy core cost milliseconds at the tail (measured: a 0.1 ms product spiking to 8 ms).
        threadpool_limits(limits=1, user_api="blas")
        kb, problems = check_knowledge(settings.knowledge_dir)
        if problems:
            raise InvalidKnowledgeBase(problems)
        embeddings = load_embeddings(settings)
        index = SectionIndex(settings, embeddings)
        sections = kb.vetted_sections()
        stats = index.refresh(sections) if settings.refresh_index_on_start else None
        sentence_vectors = index.sentence_vectors()
        classifier, situations = load_classifiers(settings, embeddings)
        resolver = Resolver(kb)
        prepare_signs(kb.situations.values())
        return cls(
            settings=settings,
            kb=kb,
            embeddings=embeddings,
            index=index,
            retriever=HybridRetriever.build(index, embeddings, sections, sentence_vectors=sentence_vectors),
            composer=Composer(
                kb, embeddings, max_words=settings.max_answer_words,
                sentence_vectors=sentence_vectors, sentence_id=index.sentence_id,
            ),
            resolver=resolver,
            classifier=classifier,
            step_finder=StepFinder(sections, kb.situations.values()),
            situations=situations,
            groups_named={s.key: resolver.groups_named(s) for s in sections},
            refresh_stats=stats,
            cache=ReplyCache(size=settings.cache_size, fingerprint=knowledge_fingerprint(settings))
            if settings.cache_size > 0 else None,
        )

    # -- the one entry point --------------------------------------------------------------

    def ask(self, message: object, *, history: object = (), jurisdiction: object = None) -> Reply:
        """Answer one message; every reply passes the last gate before it is returned.

        Never raises on its inputs: a message that is not a string counts as empty, a history that is
        not a sequence of turns as none (malformed turns are dropped), a jurisdiction that is not a
        known code as none. A first-turn reply may come from the reply cache.
        """
        text = message.strip()[: MAX_MESSAGE_CHARS * 2] if isinstance(message, str) else ""
        turns = _history(history, limit=self.settings.max_history_turns)
        place = jurisdiction if isinstance(jurisdiction, str) and jurisdiction in self.kb.jurisdictions else None
        key = self.cache.key(text, place) if self.cache is not None and not turns else None
        if key is not None and (cached := self.cache.get(key)) is not None:
            return cached
        reply = self.gate(self._decide(text, turns, place))
        if key is not None:
            self.cache.put(key, reply)
        return reply

    def combo(self, a: str, b: str) -> Reply:
        """The combination-table reply for two substances given by name or alias."""
        first, second = self.resolver.substances(a), self.resolver.substances(b)
        if not first or not second or first[0] == second[0]:
            return self.gate(Reply(kind="abstain", reason="not_in_kb", text=ABSTAIN_NOT_IN_KB))
        # The prose is searched with the substances' own names, so every alias gives the same reply; the names as
        # given still say whether a preparation holds more ("aya" brings its MAOI vine).
        canonical = f"{self.kb.substances[first[0]].name} with {self.kb.substances[second[0]].name}"
        context = Context(text=f"{a} and {b}", substances=[first[0], second[0]])
        return self.gate(self._interaction(context, query=canonical))

    def gate(self, reply: Reply) -> Reply:
        """The last check: a reply that contains a dose amount is replaced by the dosing refusal."""
        if not contains_dose(reply.text) and not any(
            _quoted_has_dose(q) for c in reply.citations for q in c.quoted()
        ):
            return reply
        log.warning("last gate replaced a %s reply that contained a dose amount", reply.kind)
        fallback = Reply(kind="refusal", reason="dosing", text=DOSING_REFUSAL.format(what="drugs"))
        return fallback if not contains_dose(fallback.text) else Reply(kind="refusal", reason="dosing", text="")

    # -- routing ----------------------------------------------------------------------------

    def _decide(self, message: str, history: Sequence[Turn | dict[str, str]], jurisdiction: str | None) -> Reply:
        text = clean(canonical(message if isinstance(message, str) else ""))[:MAX_MESSAGE_CHARS]
        if not text:
            return Reply(kind="abstain", reason="empty", text=EMPTY_MESSAGE)
        turns = _turns(history, limit=self.settings.max_history_turns)
        context = read_in_context(
            without_homonyms(text),
            turns,
            self.resolver,
            jurisdiction=jurisdiction if jurisdiction in self.kb.jurisdictions else None,
            default_jurisdiction=self.settings.default_jurisdiction,
        )
        vector = self.embeddings.embed_query(self._query(context))
        decision = self.screen(message[: MAX_MESSAGE_CHARS * 2], context=context, turns=turns, vector=vector)
        read = triage(context.text, context.substances, self.kb.situations.values())
        # A question about a danger the emergency guides cover ("do you put something in their mouth when someone
        # has a fit?") is in scope even when it names no drug: answered from the guides, never called off-topic.
        drug_context = bool(context.substances or context.carried_text or read.situations) or bool(
            DRUG_WORDS.search(context.text)
        )
        if decision.kind == "emergency" and decision.reason != "crisis" and resolved(context.text):
            decision = Decision(None, None)  # "last weekend my friend passed out, he's fine now": a question to answer
        if decision.kind == "emergency":
            reason = decision.reason or "overdose"
            if decision.by == "classifier" and read.crisis_possible:
                reason = "crisis"  # the classifier split the danger between its two labels; the signs say which
            return self._emergency(context, reason, read, vector)
        if read.situations and describes_someone(context.text) and not (
            decision.kind == "refusal" and decision.reason in NOT_OVERRIDDEN_BY_DANGER
        ):
            # Danger signs described about someone now come first: before a refusal that a number or a drug
            # name set off ("my toddler ate a 10mg gummy"), an off-topic guess, a combination or a fact answer.
            return self._emergency(context, "crisis" if read.crisis_possible else "overdose", read, vector)
        if decision.kind == "refusal" and decision.reason == "dosing":
            return self._dosing_refusal(context)
        if decision.kind == "abstain":
            if decision.leaning:
                return self._leaning_refusal(context, decision.leaning, read, vector)
            return Reply(kind="abstain", reason=decision.reason, text=ABSTAIN_OUT_OF_SCOPE)
        if decision.kind == "refusal":
            return Reply(
                kind="refusal", reason=decision.reason, text=OTHER_REFUSALS[decision.reason or "sourcing"],
                substances=context.substances,
            )
        if context.about_law and context.substances:
            return self._legal(context, vector)
        if len(context.substances) >= 2 and (
            self.resolver.names_a_mix(context.text) or (not compares(text) and not asks_about_testing(text))
        ):
            return self._interaction(context, vector)
        reply = self._answer(context, vector, drug_context=drug_context)
        if reply.kind == "abstain" and decision.leaning:
            return self._leaning_refusal(context, decision.leaning, read, vector)
        return reply

    def _leaning_refusal(self, context: Context, label: str, read: Triage, vector: list[float]) -> Reply:
        """A message we would not answer, that the classifier leans to refuse: refused, so the reason is said."""
        if label == "crisis":
            return self._emergency(context, "crisis", read, vector)
        if label == "dosing":
            return self._dosing_refusal(context)
        return Reply(kind="refusal", reason=label, text=OTHER_REFUSALS[label], substances=context.substances)

    def screen(self, message: str, *, context: Context, turns: Sequence[Turn], vector: list[float]) -> Decision:
        """The policy step: emergency, refusal, off-topic or go ahead, for a message read in context.

        `message` is the raw text (spacing can carry meaning); `vector` is the query embedding,
        computed anyway for retrieval, on which the classifier runs.
        """
        return screen(
            message, context=context, turns=turns, resolver=self.resolver, classifier=self.classifier, vector=vector,
            embed=self.embeddings.embed_query,
        )

    def _query(self, context: Context) -> str:
        """The search text: the message read in context, plus the full names of its substances.

        Full names ("MDMA (ecstasy, molly)") rather than short ones: on the tuning cases they find
        the gold document more often (gold source hit 0.963 against 0.948), street names included.
        """
        names = [self.kb.substances[s].name for s in context.substances if s in self.kb.substances]
        return " ".join([context.search_text, *names])

    # -- replies ------------------------------------------------------------------------------

    def _answer(self, context: Context, vector: list[float], *, drug_context: bool) -> Reply:
        query = self._query(context)
        comparing = len(context.substances) >= 2 and compares(context.text)
        hits = self.retriever.search(
            query, vector=vector, substances=context.substances, topics=topic_hints(context.text),
            k=COMPARISON_SEARCH if comparing else ANSWER_SEARCH, overview=asks_what_it_is(context.text),
        )
        if not self._relevant(hits[:ANSWER_SEARCH], drug_context=drug_context):
            if drug_context:
                return Reply(kind="abstain", reason="not_in_kb", text=ABSTAIN_NOT_IN_KB, substances=context.substances)
            return Reply(kind="abstain", reason="out_of_scope", text=ABSTAIN_OUT_OF_SCOPE)
        sections = [h.section for h in hits]
        if comparing:
            sections = each_named_first(sections, context.substances)
        sentences = self.composer.pick(vector, sections[: self.settings.max_sections_cited])
        return self.composer.reply(
            kind="answer", reason=None, sentences=sentences, substances=context.substances,
            jurisdiction=context.jurisdiction,
        )

    def _relevant(self, hits: Sequence[Hit], *, drug_context: bool) -> bool:
        """Whether the best hits are close enough to answer from, rather than abstain."""
        if drug_context:
            section_floor, sentence_floor = self.settings.min_relevance, self.settings.min_sentence_relevance
            question_floor = self.settings.min_question_relevance
        else:
            section_floor = self.settings.min_relevance_off_topic
            sentence_floor = self.settings.min_sentence_relevance_off_topic
            question_floor = self.settings.min_question_relevance_off_topic
        return any(
            h.similarity >= section_floor or h.sentence_similarity >= sentence_floor
            or h.question_similarity >= question_floor
            for h in hits
        )

    def _legal(self, context: Context, vector: list[float]) -> Reply:
        substance = context.substances[0]
        places = [context.jurisdiction] if context.jurisdiction else list(self.kb.jurisdictions)
        entries = [e for p in places if (e := self.resolver.legal(substance, p))]
        if not entries:
            return Reply(kind="abstain", reason="not_in_kb", text=ABSTAIN_NOT_IN_KB, substances=context.substances)
        if context.jurisdiction:
            # The row's first sentence (the category, as of a date) leads; then what answers the question, from the
            # rest of the row and from guides to this place's law ("can I smoke in the park?").
            row = legal_section(self.kb, entries[0])
            category, *rest = split_sentences(row)
            guides = self._place_sections(context, row, vector)
            if guides:
                budget = self.settings.max_answer_words - len(category.text.split())
                picked = [s for s in self.composer.pick(vector, [row, *guides], max_words=budget) if s != category]
                sentences = [category, *(s for s in picked if not near_duplicate(s.text, category.text))]
            else:
                sentences = [category, *rest]
            after = [LEGAL_NOTE]
        else:
            # No place named: the first sentence (category and date) for a few places, and an invitation.
            sentences = [split_sentences(legal_section(self.kb, e))[0] for e in entries[: self.settings.max_sections_cited]]
            after = [LEGAL_NOTE, LEGAL_ASK_PLACE]
        return self.composer.reply(
            kind="answer", reason=None, sentences=_within_words(sentences, self.settings.max_answer_words),
            after=after, substances=context.substances, jurisdiction=context.jurisdiction,
        )

    def _place_sections(self, context: Context, row: Section, vector: list[float]) -> list[Section]:
        """A guide's sections on this substance's law in this place ("Where cannabis use is banned in Germany").

        The table row says the category; the question may be about where, how much or what else the law
        says, which only a guide on that country's law covers.
        """
        hits = self.retriever.search(self._query(context), vector=vector, substances=list(row.substances), k=PAIR_SEARCH)
        return [
            h.section for h in hits
            if h.section.key != row.key and h.section.topic == "legal" and set(row.substances) <= set(h.section.substances)
            and self._about_place(h.section) in row.jurisdictions
        ][:PLACE_SECTIONS]

    def _about_place(self, section: Section) -> str | None:
        """The one place a section of law is about: named in its heading, else its document's only place.

        A guide that covers several countries ("Nitrous oxide law in the UK", "... and the European Union") speaks
        for a place only in the sections that name it.
        """
        if named := self.resolver.jurisdiction(section.heading):
            return named
        return section.jurisdictions[0] if len(section.jurisdictions) == 1 else None

    def _interaction(self, context: Context, vector: list[float] | None = None, *, query: str | None = None) -> Reply:
        """The table's rating first, then what the knowledge base's prose says about this pair.

        The table's sentence carries the level; the documents' sections on the pair ("Cocaine with
        alcohol: cocaethylene") usually say why, in more detail than the table's own sentences, which
        fill in when no document section names both.
        """
        if len(context.substances) >= 3:
            return self._combination_of_several(context)
        a, b = context.substances[0], context.substances[1]
        entry = self._riskiest_entry(context, a, b)
        if entry is None:
            names = [self.kb.substances[s].name for s in (a, b)]
            return Reply(
                kind="abstain", reason="not_in_kb", text=NO_INTERACTION_DATA.format(a=names[0], b=names[1]),
                substances=context.substances, interaction=Interaction(a=a, b=b, level="unknown"),
            )
        rating, *table = split_sentences(interaction_section(self.kb, entry))
        budget = self.settings.max_answer_words - len(rating.text.split())
        query = query or self._query(context)
        vector = vector if vector is not None else self.embeddings.embed_query(query)
        prose = self.composer.pick(vector, self._pair_sections(query, vector, a, b), max_words=budget)
        words = sum(len(s.text.split()) for s in prose)
        for sentence in table if len(prose) < PAIR_PROSE_ENOUGH else ():
            if words + len(sentence.text.split()) > budget or any(near_duplicate(sentence.text, p.text) for p in prose):
                continue
            prose.append(sentence)
            words += len(sentence.text.split())
        return self.composer.reply(
            kind="answer", reason=None, lead=[rating], sentences=prose,
            substances=context.substances, interaction=Interaction(a=a, b=b, level=entry.level),  # type: ignore[arg-type]
            jurisdiction=context.jurisdiction,
        )

    def _riskiest_entry(self, context: Context, a: str, b: str) -> InteractionEntry | None:
        """The table's entry for a pair, or, when one of them was named as a preparation that holds another
        substance too (ayahuasca: DMT and an MAOI), the riskiest entry among what the two hold."""
        held = self.resolver.also_contained(context.text)
        entries = [
            entry for x in (a, *held.get(a, ())) for y in (b, *held.get(b, ()))
            if x != y and (entry := self.resolver.interaction(x, y)) is not None
        ]
        return max(entries, key=lambda e: SEVERITY[e.level], default=None)

    def _pair_sections(self, query: str, vector: list[float], a: str, b: str) -> list[Section]:
        """The best document sections on a pair: in a document about one of the two, naming the other.

        A third substance's section that lists both among its own risky mixes is not about the pair.
        """
        pair = {self.resolver.interaction_group(a), self.resolver.interaction_group(b)}
        hits = self.retriever.search(query, vector=vector, substances=[a, b], k=PAIR_SEARCH)
        return [
            h.section for h in hits
            if pair <= self.groups_named.get(h.section.key, frozenset())
            and pair & {self.resolver.interaction_group(s) for s in h.section.substances}
        ][:PAIR_SECTIONS]

    def _combination_of_several(self, context: Context) -> Reply:
        """"Molly, ket and alcohol": every pair's level, the riskiest first, each with its first sentences and sources.

        A pair the table lacks is reported as unknown (after the unsafe pairs, before the rest: not knowing is
        no reason to relax), never as low risk.
        """
        pairs = list(combinations(context.substances[:MAX_SUBSTANCES_COMBINED], 2))
        entries = {pair: self._riskiest_entry(context, *pair) for pair in pairs}
        rank = {pair: SEVERITY[e.level] if e else UNKNOWN_PAIR_RANK for pair, e in entries.items()}
        ordered = sorted(pairs, key=lambda pair: -rank[pair])
        interactions = [
            Interaction(a=a, b=b, level=entries[(a, b)].level if entries[(a, b)] else "unknown")  # type: ignore[arg-type, union-attr]
            for a, b in ordered
        ]
        sentences, after = [], []
        for place, pair in enumerate(ordered):
            entry = entries[pair]
            if entry is None:
                names = [self.kb.substances[s].name for s in pair]
                after.append(NO_INTERACTION_DATA.format(a=names[0], b=names[1]).split(". ")[0] + ".")
                continue
            # Every pair's level; what happens, for the riskiest few.
            sentences += split_sentences(interaction_section(self.kb, entry))[: 2 if place < EXPLAINED_PAIRS else 1]
        return self.composer.reply(
            kind="answer", reason=None, sentences=sentences, after=after, substances=context.substances,
            interaction=interactions[0], interactions=interactions, jurisdiction=context.jurisdiction,
        )

    def _dosing_refusal(self, context: Context) -> Reply:
        """The kind refusal and what helps instead: a function of the substances alone, so composed once each."""
        key = tuple(context.substances)
        if (known := self._dosing_refusals.get(key)) is not None:
            return known
        reply = self._compose_dosing_refusal(context)
        if len(self._dosing_refusals) < MAX_DOSING_REFUSALS_KEPT:
            self._dosing_refusals[key] = reply
        return reply

    def _compose_dosing_refusal(self, context: Context) -> Reply:
        names = [self.kb.substances[s].name for s in context.substances if s in self.kb.substances]
        what = " and ".join(names) if names else "drugs"
        query = f"{' '.join(names)} risks dangers overdose safer use drug checking not using alone"
        vector = self.embeddings.embed_query(query)
        hits = self.retriever.search(
            query, vector=vector, substances=context.substances, topics={"risks", "safer-use"}, k=DOSING_HELP_SEARCH,
            only_topics={"risks", "safer-use"},
        )
        # A section about the named substances alone, where there is one: the withdrawal guide also lists alcohol,
        # and its opioid tolerance after prison led every alcohol refusal.
        own = [h for h in hits if h.section.substances and set(h.section.substances) <= set(context.substances)]
        sentences = self.composer.pick(vector, [h.section for h in (own or hits)[:3]], max_words=80)
        return self.composer.reply(
            kind="refusal", reason="dosing", sentences=sentences, before=[DOSING_REFUSAL.format(what=what)],
            substances=context.substances,
        )

    def _emergency(self, context: Context, reason: str, read: Triage, vector: list[float]) -> Reply:
        """Emergency number first, then the first steps for the situation described, never one that contradicts it.

        The situations come from the signs described and the substances in view (`bot/triage.py`);
        with none recognised, the search over emergency guides chooses, under the same rules.
        Two substances named: the combination's risk follows the steps.
        """
        if reason == "crisis" and "suicidal-crisis" in self.kb.situations:
            crisis = self.kb.situations["suicidal-crisis"]
            read = replace(read, situations=(crisis, *(s for s in read.situations if s is not crisis)))
        if not read.situations and (named := self.situations.situation(vector, context.text, list(self.kb.situations))):
            # No sign in the words used, but the message reads like one situation: its steps, not only the general ones.
            read = replace(read, situations=(self.kb.situations[named],))
        if not read.situations and (fallback := self.kb.fallback_situation()) is not None:
            # No situation recognised from the words used: the general first steps, never a search that
            # could bring a step the unseen situation contradicts.
            read = replace(read, situations=(fallback,))
        steps = self.step_finder.steps(read) if read.situations else self._searched_steps(context, reason, read)
        lead = self._emergency_number_sentences(context.jurisdiction)
        ids = [s.id for s in read.situations]
        if "accidental-swallowing" in ids:
            lead += self._line_sentences(context.jurisdiction, poison_line_sections)
        after = self._combination_risk(context) if len(context.substances) >= 2 else []
        situation = ids[0] if ids else None
        if reason == "crisis":
            lead += self._line_sentences(context.jurisdiction, crisis_line_sections)
            return self.composer.reply(
                kind="emergency", reason="crisis", lead=lead, sentences=[*steps, *after],
                before=[CRISIS_OPENING_FOR_SOMEONE if someone_elses_crisis(context.text) else CRISIS_OPENING],
                jurisdiction=context.jurisdiction, situation=situation,
            )
        before = [EMERGENCY_OPENING] if context.jurisdiction else [EMERGENCY_OPENING, UNKNOWN_PLACE_EMERGENCY]
        return self.composer.reply(
            kind="emergency", reason=reason, lead=lead, sentences=[*steps, *after], before=before,
            substances=context.substances, jurisdiction=context.jurisdiction, situation=situation,
        )

    def _searched_steps(self, context: Context, reason: str, read: Triage) -> list[Sentence]:
        """No situation recognised: the emergency guides' best sections, in written order, under the same rules."""
        query = f"{EMERGENCY_SEARCH_WORDS.get(reason, '')} {context.text}".strip()
        vector = self.embeddings.embed_query(query)
        hits = self.retriever.search(query, vector=vector, substances=context.substances, k=3, only_topics={"emergency"})
        steps = self.composer.leading([h.section for h in hits], max_words=200, max_sources=3, per_section=3)
        return allowed(steps, read.state)[:6]

    def _combination_risk(self, context: Context) -> list[Sentence]:
        entry = self._riskiest_entry(context, context.substances[0], context.substances[1])
        return split_sentences(interaction_section(self.kb, entry))[:2] if entry else []

    def _emergency_number_sentences(self, jurisdiction: str | None) -> list[Sentence]:
        """The place's number; with no place known, every number with the places it serves."""
        if jurisdiction in self.kb.jurisdictions:
            return split_sentences(emergency_number_section(self.kb.jurisdictions[jurisdiction]))
        return [s for section in numbers_by_group(self.kb) for s in split_sentences(section)]

    def _line_sentences(self, jurisdiction: str | None, lines: Callable[[Jurisdiction], list[Section]]) -> list[Sentence]:
        """Crisis or poison lines for the place, or for every place when none is known."""
        places = [self.kb.jurisdictions[jurisdiction]] if jurisdiction in self.kb.jurisdictions else list(
            self.kb.jurisdictions.values()
        )
        return [s for place in places for section in lines(place) for s in split_sentences(section)]


@lru_cache(maxsize=16384)
def _quoted_has_dose(text: str) -> bool:
    """The gate's check of a quote: quotes are knowledge-base text, the same few thousand sentences again and
    again, so each is scanned once (the message's own text never enters this cache)."""
    return contains_dose(text)


def load_classifiers(settings: Settings, embeddings: Embeddings) -> tuple[PolicyClassifier, SituationClassifier]:
    """The policy and situation classifiers, from their cache in the index directory or fitted now (and cached).

    `hrbot index` calls this too, so serving workers find them cached instead of each fitting its own.
    """
    model_id = getattr(embeddings, "model_id", None) or settings.model_sha256
    embed = lambda texts: np.asarray(embeddings.embed_documents(texts))  # noqa: E731
    return (
        PolicyClassifier.load_or_train(cache_dir=settings.index_dir, model_sha256=model_id, embed=embed),
        SituationClassifier.load_or_train(cache_dir=settings.index_dir, model_sha256=model_id, embed=embed),
    )


def _history(history: object, *, limit: int) -> list[Turn]:
    """The newest `limit` valid turns of whatever was passed as a history, texts cut to a bounded length."""
    if limit <= 0 or history is None or isinstance(history, (str, bytes, dict)):
        return []
    if isinstance(history, Sequence):
        items = list(history[-limit:])
    elif isinstance(history, Iterable):
        items = list(deque(islice(history, 10_000), maxlen=limit))  # a generator may never end
    else:
        return []
    turns = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            item = {**item, "text": item["text"][: MAX_MESSAGE_CHARS * 2]}
        try:
            turns.append(item if isinstance(item, Turn) else Turn.model_validate(item))
        except Exception:  # noqa: BLE001 - a bad history turn must never break an answer
            continue
    return turns


def _turns(history: Sequence[Turn | dict[str, str]], *, limit: int) -> list[Turn]:
    """Valid turns only, newest last, at most `limit` (oldest dropped); anything malformed is dropped."""
    turns = []
    for item in list(history)[-limit:]:
        try:
            turn = item if isinstance(item, Turn) else Turn.model_validate(item)
        except Exception:  # noqa: BLE001 - a bad history turn must never break an answer
            continue
        turns.append(Turn(role=turn.role, text=clean(turn.text)[:MAX_MESSAGE_CHARS]))
    return turns


def _within_words(sentences: list[Sentence], limit: int) -> list[Sentence]:
    kept, words = [], 0
    for sentence in sentences:
        length = len(sentence.text.split())
        if kept and words + length > limit:
            break
        kept.append(sentence)
        words += length
    return kept
