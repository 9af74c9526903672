"""Parse `knowledge/` into a `KnowledgeBase`, noting every shape problem with its `file:line`.

Parsing never stops at the first problem: `hrbot kb check` wants them all at once.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.kb.model import (
    CrisisLine,
    Document,
    EmergencyStep,
    InteractionEntry,
    Jurisdiction,
    KnowledgeBase,
    LegalEntry,
    Location,
    Section,
    Situation,
    Source,
    Substance,
)

LINE_KEY = "__line__"
SOURCES_LINE = re.compile(r"^Sources?:\s*(.*)$", re.IGNORECASE)
QUESTIONS_LINE = re.compile(r"^Questions?:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    where: Location
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _Reader:
    """Collects problems while turning raw YAML values into typed fields."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, where: Location, message: str) -> None:
        self.problems.append(Problem(where, message))

    def load_list(self, path: Path) -> list[dict[str, Any]]:
        if not path.exists():
            self.problem(Location(path, 1), "file is missing")
            return []
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            self.problem(Location(path, mark.line + 1 if mark else 1), f"invalid YAML: {error}")
            return []
        if data is None:
            return []
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            self.problem(Location(path, 1), "expected a list of mappings")
            return []
        return data

    def text(self, item: dict[str, Any], key: str, where: Location, *, required: bool = True) -> str:
        value = item.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(where, f"missing `{key}`")
            return ""
        if not isinstance(value, (str, int, float)):
            self.problem(where, f"`{key}` must be text")
            return ""
        return str(value).strip()

    def ids(self, item: dict[str, Any], key: str, where: Location, *, required: bool = True) -> tuple[str, ...]:
        value = item.get(key)
        if value is None or value == []:
            if required:
                self.problem(where, f"missing `{key}`")
            return ()
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",")]
        if not isinstance(value, list):
            self.problem(where, f"`{key}` must be a list")
            return ()
        return tuple(str(v).strip() for v in value if str(v).strip())

    def date(self, item: dict[str, Any], key: str, where: Location, *, required: bool = False) -> dt.date | None:
        value = item.get(key)
        if value is None:
            if required:
                self.problem(where, f"missing `{key}`")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.problem(where, f"`{key}` must be a date (YYYY-MM-DD)")
            return None


def _at(path: Path, item: dict[str, Any]) -> Location:
    return Location(path, int(item.get(LINE_KEY, 1)))


def _read_sources(reader: _Reader, path: Path) -> list[Source]:
    out = []
    for item in reader.load_list(path):
        where = _at(path, item)
        out.append(
            Source(
                id=reader.text(item, "id", where),
                title=reader.text(item, "title", where),
                publisher=reader.text(item, "publisher", where),
                url=reader.text(item, "url", where),
                accessed=reader.date(item, "accessed", where, required=True),
                published=reader.date(item, "published", where),
                updated=reader.date(item, "updated", where),
                where=where,
            )
        )
    return out


def _read_substances(reader: _Reader, path: Path) -> list[Substance]:
    out = []
    for item in reader.load_list(path):
        where = _at(path, item)
        out.append(
            Substance(
                id=reader.text(item, "id", where),
                name=reader.text(item, "name", where),
                aliases=reader.ids(item, "aliases", where, required=False),
                classes=reader.ids(item, "classes", where, required=False),
                interacts_as=reader.text(item, "interacts_as", where, required=False) or None,
                where=where,
                also_contains=_read_name_map(reader, item, where, "also_contains"),
                mixes=_read_name_map(reader, item, where, "mixes"),
            )
        )
    return out


