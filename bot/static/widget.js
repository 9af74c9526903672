/*
 * hrbot web widget: a launcher button and a chat panel for a harm-reduction information bot.
 *
 * Embed:  <script src="https://HOST/widget.js" data-api="https://HOST" defer></script>
 *
 * Everything it needs comes from HOST (this file and widget.css); it lives in a Shadow DOM so
 * the host page's CSS cannot reach it, it renders replies as text (never as HTML), and the
 * conversation stays in this tab's sessionStorage and is sent only to the API at data-api.
 */
(function () {
  "use strict";

  var PLACES = ["US", "UK", "CA", "AU", "NL", "DE", "PT"];
  // Region first (en-GB, fr-CA); a language alone only where it points to one of our places.
  var BY_REGION = { US: "US", GB: "UK", UK: "UK", CA: "CA", AU: "AU", NL: "NL", DE: "DE", PT: "PT" };
  var BY_LANGUAGE = { nl: "NL", de: "DE" };

  function fromAttribute(value) {
    var code = (value || "").trim().toUpperCase();
    if (code === "GB") code = "UK";
    return PLACES.indexOf(code) >= 0 ? code : null;
  }

  function fromLanguages(languages) {
    for (var i = 0; i < languages.length; i++) {
      var parts = String(languages[i] || "").split(/[-_]/);
      var region = (parts[1] || "").toUpperCase();
      if (BY_REGION[region]) return BY_REGION[region];
      if (!region && BY_LANGUAGE[parts[0].toLowerCase()]) return BY_LANGUAGE[parts[0].toLowerCase()];
    }
    return null;
  }

  var script = document.currentScript || document.querySelector('script[src$="/widget.js"]');
  if (!script || document.querySelector("hrbot-widget")) return;

  var ASSETS = new URL(".", new URL(script.src, location.href)).href;
  var API = (script.getAttribute("data-api") || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  // Where the person is, for emergency numbers and the law: the embedding site's data-jurisdiction,
  // or else the browser's language (en-GB → UK, de → DE ...); unknown places get every number.
  var JURISDICTION = fromAttribute(script.getAttribute("data-jurisdiction")) || fromLanguages(navigator.languages || [navigator.language]);
  var STORE_KEY = "hrbot.conversation.v1";
  var HISTORY_TURNS = 10;
  var MAX_CHARS = 2000;
  var TIMEOUT_MS = 30000;
  // The same words as bot/kb/tables.py LEVEL_LABELS (a test keeps them in step).
  var LEVELS = {
    dangerous: "dangerous",
    unsafe: "unsafe",
    caution: "caution",
    low_risk_synergy: "low risk, effects add up",
    low_risk_no_synergy: "low risk, no extra effect expected",
    low_risk_decrease: "low risk, effects may weaken",
    unknown: "unknown"
  };
  var KIND_LABELS = {
    emergency: "Emergency",
    refusal: "I can't help with that",
    abstain: "No vetted information"
  };
  var KINDS = ["answer", "refusal", "abstain", "emergency"];
  var INTRO =
    "Ask about a drug's effects, risks, combinations or legal status. Every answer comes from a vetted, " +
    "cited source. I never give doses.";

  // -- storage: this tab only ---------------------------------------------------------------

  function load() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORE_KEY) || "null");
      if (saved && Array.isArray(saved.turns)) return { open: !!saved.open, turns: saved.turns.filter(validTurn) };
    } catch (e) { /* storage unavailable or corrupt: start afresh */ }
    return { open: false, turns: [] };
  }

  function save() {
    try {
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (e) { /* storage full or blocked: the conversation lives in memory only */ }
  }

  function validTurn(turn) {
    if (!turn || typeof turn !== "object") return false;
    if (turn.role === "user") return typeof turn.text === "string";
    return turn.role === "assistant" && validReply(turn.reply);
  }

  function validReply(reply) {
    return !!reply && typeof reply === "object" && KINDS.indexOf(reply.kind) >= 0 && typeof reply.text === "string";
  }

  var state = load();

  // -- building blocks: elements from text, never from HTML ------------------------------------

  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (attrs[name] === true) node.setAttribute(name, "");
      else if (attrs[name] !== false && attrs[name] != null) node.setAttribute(name, String(attrs[name]));
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child == null) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function safeUrl(url) {
    try {
      var parsed = new URL(String(url));
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  // -- the shell -------------------------------------------------------------------------------

  var host = document.createElement("hrbot-widget");
  var shadow = host.attachShadow({ mode: "open" });
  var stylesheet = el("link", { rel: "stylesheet", href: ASSETS + "widget.css" });
  var root = el("div", { class: "root", hidden: true });
  var launcher = el("button", { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "hrbot-panel" },
    el("span", { class: "launcher-icon", "aria-hidden": "true" }, "?"), "Drug info chat");
  var title = el("h2", { id: "hrbot-title", class: "title" }, "Drug information");
  var clearButton = el("button", { type: "button", class: "clear" }, "Clear", el("span", { class: "clear-more" }, " conversation"));
  var closeButton = el("button", { type: "button", class: "close", "aria-label": "Close chat" },
    el("span", { "aria-hidden": "true" }, "\u00d7"));
  var disclaimer = el("p", { class: "disclaimer" },
    "Information, not medical advice. In an emergency, call your local emergency number.");
  var messages = el("div", { class: "messages", tabindex: "0", role: "region", "aria-label": "Conversation" });
  var status = el("div", { class: "sr-only", role: "status", "aria-live": "polite" });
  var alertRegion = el("div", { class: "sr-only", role: "alert", "aria-live": "assertive" });
  var input = el("textarea", {
    id: "hrbot-input", class: "input", rows: "2", maxlength: String(MAX_CHARS),
    placeholder: "Ask about effects, risks, mixing or the law", "aria-describedby": "hrbot-hint"
  });
  var sendButton = el("button", { type: "submit", class: "send" }, "Send");
  var form = el("form", { class: "composer" },
    el("label", { for: "hrbot-input", class: "sr-only" }, "Your question"), input, sendButton);
  var hint = el("p", { id: "hrbot-hint", class: "hint" }, "Enter sends, Shift+Enter adds a line.");
  var panel = el("section", { id: "hrbot-panel", class: "panel", role: "dialog", "aria-labelledby": "hrbot-title", hidden: true },
    el("header", { class: "bar" }, title, clearButton, closeButton),
    disclaimer, messages, status, alertRegion, form, hint);
  root.appendChild(launcher);
  root.appendChild(panel);
  shadow.appendChild(stylesheet);
  shadow.appendChild(root);
  // Shown once the stylesheet has loaded, so the page never sees an unstyled flash.
  stylesheet.addEventListener("load", function () { root.hidden = false; });
  stylesheet.addEventListener("error", function () { root.hidden = false; });

  // -- rendering -------------------------------------------------------------------------------

  var busy = false;
  var typing = null;
  var errorBox = null;

  function renderText(text, sources) {
    // "[n]" markers become buttons that move to source n; everything else stays a text node.
    var paragraph = el("p", { class: "text" });
    var pattern = /\[(\d+)\]/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      paragraph.appendChild(document.createTextNode(text.slice(last, match.index)));
      var target = sources[match[1]];
      paragraph.appendChild(target ? citeButton(match[1], target) : document.createTextNode(match[0]));
      last = pattern.lastIndex;
    }
    paragraph.appendChild(document.createTextNode(text.slice(last)));
    return paragraph;
  }

  function citeButton(n, target) {
    var button = el("button", { type: "button", class: "cite", "aria-label": "Source " + n }, "[" + n + "]");
    button.addEventListener("click", function () {
      target.scrollIntoView({ block: "nearest" });
      target.focus();
    });
    return button;
  }

  function sourceList(citations) {
    var items = {};
    var list = el("ol", { class: "sources-list" });
    citations.forEach(function (c) {
      if (!c || typeof c.n !== "number") return;
      var url = safeUrl(c.url);
      var name = String(c.title || "Source");
      var link = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, name) : el("span", {}, name);
      var item = el("li", { value: String(c.n), tabindex: "-1" }, link,
        c.publisher ? el("span", { class: "publisher" }, " \u2014 " + String(c.publisher)) : null);
      items[String(c.n)] = item;
      list.appendChild(item);
    });
    return { items: items, box: citations.length ? el("div", { class: "sources" }, el("p", { class: "sources-title" }, "Sources"), list) : null };
  }

  function splitEmergency(reply) {
    // The banner holds the text up to the last sentence citing an emergency number (from the
    // jurisdictions table), or else up to the first cited sentence: the number always comes first.
    var lead = {};
    (reply.citations || []).forEach(function (c) { if (c && c.doc_id === "jurisdictions") lead[c.n] = true; });
    var text = reply.text;
    var pattern = /\[(\d+)\]/g;
    var cut = -1;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (lead[match[1]]) cut = pattern.lastIndex;
    }
    if (cut < 0) {
      match = /\[\d+\]/.exec(text);
      cut = match ? match.index + match[0].length : text.length;
    }
    var rest = text.slice(cut).match(/^((?:\[\d+\])*[.!?]?)([\s\S]*)$/);
    return { lead: text.slice(0, cut) + rest[1], rest: rest[2].trim() };
  }

  function renderReply(reply) {
    var kind = reply.kind;
    var sources = sourceList(Array.isArray(reply.citations) ? reply.citations : []);
    var box = el("article", { class: "msg bot kind-" + kind, "aria-label": KIND_LABELS[kind] || "Answer" });
    if (kind === "emergency") {
      var parts = splitEmergency(reply);
      box.appendChild(el("div", { class: "banner" },
        el("p", { class: "banner-title" }, el("span", { class: "banner-icon", "aria-hidden": "true" }, "!"), "Emergency: get help now"),
        renderText(parts.lead, sources.items)));
      if (parts.rest) box.appendChild(renderText(parts.rest, sources.items));
    } else {
      if (KIND_LABELS[kind]) box.appendChild(el("p", { class: "label" }, KIND_LABELS[kind]));
      var level = reply.interaction && reply.interaction.level;
      if (level && LEVELS[level]) {
        box.appendChild(el("p", { class: "badge level-" + level },
          "Combination: " + String(reply.interaction.a) + " + " + String(reply.interaction.b) + ": ",
          el("strong", {}, LEVELS[level])));
      }
      box.appendChild(renderText(reply.text, sources.items));
    }
    if (sources.box) box.appendChild(sources.box);
    return box;
  }

  function renderUser(text) {
    return el("div", { class: "msg user" }, el("span", { class: "sr-only" }, "You: "), el("p", { class: "text" }, text));
  }

  function renderAll() {
    messages.textContent = "";
    messages.appendChild(el("div", { class: "msg bot intro" }, el("p", { class: "text" }, INTRO)));
    state.turns.forEach(function (turn) {
      messages.appendChild(turn.role === "user" ? renderUser(turn.text) : renderReply(turn.reply));
    });
    scrollDown();
  }

  function scrollDown() {
    messages.scrollTop = messages.scrollHeight;
  }

  function announce(text, urgent) {
    var region = urgent ? alertRegion : status;
    region.textContent = "";
    // A fresh node after a tick, so screen readers announce repeats too.
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function spoken(reply) {
    var text = reply.text.replace(/\s*\[\d+\]/g, "");
    var level = reply.interaction && LEVELS[reply.interaction.level];
    return (KIND_LABELS[reply.kind] ? KIND_LABELS[reply.kind] + ". " : "") + (level ? "Combination rated " + level + ". " : "") + text;
  }

  // -- talking to the API ------------------------------------------------------------------------

  function history() {
    return state.turns.slice(-HISTORY_TURNS).map(function (turn) {
      return { role: turn.role, text: turn.role === "user" ? turn.text : turn.reply.text };
    });
  }

  function problem(response, body) {
    if (!response) return "Can't reach the information service right now. Check your connection and try again.";
    if (response.status === 429) {
      var wait = parseInt(response.headers.get("Retry-After") || "", 10);
      return "You've sent a lot of questions in a short time. Please wait " +
        (wait > 0 ? wait + " seconds" : "a moment") + ", then try again.";
    }
    if (response.status === 503) return "The information service is starting up. Please try again in a moment.";
    if ((response.status === 413 || response.status === 422) && body && typeof body.detail === "string") return body.detail;
    return "Something went wrong (error " + response.status + "). Please try again.";
  }

  function ask(text) {
    var previous = history();
    busy = true;
    sendButton.disabled = true;
    clearError();
    typing = el("div", { class: "msg bot typing", "aria-hidden": "true" },
      el("span", { class: "dot" }), el("span", { class: "dot" }), el("span", { class: "dot" }));
    messages.appendChild(typing);
    scrollDown();
    announce("Looking that up\u2026");
    var controller = window.AbortController ? new AbortController() : null;
    var timer = window.setTimeout(function () { if (controller) controller.abort(); }, TIMEOUT_MS);
    var response = null;
    fetch(API + "/v1/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ message: text, history: previous, jurisdiction: JURISDICTION }),
      credentials: "omit",
      referrerPolicy: "no-referrer",
      signal: controller ? controller.signal : undefined
    })
      .then(function (r) {
        response = r;
        return r.json().catch(function () { return null; });
      })
      .then(function (body) {
        if (!response.ok || !validReply(body)) throw new Error(problem(response, body));
        state.turns.push({ role: "assistant", reply: body });
        save();
        stopTyping();
        var box = messages.appendChild(renderReply(body));
        messages.scrollTop = box.offsetTop - 8; // the start of the reply (an emergency banner first) in view
        announce(spoken(body), body.kind === "emergency");
      })
      .catch(function (error) {
        stopTyping();
        showError(response && error && error.message ? error.message : problem(null), text);
      })
      .then(function () {
        window.clearTimeout(timer);
        busy = false;
        sendButton.disabled = false;
      });
  }

  function stopTyping() {
    if (typing) typing.remove();
    typing = null;
  }

  function showError(message, text) {
    var retry = el("button", { type: "button", class: "retry" }, "Try again");
    errorBox = el("div", { class: "msg error" }, el("p", { class: "text" }, message), retry);
    retry.addEventListener("click", function () {
      if (busy) return;
      input.focus();
      ask(text);
    });
    messages.appendChild(errorBox);
    scrollDown();
    announce(message, true);
  }

  function clearError() {
    if (errorBox) errorBox.remove();
    errorBox = null;
  }

  function send() {
    var text = input.value;
    if (busy || !text.trim()) return;
    input.value = "";
    state.turns.push({ role: "user", text: text });
    save();
    messages.appendChild(renderUser(text));
    ask(text);
  }

  // -- opening, closing, keys --------------------------------------------------------------------

  function open(focus) {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    state.open = true;
    save();
    scrollDown();
    if (focus) input.focus();
  }

  function close() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    state.open = false;
    save();
    launcher.focus();
  }

  launcher.addEventListener("click", function () { open(true); });
  closeButton.addEventListener("click", close);
  clearButton.addEventListener("click", function () {
    state.turns = [];
    save();
    clearError();
    renderAll();
    announce("Conversation cleared.");
    input.focus();
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send();
  });

  renderAll();
  document.body.appendChild(host);
  if (state.open) open(false);
})();
