// The Mentorbot playground page: people, a chat with the bot and each person's inbox.
// Every string from the bot or from a person is set with textContent, never parsed as markup.
"use strict";

const API = "/playground/api";
const KINDS = {
  INTRODUCTION: "Introduction", CHECK_IN: "Check-in", POLL: "Feedback poll",
  ADMIN_ALERT: "Admin alert", NOTICE: "Notice"
};

const state = {
  people: [], current: null, chats: new Map(), inboxVersion: -1, formSeq: 0,
  commands: { everyone: [], admins: [] }
};
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "className") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

async function api(path, body) {
  const response = await fetch(API + path, body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.error || "The bot answered " + response.status + ".");
  return json;
}

function announce(text) {
  $("status").textContent = text;
}

// ---- people ----

function currentPerson() {
  return state.people.find((p) => p.id === state.current) || null;
}

function renderPeople() {
  const select = $("person-select");
  select.replaceChildren();
  if (state.people.length === 0) {
    select.append(el("option", { value: "", text: "Nobody yet: add a person" }));
  }
  for (const p of state.people) {
    select.append(el("option", { value: p.id, text: p.name + (p.admin ? " (admin)" : "") + " · " + p.timezone }));
  }
  select.disabled = state.people.length === 0;
  if (state.current) select.value = state.current;
  const me = currentPerson();
  $("person-info").replaceChildren(...(me ? [
    document.createTextNode(me.participantId + " · " + me.timezone + " "),
    me.admin ? el("span", { className: "badge", text: "admin" }) : null
  ].filter(Boolean) : []));
  renderShortcuts(me);
}

function renderShortcuts(me) {
  const box = $("shortcuts");
  box.replaceChildren();
  if (!me) return;
  for (const c of state.commands.everyone) box.append(el("button", { type: "button", text: c, onclick: () => send(c) }));
  if (me.admin) {
    for (const c of state.commands.admins) {
      box.append(el("button", { type: "button", className: "admin", text: c, onclick: () => send(c) }));
    }
  }
}

// The commands come from the bot, in the order its help lists them.
async function loadCommands() {
  state.commands = await api("/commands");
  $("chat-input").placeholder = state.commands.everyone.slice(0, 3).join(", ") + "…";
  renderShortcuts(currentPerson());
}

async function loadPeople() {
  state.people = await api("/people");
  if (!state.current && state.people.length) choose(state.people[0].id);
  else renderPeople();
}

function choose(id) {
  state.current = id;
  state.inboxVersion = -1;
  for (const [pid, log] of state.chats) log.hidden = pid !== id;
  chatFor(id).hidden = false;
  $("chat-empty").hidden = true;
  renderPeople();
  const me = currentPerson();
  if (me) announce("You are now " + me.name + ".");
  const list = $("inbox-list");
  list.removeAttribute("data-person");
  list.replaceChildren(el("li", { className: "muted", text: "Loading…" }));
  $("inbox-count").textContent = "";
  refreshInbox();
}

async function addPerson(event) {
  event.preventDefault();
  const error = $("person-error");
  const name = $("person-name");
  error.hidden = true;
  try {
    const person = await api("/people", { name: name.value, timezone: $("person-zone").value });
    state.people.push(person);
    name.value = "";
    choose(person.id);
    $("chat-input").focus();
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
    name.setAttribute("aria-describedby", "person-error");
    name.focus();
  }
}

async function loadSamples() {
  const button = $("load-samples");
  const status = $("samples-status");
  button.disabled = true;
  status.textContent = "Enrolling the sample people…";
  try {
    const loaded = await api("/samples", {});
    state.people = loaded.people;
    const turnedAway = Object.keys(loaded.rejected);
    status.textContent = loaded.enrolled + " sample people are enrolled" +
      (turnedAway.length ? "; turned away: " + turnedAway.join(", ") : "") + ".";
    if (!state.current && state.people.length) choose(state.people[0].id);
    else renderPeople();
  } catch (e) {
    status.textContent = e.message;
  } finally {
    button.disabled = false;
  }
}

// ---- chat ----

function chatFor(id) {
  if (!state.chats.has(id)) {
    const person = state.people.find((p) => p.id === id);
    const log = el("div", { className: "chat-log", role: "log", "aria-label": "Conversation of " + (person ? person.name : id) },
      el("p", { className: "muted", text: "Type a command below, or press one of the buttons: start with help or join." }));
    state.chats.set(id, log);
    $("chat-logs").append(log);
  }
  return state.chats.get(id);
}

function scrollDown(node) {
  const area = node.closest(".log-area");
  if (area) area.scrollTop = area.scrollHeight;
}

async function send(text) {
  const me = currentPerson();
  if (!me || !text.trim()) return;
  const log = chatFor(me.id);
  log.append(el("p", { className: "said", text: text }));
  try {
    const answer = await api("/people/" + encodeURIComponent(me.id) + "/commands", { text });
    showReplies(me.id, answer.replies, { focusForm: true });
  } catch (e) {
    log.append(el("p", { className: "error", role: "alert", text: e.message }));
  }
  scrollDown(log);
  refreshInbox();
}

