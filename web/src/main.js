// The analyst review page: filter bar, event list, map, timeline, and the event detail with the
// article text and its evidence highlighted, plus confirm / reject / correct controls.
import { api, ApiError, getToken, setToken } from "./api.js";
import { colorOf, TYPE_COLORS } from "./colors.js";
import { recordMarks, renderHighlighted } from "./highlight.js";
import { EventMap } from "./map.js";
import { drawTimeline } from "./timeline.js";

const $ = (sel) => document.querySelector(sel);
const PAGE = 500;
const ALL_PAGE = 1000; // the API's largest page
const MAP_MAX = 20000; // most events drawn on the map and timeline
const LAYERS = [
  ["evidence", "event evidence"], ["trigger", "trigger"], ["actor", "actors"], ["place", "places"],
  ["time", "times"], ["quote", "quotes"], ["cue", "cues"],
];

const state = { meta: null, offset: 0, total: 0, events: [], all: [], current: null, currentId: null };

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (k === "style") for (const [p, x] of Object.entries(v)) e.style.setProperty(p, x); // CSP: no inline style attributes
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

const names = (xs) => (xs || []).map((x) => (typeof x === "string" ? x : x && x.name)).filter(Boolean);
const placeName = (p) => (p && typeof p === "object" ? p.name : p) || "";

function say(msg, kind = "info") {
  const s = $("#status");
  s.textContent = msg;
  s.dataset.kind = kind;
  clearTimeout(say.t);
  say.t = setTimeout(() => { s.textContent = ""; }, 6000);
}

function filterParams() {
  const f = new FormData($("#filters"));
  const p = {};
  for (const k of ["type", "status", "actor", "date_from", "date_to"]) { const v = (f.get(k) || "").toString().trim(); if (v) p[k] = v; }
  const c = (f.get("country") || "").toString().trim().toUpperCase();
  if (c) p.country = c;
  if (f.get("in_view")) p.bbox = map.bbox().join(",");
  return p;
}

/** Every event of the filtered set (up to MAP_MAX), page by page, for the map and the timeline. */
async function loadAll(params, first) {
  const items = [...first.items];
  const total = first.total ?? items.length;
  while (items.length < Math.min(total, MAP_MAX)) {
    const page = await api.events({ ...params, limit: ALL_PAGE, offset: items.length });
    if (!page.items.length) break;
    items.push(...page.items);
  }
  return items.slice(0, MAP_MAX);
}

/** Load one list page; with `all`, also the whole filtered set into the map and timeline (fitted if `fit`). */
async function load(offset = 0, { all = true, fit = false } = {}) {
  const seq = (load.seq = (load.seq || 0) + 1);
  state.offset = offset;
  const params = filterParams();
  let page, everything = null;
  try {
    page = await api.events({ ...params, limit: PAGE, offset });
    if (all) everything = offset === 0 ? await loadAll(params, page) : await loadAll(params, { items: [], total: page.total });
  } catch (err) { say(err.message, "error"); return; }
  if (seq !== load.seq) return; // a newer load started meanwhile
  state.events = page.items;
  state.total = page.total ?? page.items.length;
  renderList();
  if (everything) {
    state.all = everything;
    map.setEvents(state.all);
    if (fit || !load.fitted) { map.fit(); load.fitted = true; }
    redrawTimeline();
    renderLegend();
    $("#map-note").textContent = state.total > state.all.length ? `map and timeline: first ${state.all.length} of ${state.total}` : "";
  }
  $("#count").textContent = `(${state.total})`;
  $("#page-info").textContent = state.total ? `${offset + 1}–${offset + state.events.length} of ${state.total}` : "";
  $("#prev-page").disabled = offset === 0;
  $("#next-page").disabled = offset + state.events.length >= state.total;
}

