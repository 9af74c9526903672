"""`hrbot`: a thin command line over the Python API."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import typer

from bot.render import to_plain
from bot.settings import Settings

app = typer.Typer(help="Harm-reduction information bot: cited answers from a vetted knowledge base.", no_args_is_help=True)
kb_app = typer.Typer(help="Check and describe the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("check")
def kb_check() -> None:
    """Validate knowledge/; print `file:line: problem` for each error, exit 1 on any."""
    from bot.kb.check import check_knowledge

    settings = Settings()
    kb, problems = check_knowledge(settings.knowledge_dir)
    for problem in problems:
        typer.echo(f"{_relative(problem.where.path)}:{problem.where.line}: {problem.message}")
    sections = len(kb.vetted_sections())
    summary = (
        f"{len(kb.documents)} documents, {sections} vetted sections, {len(kb.sources)} sources, "
        f"{len(kb.interactions)} interaction pairs, {len(kb.legal)} legal entries: "
    )
    typer.echo(summary + (f"{len(problems)} problem(s)" if problems else "ok"), err=True)
    raise typer.Exit(1 if problems else 0)


@kb_app.command("stats")
def kb_stats(as_json: bool = typer.Option(False, "--json", help="Print the counts as one JSON object.")) -> None:
    """Coverage: sections per substance and topic, interaction pairs, jurisdictions, sources."""
    from bot.kb.loader import load_knowledge
    from bot.kb.stats import as_table, coverage

    kb, _ = load_knowledge(Settings().knowledge_dir)
    result = coverage(kb)
    typer.echo(json.dumps(result.summary) if as_json else as_table(result))


@app.command("export-model")
def export_model(
    float32: bool = typer.Option(False, "--float32", help="Keep float32 weights (no int8 quantisation)."),
    force: bool = typer.Option(False, "--force", help="Export again even if a current export is there."),
) -> None:
    """Export the installed, hash-checked model to ONNX (no download); skipped when a current export exists."""
    from bot.onnx_export import export_model as export

    settings = Settings()
    started = time.perf_counter()
    manifest = export(settings, quantize=not float32, force=force)
    typer.echo(
        f"{settings.onnx_dir / manifest.model_file}: {'int8' if manifest.quantized else 'float32'}, "
        f"sha256 {manifest.onnx_sha256} ({time.perf_counter() - started:.1f}s)"
    )


@app.command()
def index() -> None:
    """Build or refresh the search index; only new or changed sections are embedded.

    The ONNX export is made first when missing, so the index and the service embed with the same backend. The
    policy and situation classifiers are fitted and cached beside the index too, so each serving worker loads them
    instead of fitting its own copy at start (minutes on two cores, two workers at once).
    """
    from bot.core import load_classifiers
    from bot.embeddings import load_embeddings
    from bot.index import SectionIndex
    from bot.kb.check import check_knowledge
    from bot.onnx_export import export_model as export

    settings = Settings()
    if settings.embedding_backend != "torch":
        export(settings)
    kb, problems = check_knowledge(settings.knowledge_dir)
    if problems:
        typer.echo(f"{len(problems)} knowledge-base problem(s); run `hrbot kb check`.", err=True)
        raise typer.Exit(1)
    started = time.perf_counter()
    embeddings = load_embeddings(settings)
    stats = SectionIndex(settings, embeddings).refresh(kb.vetted_sections(), progress=True)
    typer.echo(
        f"embedded {stats.embedded}, deleted {stats.deleted}, unchanged {stats.unchanged} "
        f"in {time.perf_counter() - started:.1f}s"
    )
    started = time.perf_counter()
    load_classifiers(settings, embeddings)
    typer.echo(f"classifiers ready in {time.perf_counter() - started:.1f}s")


@app.command()
def ask(
    question: str = typer.Argument(None, help="The question. Omit with --batch."),
    as_json: bool = typer.Option(False, "--json", help="Print the reply JSON."),
    batch: Path = typer.Option(None, "--batch", help="JSON lines {id, q, history}; one reply per line.", exists=True),
    jurisdiction: str = typer.Option(None, "--jurisdiction", help="US, UK, CA, AU, NL, DE or PT."),
) -> None:
    """Ask one question, or a batch of questions with the model loaded once."""
    from bot.core import Bot

    if question is None and batch is None:
        raise typer.BadParameter("give a QUESTION or --batch FILE")
    bot = Bot.load(Settings())
    if batch is None:
        reply = bot.ask(question, jurisdiction=jurisdiction)
        typer.echo(reply.model_dump_json(indent=2) if as_json else to_plain(reply))
        return
    for number, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            reply = bot.ask(str(item.get("q", "")), history=item.get("history") or [], jurisdiction=item.get("jurisdiction"))
            out = {"id": item.get("id"), **reply.model_dump()}
        except (json.JSONDecodeError, AttributeError) as error:
            out = {"id": None, "error": f"line {number}: {error}"}
        sys.stdout.write((json.dumps(out, ensure_ascii=False) if as_json else to_plain_batch(out)) + "\n")


def to_plain_batch(out: dict) -> str:
    from bot.reply import Reply

    if "error" in out:
        return f"# {out['error']}"
    return f"# {out['id']}\n{to_plain(Reply.model_validate({k: v for k, v in out.items() if k != 'id'}))}\n"


@app.command()
def combo(a: str, b: str, as_json: bool = typer.Option(False, "--json")) -> None:
    """Print the combination-table entry for two substances (names or aliases)."""
    from bot.core import Bot

    bot = Bot.load(Settings())
    reply = bot.combo(a, b)
    typer.echo(reply.model_dump_json(indent=2) if as_json else to_plain(reply))


@app.command()
def matrix() -> None:
    """Answer on Matrix (HRBOT_MATRIX_* settings) until stopped."""
    import asyncio

    from bot.channels.matrix import MatrixChannel, MatrixError, require_settings
    from bot.core import Bot

    settings = Settings()
    _log_channel_events()
    try:
        require_settings(settings)
        channel = MatrixChannel.from_settings(Bot.load(settings), settings)
        asyncio.run(channel.run())
    except MatrixError as error:
        typer.echo(f"hrbot matrix: {error}", err=True)
        raise typer.Exit(2) from error
    except KeyboardInterrupt:
        pass


@app.command()
def discord() -> None:
    """Answer on Discord (HRBOT_DISCORD_* settings) until stopped."""
    from bot.channels.discord import DiscordChannel, DiscordConfigError
    from bot.core import Bot

    settings = Settings()
    if not settings.discord_token:
        typer.echo(f"hrbot discord: {DiscordConfigError.__doc__}", err=True)
        raise typer.Exit(2)
    _log_channel_events()
    DiscordChannel.from_settings(Bot.load(settings), settings).run_forever()


def _log_channel_events() -> None:
    """Connection events and reply kinds at INFO (never message text); libraries' chatter only from WARNING."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("hrbot").setLevel(logging.INFO)
    logging.getLogger("discord").setLevel(logging.INFO)


@app.command()
def serve(
    host: str = typer.Option(None, help="Default: HRBOT_HOST or 127.0.0.1"),
    port: int = typer.Option(None, help="Default: HRBOT_PORT or 8000"),
    workers: int = typer.Option(1, help="Worker processes (stateless; each loads the model)."),
) -> None:
    """Start the HTTP API (and the web widget): uvicorn on h11 with the limits in bot/server.py."""
    from bot.server import serve as run_server

    run_server(Settings(), host=host, port=port, workers=workers)


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    app()