function showReplies(personId, replies, options) {
  const log = chatFor(personId);
  for (const reply of replies) {
    const article = renderReply(reply, { personId, messageId: null });
    log.append(article);
    const field = article.querySelector("form input, form select, form textarea");
    if (options && options.focusForm && field) field.focus();
  }
  scrollDown(log);
}

// ---- replies ----

function renderReply(reply, ctx) {
  const article = el("article", { className: "reply" + (reply.visibility === "CHANNEL" ? " channel" : "") });
  if (reply.visibility === "CHANNEL") article.append(el("span", { className: "tag", text: "Shown in the channel" }));
  for (const block of reply.blocks) article.append(renderBlock(block, article, ctx));
  return article;
}

function renderBlock(block, article, ctx) {
  switch (block.type) {
    case "header": return el("h3", { text: block.text });
    case "text": return el("p", { className: "text", text: block.text });
    case "fields": {
      const list = el("dl");
      for (const f of block.fields) list.append(el("dt", { text: f.label }), el("dd", { text: f.value }));
      return list;
    }
    case "actions": {
      const row = el("div", { className: "actions" });
      block.buttons.forEach((b, i) => row.append(el("button", {
        type: "button", text: b.label, "data-key": i,
        className: b.style === "PRIMARY" ? "primary" : b.style === "DANGER" ? "danger" : "",
        onclick: () => press(b, article, ctx)
      })));
      return row;
    }
    case "form": return renderForm(block.form, ctx);
    case "document": return renderDocument(block.document);
    case "image": return renderImage(block);
    default: return el("p", { className: "muted", text: "(a part this page cannot show)" });
  }
}

function renderImage(block) {
  if (typeof block.image !== "string" || !block.image.startsWith("data:image/png;base64,")) {
    return el("p", { className: "text", text: block.text });
  }
  return el("figure", { className: "chart" }, el("img", { src: block.image, alt: block.text }));
}

function renderDocument(doc) {
  const url = URL.createObjectURL(new Blob([doc.content], { type: doc.mediaType }));
  return el("p", {}, el("a", { href: url, download: doc.filename, text: "Download " + doc.filename }));
}

async function press(button, article, ctx) {
  const buttons = article.querySelectorAll(".actions button");
  buttons.forEach((b) => { b.disabled = true; });
  try {
    const answer = await api("/people/" + encodeURIComponent(ctx.personId) + "/buttons",
      { actionId: button.actionId, value: button.value, messageId: ctx.messageId });
    const [first] = answer.replies;
    if (answer.replacedInboxMessage) {
      announce(first ? first.fallback : "Answered.");
    } else if (ctx.messageId === null && first && first.replacesOriginal) {
      const fresh = renderReply(first, ctx);
      article.replaceWith(fresh);
      announce(first.fallback);
    } else {
      showReplies(ctx.personId, answer.replies, { focusForm: true });
      buttons.forEach((b) => { b.disabled = false; });
    }
  } catch (e) {
    article.append(el("p", { className: "error", role: "alert", text: e.message }));
    buttons.forEach((b) => { b.disabled = false; });
  }
  refreshInbox(true, ctx.messageId === null ? null : { message: String(ctx.messageId), key: null });
}

// ---- forms ----

function renderForm(form, ctx) {
  const seq = ++state.formSeq;
  const node = el("form", { className: "bot-form", novalidate: true, "data-form-id": form.id, "aria-labelledby": "form-" + seq + "-title" });
  const fieldset = el("fieldset");
  node.append(el("h4", { id: "form-" + seq + "-title", text: form.title }));
  if (form.intro) node.append(el("p", { className: "form-intro", text: form.intro }));
  node.append(fieldset);
  const errors = new Map();
  for (const input of form.inputs) {
    const id = "form-" + seq + "-" + input.name;
    const control = renderInput(input, id);
    const hint = input.hint ? el("small", { id: id + "-hint", className: "muted", text: input.hint }) : null;
    const error = el("p", { id: id + "-error", className: "error", hidden: true });
    control.setAttribute("aria-describedby", [hint && hint.id, error.id].filter(Boolean).join(" "));
    errors.set(input.name, { control, error });
    fieldset.append(...[el("label", { for: id, text: input.label + (input.required ? " (required)" : "") }), control, hint, error]
      .filter(Boolean));
  }
  const general = el("p", { className: "error", role: "alert", hidden: true });
  fieldset.append(general, el("button", { type: "submit", className: "primary", text: form.submitLabel }));
  node.addEventListener("submit", (event) => {
    event.preventDefault();
    submitForm(form, node, errors, general, ctx);
  });
  return node;
}