function verdictOf(e) {
  const v = e.verdict || e.review || (e.verdicts && e.verdicts.length ? e.verdicts[e.verdicts.length - 1] : null);
  if (!v) return null;
  if (typeof v === "string") return v;
  return v.status || (v.verdict && (v.verdict.status || v.verdict.verdict || v.verdict)) || null;
}

function renderList() {
  const ul = $("#event-list");
  ul.textContent = "";
  if (!state.events.length) { ul.append(h("li", { class: "empty" }, "No events match these filters.")); return; }
  for (const e of state.events) {
    const v = verdictOf(e);
    const li = h("li", {
      role: "option", tabindex: "-1", class: "event-item", "aria-selected": String(e.id === state.currentId),
      dataset: { eventId: e.id },
      onclick: () => open(e.id),
      onfocus: () => rove(li),
      onkeydown: (ev) => {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(e.id); }
        else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
          ev.preventDefault();
          const next = ev.key === "ArrowDown" ? li.nextElementSibling : li.previousElementSibling;
          if (next) next.focus();
        } else if (ev.key === "Home" || ev.key === "End") {
          ev.preventDefault();
          (ev.key === "Home" ? ul.firstElementChild : ul.lastElementChild).focus();
        }
      },
    },
    h("span", { class: "type", style: { "--c": colorOf(e.type) } }, e.type),
    h("span", { class: "date" }, e.date || "no date"),
    h("span", { class: "where" }, placeName(e.place) || e.country || "no place"),
    h("span", { class: "who" }, [names(e.actors).join(", ") || "?", " → ", names(e.recipients).join(", ") || "—"].join("")),
    h("span", { class: "meta" }, `${e.status || ""}${e.n_articles ? ` · ${e.n_articles} article${e.n_articles > 1 ? "s" : ""}` : ""}`),
    v ? h("span", { class: `verdict v-${v}` }, v) : null);
    ul.append(li);
  }
  // One tab stop for the whole list (roving tabindex): the open event, else the first.
  rove(ul.querySelector('li[aria-selected="true"]') || ul.querySelector("li[data-event-id]"));
}

function rove(li) {
  if (!li) return;
  for (const other of document.querySelectorAll("#event-list li[data-event-id]")) other.tabIndex = -1;
  li.tabIndex = 0;
}

function renderLegend() {
  const present = [...new Set(state.all.map((e) => e.type))].sort();
  const lg = $("#legend");
  lg.textContent = "";
  for (const t of present) lg.append(h("span", { class: "key" }, h("i", { style: { background: colorOf(t) } }), t));
}

function focusItem(id) {
  const li = document.querySelector(`#event-list li[data-event-id="${CSS.escape(id)}"]`);
  if (li) { rove(li); li.focus({ preventScroll: true }); li.scrollIntoView({ block: "nearest" }); }
}

async function open(id) {
  state.currentId = id;
  for (const li of document.querySelectorAll("#event-list li[data-event-id]")) li.setAttribute("aria-selected", String(li.dataset.eventId === id));
  map.select(id);
  history.replaceState(null, "", `#event=${encodeURIComponent(id)}`);
  let ev;
  try { ev = await api.event(id); } catch (err) { say(err.message, "error"); return; }
  if (state.currentId !== id) return;
  state.current = ev;
  await renderDetail(ev);
}

function close() {
  state.current = null; state.currentId = null;
  $("#detail").hidden = true;
  $("#layout").classList.remove("with-detail");
  map.select(null);
  history.replaceState(null, "", location.pathname);
}

function mentionMarks(ev, articleId) {
  const marks = [];
  for (const m of ev.mentions || []) {
    if (m.article_id && m.article_id !== articleId) continue;
    const evidence = m.evidence || (m.event && m.event.evidence);
    if (evidence) marks.push({ start: evidence.start, end: evidence.end, layer: "evidence", title: `evidence of ${ev.type}` });
    const trig = m.trigger || (m.event && m.event.trigger);
    if (trig) marks.push({ start: trig.start, end: trig.end, layer: "trigger", title: "trigger" });
  }
  return marks;
}