def _read_name_map(
    reader: _Reader, item: dict[str, Any], where: Location, key: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`also_contains: {ayahuasca: [maois]}` or `mixes: {speedball: [cocaine]}`: names of the substance that
    bring other substances with them (for rating mixes only) or that always name a mix."""
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, dict):
        reader.problem(where, f"`{key}` must map a name to a list of substance ids")
        return ()
    return tuple((str(name).strip().lower(), reader.ids(value, name, where)) for name in value if name != LINE_KEY)


def _read_lines(reader: _Reader, path: Path, item: dict[str, Any], key: str, where: Location) -> tuple[CrisisLine, ...]:
    """A jurisdiction's list of phone lines (`crisis_lines`, `poison_lines`): name, contact, sources."""
    value = item.get(key) or []
    if not isinstance(value, list):
        reader.problem(where, f"`{key}` must be a list")
        return ()
    lines = []
    for line in value:
        line_where = _at(path, line) if isinstance(line, dict) else where
        if not isinstance(line, dict):
            reader.problem(line_where, f"each entry of `{key}` must be a mapping")
            continue
        lines.append(
            CrisisLine(
                name=reader.text(line, "name", line_where),
                contact=reader.text(line, "contact", line_where),
                source_ids=reader.ids(line, "sources", line_where),
            )
        )
    return tuple(lines)


def _read_jurisdictions(reader: _Reader, path: Path) -> list[Jurisdiction]:
    out = []
    for item in reader.load_list(path):
        where = _at(path, item)
        out.append(
            Jurisdiction(
                id=reader.text(item, "id", where),
                name=reader.text(item, "name", where),
                aliases=reader.ids(item, "aliases", where, required=False),
                emergency_number=reader.text(item, "emergency_number", where),
                source_ids=reader.ids(item, "sources", where),
                crisis_lines=_read_lines(reader, path, item, "crisis_lines", where),
                poison_lines=_read_lines(reader, path, item, "poison_lines", where),
                also_numbers=reader.ids(item, "also", where, required=False),
                where=where,
            )
        )
    return out


def _read_steps(
    reader: _Reader, path: Path, item: dict[str, Any], key: str, where: Location, *, required: bool = True
) -> tuple[EmergencyStep, ...]:
    """An ordered list of `{section: "doc-id#Heading", sentence: "..."}`."""
    value = item.get(key)
    if not value:
        if required:
            reader.problem(where, f"missing `{key}`")
        return ()
    if not isinstance(value, list):
        reader.problem(where, f"`{key}` must be a list")
        return ()
    steps = []
    for step in value:
        if not isinstance(step, dict):
            reader.problem(where, f"each entry of `{key}` must be a mapping with `section` and `sentence`")
            continue
        step_where = _at(path, step)
        steps.append(
            EmergencyStep(
                section=reader.text(step, "section", step_where),
                sentence=" ".join(reader.text(step, "sentence", step_where).split()),
                where=step_where,
            )
        )
    return tuple(steps)


def _read_state_steps(reader: _Reader, path: Path, item: dict[str, Any], where: Location) -> dict[str, tuple[EmergencyStep, ...]]:
    """`state_steps`: a mapping from a state name ("cold") to the steps that state calls for."""
    value = item.get("state_steps")
    if value is None:
        return {}
    if not isinstance(value, dict):
        reader.problem(where, "`state_steps` must be a mapping from a state name to a list of steps")
        return {}
    return {str(state): _read_steps(reader, path, value, state, where) for state in value if state != LINE_KEY}


def _read_situations(reader: _Reader, path: Path) -> list[Situation]:
    """`emergencies.yaml` is optional: a knowledge base without it has no situations."""
    if not path.exists():
        return []
    out = []
    for item in reader.load_list(path):
        where = _at(path, item)
        priority = item.get("priority")
        if isinstance(priority, bool) or not isinstance(priority, int):
            reader.problem(where, "`priority` must be a whole number")
            priority = 0
        out.append(
            Situation(
                id=reader.text(item, "id", where),
                name=reader.text(item, "name", where),
                guide=reader.text(item, "guide", where),
                priority=priority,
                signs=reader.ids(item, "signs", where, required=item.get("fallback") is not True),
                substances=reader.ids(item, "substances", where, required=False),
                needs=reader.text(item, "needs", where),
                steps=_read_steps(reader, path, item, "steps", where),
                self_steps=_read_steps(reader, path, item, "self_steps", where, required=False),
                where=where,
                fallback=item.get("fallback") is True,
                state_steps=_read_state_steps(reader, path, item, where),
            )
        )
    return out


def _read_interactions(reader: _Reader, path: Path) -> list[InteractionEntry]:
    out = []
    for item in reader.load_list(path):
        where = _at(path, item)
        out.append(
            InteractionEntry(
                a=reader.text(item, "a", where),
                b=reader.text(item, "b", where),
                level=reader.text(item, "level", where),
                explanation=" ".join(reader.text(item, "explanation", where).split()),
                source_ids=reader.ids(item, "sources", where),
                where=where,
                below_reference=" ".join(reader.text(item, "below_reference", where, required=False).split()),
            )
        )
    return out


def _read_legal(reader: _Reader, path: Path) -> list[LegalEntry]:
    out = []
    for item in reader.load_list(path):
        where = _at(path, item)
        out.append(
            LegalEntry(
                substance=reader.text(item, "substance", where),
                jurisdiction=reader.text(item, "jurisdiction", where),
                category=reader.text(item, "category", where),
                status=" ".join(reader.text(item, "status", where).split()),
                access=" ".join(reader.text(item, "access", where, required=False).split()),
                as_of=reader.date(item, "as_of", where, required=True),
                source_ids=reader.ids(item, "sources", where),
                where=where,
            )
        )
    return out


def _split_front_matter(reader: _Reader, path: Path, raw: str) -> tuple[dict[str, Any], list[str], int]:
    """Return the front matter, the body lines and the file line number of the first body line."""
    lines = raw.splitlines()
    if not lines or lines[0].strip() != "---":
        reader.problem(Location(path, 1), "missing YAML front matter (a first line `---`)")
        return {}, lines, 1
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        reader.problem(Location(path, 1), "front matter is not closed by `---`")
        return {}, [], 1
    try:
        meta = yaml.load("\n".join(lines[1:end]), Loader=_LineLoader) or {}
    except yaml.YAMLError as error:
        reader.problem(Location(path, 2), f"invalid front matter: {error}")
        meta = {}
    if not isinstance(meta, dict):
        reader.problem(Location(path, 2), "front matter must be a mapping")
        meta = {}
    return meta, lines[end + 1 :], end + 2


def _read_sections(
    reader: _Reader, path: Path, body: list[str], first_line: int, doc: dict[str, Any]
) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    heading_line = first_line
    chunk: list[str] = []

    def flush() -> None:
        if heading is None:
            return
        where = Location(path, heading_line)
        content = list(chunk)
        while content and not content[0].strip():
            content.pop(0)
        source_ids: tuple[str, ...] = ()
        match = SOURCES_LINE.match(content[0].strip()) if content else None
        if match:
            source_ids = tuple(s.strip() for s in match.group(1).split(",") if s.strip())
            content = content[1:]
        if not source_ids:
            reader.problem(where, f"section `{heading}` names no sources (first line must be `Sources: id, ...`)")
        questions: tuple[str, ...] = ()
        asked = QUESTIONS_LINE.match(content[0].strip()) if content else None
        if asked:
            questions = tuple(q.strip() for q in asked.group(1).split("|") if q.strip())
            content = content[1:]
        text = " ".join(" ".join(content).split())
        if not text:
            reader.problem(where, f"section `{heading}` is empty")
        sections.append(
            Section(
                doc_id=doc["id"],
                doc_title=doc["title"],
                heading=heading,
                text=text,
                source_ids=source_ids,
                topic=doc["topic"],
                substances=doc["substances"],
                jurisdictions=doc["jurisdictions"],
                where=where,
                search_terms=doc["search_terms"],
                questions=questions,
            )
        )

    for offset, line in enumerate(body):
        if line.startswith("## "):
            flush()
            heading, heading_line, chunk = line[3:].strip(), first_line + offset, []
        elif heading is None:
            if line.strip():
                reader.problem(Location(path, first_line + offset), "text before the first `##` section")
        elif line.startswith("#"):
            reader.problem(Location(path, first_line + offset), "only `##` headings are allowed inside a document")
        else:
            chunk.append(line)
    flush()
    if not sections:
        reader.problem(Location(path, first_line), "document has no `##` sections")
    return sections


def _read_document(reader: _Reader, path: Path) -> Document | None:
    raw = path.read_text(encoding="utf-8", errors="replace")
    meta, body, first_line = _split_front_matter(reader, path, raw)
    where = Location(path, 1)
    if not meta:
        return None
    doc = {
        "id": reader.text(meta, "id", where),
        "title": reader.text(meta, "title", where),
        "topic": reader.text(meta, "topic", where),
        "substances": reader.ids(meta, "substances", where, required=False),
        "jurisdictions": reader.ids(meta, "jurisdictions", where, required=False),
        "search_terms": reader.ids(meta, "search_terms", where, required=False),
    }
    return Document(
        id=doc["id"],
        title=doc["title"],
        substances=doc["substances"],
        topic=doc["topic"],
        jurisdictions=doc["jurisdictions"],
        status=reader.text(meta, "status", where),
        reviewed_on=reader.date(meta, "reviewed_on", where, required=True),
        review_due=reader.date(meta, "review_due", where, required=True),
        sections=tuple(_read_sections(reader, path, body, first_line, doc)),
        where=where,
        search_terms=doc["search_terms"],
    )


def _by_id(reader: _Reader, kind: str, items: list[Any]) -> dict[str, Any]:
    """Index items by id, reporting every id seen twice."""
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            reader.problem(item.where, f"duplicate {kind} id `{item.id}` (first at {out[item.id].where})")
            continue
        out[item.id] = item
    return out


def load_knowledge(root: Path) -> tuple[KnowledgeBase, list[Problem]]:
    """Parse every file under `root`; return the knowledge base and the shape problems found."""
    reader = _Reader()
    kb = KnowledgeBase(root=root)
    kb.sources = _by_id(reader, "source", _read_sources(reader, root / "sources.yaml"))
    kb.substances = _by_id(reader, "substance", _read_substances(reader, root / "substances.yaml"))
    kb.jurisdictions = _by_id(reader, "jurisdiction", _read_jurisdictions(reader, root / "jurisdictions.yaml"))
    kb.interactions = _read_interactions(reader, root / "interactions.yaml")
    kb.legal = _read_legal(reader, root / "legal.yaml")
    kb.situations = _by_id(reader, "situation", _read_situations(reader, root / "emergencies.yaml"))
    domains_path = root / "allowed_domains.yaml"
    domains = yaml.safe_load(domains_path.read_text(encoding="utf-8")) if domains_path.exists() else []
    kb.allowed_domains = tuple(str(d).lower() for d in domains or [])
    for path in sorted((root / "documents").rglob("*.md")):
        document = _read_document(reader, path)
        if document is not None:
            kb.documents.append(document)
    return kb, reader.problems