function renderInput(input, id) {
  const common = { id, name: input.name, required: input.required };
  if (input.kind === "SELECT") {
    const select = el("select", common);
    if (!input.required) select.append(el("option", { value: "", text: "" }));
    for (const c of input.choices) select.append(el("option", { value: c.value, text: c.label }));
    select.value = input.initial;
    return select;
  }
  const limit = input.maxLength > 0 ? input.maxLength : undefined;
  const control = input.kind === "MULTILINE"
    ? el("textarea", { ...common, maxlength: limit })
    : el("input", { ...common, maxlength: limit, type: "text", inputmode: input.kind === "NUMBER" ? "numeric" : undefined });
  control.value = input.initial;
  return control;
}

async function submitForm(form, node, errors, general, ctx) {
  const values = {};
  for (const [name, { control, error }] of errors) {
    values[name] = control.value;
    control.removeAttribute("aria-invalid");
    error.hidden = true;
  }
  general.hidden = true;
  const submit = node.querySelector("button[type=submit]");
  submit.disabled = true;
  try {
    const answer = await api("/people/" + encodeURIComponent(ctx.personId) + "/forms",
      { formId: form.id, context: form.context, values, messageId: ctx.messageId });
    const rejection = answer.replies.find((r) => Object.keys(r.fieldErrors).length > 0);
    if (rejection) {
      showFieldErrors(rejection.fieldErrors, errors, general);
      return;
    }
    node.replaceWith(el("p", { className: "muted", text: "Sent: " + form.title }));
    showReplies(ctx.personId, answer.replies);
    $("chat-input").focus();
  } catch (e) {
    general.textContent = e.message;
    general.hidden = false;
  } finally {
    submit.disabled = false;
  }
}

function showFieldErrors(fieldErrors, errors, general) {
  let first = null;
  const unplaced = [];
  for (const [name, message] of Object.entries(fieldErrors)) {
    const field = errors.get(name);
    if (!field) { unplaced.push(message); continue; }
    field.error.textContent = message;
    field.error.hidden = false;
    field.control.setAttribute("aria-invalid", "true");
    first = first || field.control;
  }
  if (unplaced.length) {
    general.textContent = unplaced.join(" ");
    general.hidden = false;
  }
  announce("The form needs fixing: " + Object.values(fieldErrors).join(" "));
  if (first) first.focus();
}

// ---- inbox ----

async function refreshInbox(force, focusWhere) {
  const me = currentPerson();
  if (!me) return;
  let inbox;
  try {
    inbox = await api("/people/" + encodeURIComponent(me.id) + "/inbox");
  } catch (e) {
    return;
  }
  if (me.id !== state.current || (!force && inbox.version === state.inboxVersion)) return;
  state.inboxVersion = inbox.version;
  renderInbox(me.id, inbox.messages, focusWhere);
}

function renderInbox(personId, messages, focusWhere) {
  const list = $("inbox-list");
  list.dataset.person = personId;
  const focused = focusWhere || (list.contains(document.activeElement) ? focusKey(document.activeElement) : null);
  list.replaceChildren();
  for (const m of messages) {
    const article = renderReply(m.reply, { personId, messageId: m.id });
    const when = new Date(m.at).toLocaleString();
    article.prepend(el("span", { className: "tag", text: (KINDS[m.kind] || m.kind) + " · " + when }));
    list.append(el("li", { "data-message": m.id }, article));
  }
  if (messages.length === 0) list.append(el("li", { className: "muted", text: "Nothing yet." }));
  $("inbox-count").textContent = messages.length ? "(" + messages.length + ")" : "";
  if (focused) restoreFocus(list, focused);
}

function focusKey(node) {
  const item = node.closest("li[data-message]");
  return item ? { message: item.dataset.message, key: node.dataset.key ?? null } : null;
}

function restoreFocus(list, where) {
  const item = list.querySelector('li[data-message="' + CSS.escape(where.message) + '"]');
  if (!item) return;
  const target = (where.key !== null && item.querySelector('button[data-key="' + CSS.escape(where.key) + '"]:not(:disabled)'))
    || item.querySelector("button:not(:disabled), a, input") || item.querySelector("article");
  if (target.tagName === "ARTICLE") target.setAttribute("tabindex", "-1");
  target.focus();
}

// ---- start ----

function fillZones() {
  const zone = $("person-zone");
  zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  $("zones").replaceChildren(...zones.map((z) => el("option", { value: z })));
}

document.addEventListener("DOMContentLoaded", () => {
  fillZones();
  $("person-form").addEventListener("submit", addPerson);
  $("person-select").addEventListener("change", (e) => { if (e.target.value) choose(e.target.value); });
  $("load-samples").addEventListener("click", loadSamples);
  $("chat-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const input = $("chat-input");
    const text = input.value;
    input.value = "";
    send(text);
  });
  loadCommands().catch((e) => announce(e.message));
  loadPeople().catch((e) => announce(e.message));
  setInterval(() => refreshInbox(false), 1500);
});