async function renderDetail(ev) {
  const seq = (state.renderSeq = (state.renderSeq || 0) + 1);
  const pane = $("#detail");
  pane.hidden = false;
  $("#layout").classList.add("with-detail");
  pane.textContent = "";
  const place = typeof ev.place === "object" && ev.place ? ev.place : { name: ev.place, lat: ev.lat, lon: ev.lon, country: ev.country };
  const verdicts = ev.verdicts || [];
  pane.append(
    h("div", { class: "detail-head" },
      h("h2", { id: "detail-h" }, h("span", { class: "type", style: { "--c": colorOf(ev.type) } }, ev.type), " ", ev.status || ""),
      h("button", { type: "button", class: "close", "aria-label": "Close event (Esc)", onclick: close }, "×")),
    h("dl", { class: "facts" },
      h("dt", {}, "Who"), h("dd", {}, names(ev.actors).join(", ") || "unknown"),
      h("dt", {}, "To whom"), h("dd", {}, names(ev.recipients).join(", ") || "—"),
      h("dt", {}, "Where"), h("dd", {}, [placeName(place) || "unknown", place.country ? ` (${place.country})` : "", typeof place.lat === "number" ? ` ${place.lat.toFixed(2)}, ${place.lon.toFixed(2)}` : ""].join("")),
      h("dt", {}, "When"), h("dd", {}, ev.date || "unknown"),
      h("dt", {}, "According to"), h("dd", {}, attribution(ev)),
      h("dt", {}, "Event id"), h("dd", { class: "mono" }, ev.id)),
    verdictControls(ev),
    h("section", { class: "verdicts", "aria-label": "Verdicts" },
      h("h3", {}, `Verdicts (${verdicts.length})`),
      verdicts.length ? h("ol", { id: "verdict-list" }, verdicts.map(verdictLine)) : h("p", { class: "muted", id: "verdict-list" }, "No analyst has reviewed this event yet.")),
    layerToggles(),
  );
  const articles = ev.articles && ev.articles.length ? ev.articles : (ev.article_ids || []).map((id) => ({ id }));
  const holder = h("section", { class: "articles", "aria-label": "Source articles" });
  pane.append(holder);
  for (const a of articles) {
    const box = h("article", { class: "source-article", dataset: { articleId: a.id } },
      h("h3", {}, a.title || a.id),
      h("p", { class: "muted" }, [a.source, a.published, a.url].filter(Boolean).join(" · ")));
    const text = h("div", { class: "article-text", tabindex: "0", "aria-label": "Article text with highlights" }, "loading…");
    box.append(text);
    holder.append(box);
    try {
      const rec = await api.article(a.id);
      if (state.currentId !== ev.id || state.renderSeq !== seq) return;
      renderHighlighted(text, rec.article.text, recordMarks(rec, mentionMarks(ev, a.id)));
      const first = text.querySelector(".hl-evidence");
      if (first && articles[0] === a) first.scrollIntoView({ block: "nearest" });
    } catch (err) { text.textContent = `cannot load article: ${err.message}`; }
  }
}

function attribution(ev) {
  const said = [...new Set((ev.mentions || []).map((m) => m.event && m.event.source && m.event.source.name).filter(Boolean))];
  const pubs = ev.sources || [];
  const via = pubs.length ? `reported by ${pubs.join(", ")}` : "";
  return said.length ? `${said.join(", ")}${via ? " (" + via + ")" : ""}` : via || "the article";
}

function verdictLine(v) {
  const body = v.verdict && typeof v.verdict === "object" ? v.verdict : v;
  const corr = body.corrections ? Object.entries(body.corrections).map(([k, x]) => `${k}: ${typeof x === "object" ? (Array.isArray(x) ? x.join(", ") : x.name) : x}`).join("; ") : "";
  return h("li", { class: `v-${body.status || body.verdict}` },
    h("strong", {}, body.status || body.verdict || "verdict"),
    v.user ? ` by ${v.user}` : "", v.created_at || v.at ? ` · ${v.created_at || v.at}` : "",
    corr ? ` · ${corr}` : "", body.note ? ` · “${body.note}”` : "");
}

