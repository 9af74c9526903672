"""Helpers the widget tests share: open the panel, ask, and read what the widget shows."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def open_panel(page: Page) -> None:
    page.get_by_role("button", name="Drug info chat").click()
    panel = page.get_by_role("dialog", name="Drug information")
    expect(panel).to_be_visible()
    panel.evaluate("el => Promise.all(el.getAnimations().map(a => a.finished))")  # settled, for measuring


def ask(page: Page, question: str) -> Locator:
    """Type a question, press Enter, and return the reply that appears."""
    replies = page.locator("hrbot-widget article.msg")
    before = replies.count()
    page.get_by_label("Your question").fill(question)
    page.get_by_label("Your question").press("Enter")
    expect(replies).to_have_count(before + 1)
    return replies.nth(before)


def active(page: Page) -> dict:
    """The focused element, looking inside the widget's shadow root."""
    return page.evaluate(
        """() => {
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            return el ? {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, text: el.textContent,
                         label: el.getAttribute('aria-label'), href: el.getAttribute('href')} : {};
        }"""
    )
