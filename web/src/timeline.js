// Events per date bin, stacked by type; clicking a bar filters to its dates.
import { colorOf } from "./colors.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

/** Bin size for a date range: day, week or month, so there are at most ~60 bars. */
export function binning(minMs, maxMs) {
  const days = (maxMs - minMs) / DAY + 1;
  if (days <= 60) return "day";
  if (days <= 420) return "week";
  return "month";
}

export function binStart(ms, unit) {
  const d = new Date(ms);
  if (unit === "day") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (unit === "week") { const day = (d.getUTCDay() + 6) % 7; return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day); }
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function binEnd(start, unit) {
  const d = new Date(start);
  if (unit === "day") return start;
  if (unit === "week") return start + 6 * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
}

function nextBin(start, unit) {
  const d = new Date(start);
  if (unit === "day") return start + DAY;
  if (unit === "week") return start + 7 * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Pure: bins [{start, end, counts: {TYPE: n}}] of events with a YYYY-MM-DD(ish) date. */
export function histogram(events) {
  const dated = events.map((e) => ({ e, ms: Date.parse((e.date || "").slice(0, 10)) })).filter((x) => !isNaN(x.ms));
  if (!dated.length) return { unit: "day", bins: [], undated: events.length };
  const min = Math.min(...dated.map((x) => x.ms)), max = Math.max(...dated.map((x) => x.ms));
  const unit = binning(min, max);
  const bins = new Map();
  for (const { e, ms } of dated) {
    const s = binStart(ms, unit);
    if (!bins.has(s)) bins.set(s, { start: iso(s), end: iso(binEnd(s, unit)), counts: {} });
    const b = bins.get(s);
    b.counts[e.type] = (b.counts[e.type] || 0) + 1;
  }
  // Continuous bins from the first to the last date, empty ones included, so the axis is linear in time.
  const out = [];
  for (let s = binStart(min, unit); s <= max && out.length < 2000; s = nextBin(s, unit)) {
    out.push(bins.get(s) || { start: iso(s), end: iso(binEnd(s, unit)), counts: {} });
  }
  return { unit, bins: out, undated: events.length - dated.length };
}

export function drawTimeline(svg, events, { onPick } = {}) {
  svg.textContent = "";
  const { unit, bins, undated } = histogram(events);
  const width = svg.clientWidth || 800, height = svg.clientHeight || 120;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const el = (name, attrs) => { const e = document.createElementNS(NS, name); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };
  if (!bins.length) {
    const t = el("text", { x: 8, y: 20, class: "axis" }); t.textContent = undated ? `${undated} events without a date` : "no events"; svg.appendChild(t);
    return;
  }
  const top = Math.max(1, ...bins.map((b) => Object.values(b.counts).reduce((a, c) => a + c, 0)));
  const left = 28, bottom = 20, plotH = height - bottom - 6, slot = (width - left - 4) / bins.length;
  const barW = Math.max(2, Math.min(40, slot * 0.8));
  const axis = el("text", { x: 2, y: 12, class: "axis" }); axis.textContent = String(top); svg.appendChild(axis);
  bins.forEach((b, i) => {
    const total = Object.values(b.counts).reduce((a, c) => a + c, 0);
    if (!total) return;
    const g = el("g", { class: "bar", "data-start": b.start, "data-end": b.end });
    const x = left + i * slot + (slot - barW) / 2;
    let y = height - bottom;
    for (const [type, n] of Object.entries(b.counts).sort()) {
      const h = (n / top) * plotH;
      y -= h;
      g.appendChild(el("rect", { x, y, width: barW, height: Math.max(h, 1), fill: colorOf(type) }));
    }
    const title = el("title", {});
    title.textContent = `${b.start}${b.end !== b.start ? " – " + b.end : ""}: ${total} events (` + Object.entries(b.counts).map(([t, n]) => `${t} ${n}`).join(", ") + ")";
    g.appendChild(title);
    g.addEventListener("click", () => onPick && onPick(b.start, b.end));
    svg.appendChild(g);
    if (i === 0 || i === bins.length - 1 || bins.length <= 12) {
      const t = el("text", { x: x + barW / 2, y: height - 5, class: "axis", "text-anchor": "middle" });
      t.textContent = unit === "month" ? b.start.slice(0, 7) : b.start.slice(5);
      svg.appendChild(t);
    }
  });
  if (undated) {
    const t = el("text", { x: width - 4, y: 12, class: "axis", "text-anchor": "end" }); t.textContent = `+${undated} undated`; svg.appendChild(t);
  }
}