function layerToggles() {
  const box = h("fieldset", { class: "layers" }, h("legend", {}, "Highlight"));
  for (const [layer, label] of LAYERS) {
    const id = `layer-${layer}`;
    box.append(h("label", { for: id, class: `key hl-${layer}` },
      h("input", { type: "checkbox", id, checked: true, onchange: (ev) => $("#detail").classList.toggle(`hide-${layer}`, !ev.target.checked) }), label));
  }
  return box;
}

function verdictControls(ev) {
  const types = (state.meta && state.meta.plover_types) || Object.keys(TYPE_COLORS);
  const form = h("form", { class: "correct", id: "correct-form", hidden: true, onsubmit: (e) => { e.preventDefault(); submitCorrection(ev.id, e.target); } },
    h("label", {}, "Type ", h("select", { name: "type" }, h("option", { value: "" }, `unchanged (${ev.type})`), types.map((t) => h("option", { value: t }, t)))),
    h("label", {}, "Actors ", h("input", { name: "actors", placeholder: names(ev.actors).join(", ") || "comma-separated" })),
    h("label", {}, "Recipients ", h("input", { name: "recipients", placeholder: names(ev.recipients).join(", ") || "comma-separated" })),
    h("label", {}, "Place ", h("input", { name: "place", placeholder: placeName(ev.place) || "name" })),
    h("label", {}, "Lat ", h("input", { name: "lat", type: "number", step: "any", min: -90, max: 90, size: 6 })),
    h("label", {}, "Lon ", h("input", { name: "lon", type: "number", step: "any", min: -180, max: 180, size: 6 })),
    h("label", {}, "Date ", h("input", { name: "date", type: "date" })),
    h("label", { class: "wide" }, "Note ", h("input", { name: "note" })),
    h("button", { type: "submit" }, "Save correction"));
  return h("section", { class: "controls", "aria-label": "Verdict" },
    h("div", { class: "buttons" },
      h("button", { type: "button", id: "btn-confirm", class: "confirm", "aria-keyshortcuts": "c", onclick: () => verdict(ev.id, { verdict: "confirm" }) }, "Confirm (c)"),
      h("button", { type: "button", id: "btn-reject", class: "reject", "aria-keyshortcuts": "r", onclick: () => verdict(ev.id, { verdict: "reject" }) }, "Reject (r)"),
      h("button", { type: "button", id: "btn-correct", "aria-keyshortcuts": "e", "aria-controls": "correct-form", onclick: () => toggleCorrect() }, "Correct… (e)")),
    form);
}

function toggleCorrect(force) {
  const f = $("#correct-form");
  if (!f) return;
  f.hidden = force === undefined ? !f.hidden : !force;
  if (!f.hidden) f.querySelector("select").focus();
}

function submitCorrection(id, form) {
  const f = new FormData(form);
  const list = (k) => (f.get(k) || "").toString().split(",").map((s) => s.trim()).filter(Boolean);
  const body = { verdict: "correct" };
  if (f.get("type")) body.type = f.get("type");
  if (list("actors").length) body.actors = list("actors");
  if (list("recipients").length) body.recipients = list("recipients");
  const pname = (f.get("place") || "").toString().trim();
  if (pname) {
    body.place = { name: pname };
    if (f.get("lat") !== "" && f.get("lon") !== "") { body.place.lat = Number(f.get("lat")); body.place.lon = Number(f.get("lon")); }
  }
  if (f.get("date")) body.date = f.get("date");
  if ((f.get("note") || "").toString().trim()) body.note = f.get("note").toString().trim();
  verdict(id, body);
}

