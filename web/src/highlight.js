// Pure helpers: turn a record's spans into non-overlapping text segments, each with the set of
// layers (actor, place, time, quote, evidence, ...) that cover it. Offsets are character offsets
// into the article text, as in the eventwire schema (text.slice(start, end) === span.text).

/** @typedef {{start:number,end:number,layer:string,title?:string,id?:string}} Mark */

/** Every highlightable span of a record, plus the given evidence marks. */
export function recordMarks(record, extra = []) {
  const marks = [];
  const add = (start, end, layer, title) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) marks.push({ start, end, layer, title });
  };
  for (const a of record.actors || []) for (const m of a.mentions || []) add(m.start, m.end, "actor", `actor: ${a.name}${a.country ? " (" + a.country + ")" : ""}`);
  for (const p of record.places || []) for (const m of p.mentions || []) add(m.start, m.end, "place", `place: ${p.name}${p.country ? " (" + p.country + ")" : ""}`);
  for (const t of record.times || []) add(t.start, t.end, "time", `time: ${t.value || "unresolved"}`);
  for (const q of record.quotes || []) {
    add(q.start, q.end, "quote", `${q.kind} quote${q.speaker ? " by " + q.speaker.name : ""}`);
    if (q.cue) add(q.cue.start, q.cue.end, "cue", "attribution cue");
  }
  for (const m of extra) add(m.start, m.end, m.layer, m.title);
  return marks;
}

/** Split [0, text.length) at every mark boundary; each segment lists the marks covering it. */
export function segments(text, marks) {
  const n = text.length;
  const valid = marks.filter((m) => m.start >= 0 && m.end <= n && m.end > m.start);
  const cuts = new Set([0, n]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const on = valid.filter((m) => m.start <= s && m.end >= e);
    out.push({ start: s, end: e, text: text.slice(s, e), marks: on });
  }
  return out;
}

/** Render segments into a container element as text nodes and <mark>-like spans. */
export function renderHighlighted(container, text, marks, doc = document) {
  container.textContent = "";
  for (const seg of segments(text, marks)) {
    if (!seg.marks.length) { container.appendChild(doc.createTextNode(seg.text)); continue; }
    const el = doc.createElement("span");
    const layers = [...new Set(seg.marks.map((m) => m.layer))];
    el.className = layers.map((l) => "hl hl-" + l).join(" ");
    el.dataset.layers = layers.join(" ");
    el.title = seg.marks.map((m) => m.title || m.layer).join("\n");
    el.textContent = seg.text;
    container.appendChild(el);
  }
}
