"""Layout and accessibility: a phone screen, labels, contrast and reduced motion."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.widget.servers import LiveServer
from tests.widget.widget import SCREENSHOTS, ask, open_panel

CONTRAST = """(root) => {
  const lum = (c) => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
      .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4); return 0.2126*r + 0.7152*g + 0.0722*b; };
  const bg = (el) => { for (; el; el = el.parentElement || (el.getRootNode() && el.getRootNode().host)) {
      const c = getComputedStyle(el).backgroundColor; if (!/rgba\\(.*, 0\\)|transparent/.test(c)) return c; }
      return 'rgb(255, 255, 255)'; };
  const out = [];
  for (const el of root.querySelectorAll('.text, .label, .badge, .banner, .disclaimer, .hint, .sources a, .publisher,'
                                         + ' button, .title, .input')) {
    if (!el.getClientRects().length) continue;
    const [a, b] = [lum(getComputedStyle(el).color), lum(bg(el))];
    out.push({cls: el.className, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)});
  }
  return out;
}"""


def test_on_a_360_pixel_phone_the_panel_fills_the_screen(browser: Browser, server: LiveServer) -> None:
    phone = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = phone.new_page()
    page.goto(server.url)
    open_panel(page)
    box = page.get_by_role("dialog", name="Drug information").bounding_box()
    assert box == {"x": 0, "y": 0, "width": 360, "height": 740}
    ask(page, "what are the risks of mixing alcohol and cocaine?")
    for control in ["Send", "Close chat", "Clear conversation"]:
        button = page.get_by_role("button", name=control).bounding_box()
        assert button["x"] >= 0 and button["x"] + button["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scrolling
    page.wait_for_timeout(200)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "widget-phone.png"))
    phone.close()


def test_every_control_has_a_label_and_replies_are_announced(page: Page, server: LiveServer) -> None:
    page.goto(server.url)
    expect(page.get_by_role("button", name="Drug info chat")).to_have_attribute("aria-expanded", "false")
    open_panel(page)
    ask(page, "what are the risks of ketamine?")
    unlabelled = page.locator("hrbot-widget").evaluate(
        """host => [...host.shadowRoot.querySelectorAll('button, textarea, a')].filter(el =>
            !(el.getAttribute('aria-label') || el.textContent.trim() ||
              (el.id && host.shadowRoot.querySelector(`label[for="${el.id}"]`)))).map(el => el.outerHTML)"""
    )
    assert unlabelled == []
    expect(page.locator("hrbot-widget [role=status][aria-live=polite]")).to_contain_text("ketamine")


def test_text_contrast_meets_wcag_aa(page: Page, server: LiveServer) -> None:
    page.goto(server.url)
    open_panel(page)
    for question in ["is it safe to mix mdma and alcohol", "how much ketamine should I take",
                     "my friend took too much and won't wake up", "what is unobtainium", "mix cannabis and lsd"]:
        ask(page, question)
    results = page.locator("hrbot-widget").evaluate(f"host => ({CONTRAST})(host.shadowRoot)")
    assert len(results) > 20
    low = [r for r in results if r["ratio"] < 4.5]
    assert low == []


def test_motion_is_off_when_the_reader_prefers_reduced_motion(page: Page, server: LiveServer) -> None:
    page.emulate_media(reduced_motion="reduce")
    page.goto(server.url)
    open_panel(page)
    panel = page.get_by_role("dialog", name="Drug information")
    assert panel.evaluate("el => getComputedStyle(el).animationName") == "none"
    page.emulate_media(reduced_motion="no-preference")
    assert panel.evaluate("el => getComputedStyle(el).animationName") == "hrbot-rise"