async function verdict(id, body) {
  try {
    const res = await api.verdict(id, body);
    say(`Verdict stored: ${body.verdict}`, "ok");
    if (state.currentId === id && res.event) { state.current = res.event; await renderDetail(res.event); }
    const item = state.events.find((e) => e.id === id);
    if (item) { item.verdict = { confirm: "confirmed", reject: "rejected", correct: "corrected" }[body.verdict]; renderList(); focusItem(id); }
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      $("#token-box").hidden = false;
      $("#token").focus();
      say("This server needs a token for verdicts: enter it in the Token box and try again.", "error");
    } else say(err.message, "error");
  }
}

function move(step) {
  const ids = state.events.map((e) => e.id);
  if (!ids.length) return;
  const i = ids.indexOf(state.currentId ?? document.activeElement?.dataset?.eventId);
  const next = ids[Math.min(ids.length - 1, Math.max(0, i < 0 ? 0 : i + step))];
  focusItem(next);
  open(next);
}

document.addEventListener("keydown", (ev) => {
  const t = ev.target;
  const typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
  if (ev.key === "Escape") { if ($("#help").open) return; if (!$("#correct-form")?.hidden && typing) { toggleCorrect(false); return; } close(); return; }
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const id = state.currentId;
  switch (ev.key) {
    case "j": move(1); break;
    case "k": move(-1); break;
    case "c": if (id) verdict(id, { verdict: "confirm" }); break;
    case "r": if (id) verdict(id, { verdict: "reject" }); break;
    case "e": if (id) { ev.preventDefault(); toggleCorrect(true); } break;
    case "/": ev.preventDefault(); $("#f-actor").focus(); break;
    case "+": case "=": map.zoom(1 / 1.5); break;
    case "-": map.zoom(1.5); break;
    case "?": $("#help").showModal(); break;
    default: return;
  }
});

const map = new EventMap($("#map"), {
  attribution: $("#map-attribution"),
  onSelect: (id) => { focusItem(id); open(id); },
  onViewChange: () => { if ($("#f-inview").checked) load(0); },
});

$("#filters").addEventListener("submit", (e) => { e.preventDefault(); load(0, { fit: !$("#f-inview").checked }); });
$("#f-clear").addEventListener("click", () => { $("#filters").reset(); load(0, { fit: true }); });
// Paging moves through the list only: the map and timeline already show the whole filtered set.
$("#prev-page").addEventListener("click", () => load(Math.max(0, state.offset - PAGE), { all: false }));
$("#next-page").addEventListener("click", () => load(state.offset + PAGE, { all: false }));
$("#zoom-in").addEventListener("click", () => map.zoom(1 / 1.5));
$("#zoom-out").addEventListener("click", () => map.zoom(1.5));
$("#zoom-fit").addEventListener("click", () => map.fit());
$("#help-btn").addEventListener("click", () => $("#help").showModal());
$("#token-box").addEventListener("submit", (e) => e.preventDefault());
$("#token").value = getToken();
$("#token").addEventListener("change", (e) => setToken(e.target.value.trim()));
const redrawTimeline = () => drawTimeline($("#timeline"), state.all, { onPick: (from, to) => { $("#f-from").value = from; $("#f-to").value = to; load(0, { fit: true }); } });
// Keep marker sizes and the timeline crisp when the layout changes (window resize, detail pane opening).
new ResizeObserver(() => map.zoom(1)).observe($("#map"));
new ResizeObserver(() => redrawTimeline()).observe($("#timeline"));

(async function start() {
  try {
    state.meta = await api.meta();
    for (const t of state.meta.plover_types) $("#f-type").append(h("option", { value: t }, t));
    if (state.meta.token_required) $("#token-box").hidden = false;
    if (state.meta.tiles) map.setTiles(state.meta.tiles.url, state.meta.tiles.attribution);
  } catch (err) { say(`cannot reach the API: ${err.message}`, "error"); }
  await load(0);
  document.body.dataset.ready = "true";
  const m = location.hash.match(/^#event=(.+)$/);
  if (m) open(decodeURIComponent(m[1]));
})();
