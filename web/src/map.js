// An offline SVG world map: country outlines from the world-atlas package (Natural Earth 1:110m),
// equirectangular projection, pan and zoom, one marker per located event.
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { colorOf } from "./colors.js";

const K = 4; // SVG units per degree
const W = 360 * K, H = 180 * K;
const NS = "http://www.w3.org/2000/svg";

export const project = (lon, lat) => [(lon + 180) * K, (90 - lat) * K];
export const unproject = (x, y) => [x / K - 180, 90 - y / K];

/** SVG path data of a GeoJSON (Multi)Polygon; rings are unwrapped across the antimeridian. */
export function pathData(geometry) {
  if (!geometry) return "";
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let d = "";
  for (const poly of polys) {
    for (const ring of poly) {
      let offset = 0, prev = null;
      ring.forEach(([lon, lat], i) => {
        if (prev !== null && Math.abs(lon + offset - prev) > 180) offset += prev > lon + offset ? 360 : -360;
        const [x, y] = project(lon + offset, lat);
        prev = lon + offset;
        d += (i === 0 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
      });
      d += "Z";
    }
  }
  return d;
}

export class EventMap {
  constructor(svg, { onSelect, onViewChange } = {}) {
    this.svg = svg;
    this.onSelect = onSelect || (() => {});
    this.onViewChange = onViewChange || (() => {});
    this.view = { x: 0, y: 0, w: W, h: H };
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    const el = (name, attrs = {}) => { const e = document.createElementNS(NS, name); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };
    this.el = el;
    svg.appendChild(el("rect", { x: -W, y: -H, width: 3 * W, height: 3 * H, class: "sea" }));
    const land = el("g", { class: "countries" });
    const countries = feature(world, world.objects.countries);
    for (const f of countries.features) {
      if (f.id === "010") continue; // Antarctica: a ring around the pole does not draw well in this projection
      const p = el("path", { d: pathData(f.geometry), class: "country" });
      const t = el("title"); t.textContent = f.properties.name; p.appendChild(t);
      land.appendChild(p);
    }
    svg.appendChild(land);
    this.graticule = el("g", { class: "graticule" });
    for (let lon = -180; lon <= 180; lon += 30) this.graticule.appendChild(el("line", { x1: project(lon, 0)[0], y1: 0, x2: project(lon, 0)[0], y2: H }));
    for (let lat = -60; lat <= 60; lat += 30) this.graticule.appendChild(el("line", { x1: 0, y1: project(0, lat)[1], x2: W, y2: project(0, lat)[1] }));
    svg.appendChild(this.graticule);
    this.markers = el("g", { class: "markers" });
    svg.appendChild(this.markers);
    this.events = [];
    this.selected = null;
    this._apply();
    this._interactions();
  }

  _interactions() {
    const svg = this.svg;
    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const [x, y] = this._svgPoint(ev.clientX, ev.clientY);
      this.zoom(ev.deltaY < 0 ? 1 / 1.25 : 1.25, x, y);
    }, { passive: false });
    let drag = null;
    svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.classList && ev.target.classList.contains("marker")) return;
      drag = { x: ev.clientX, y: ev.clientY, view: { ...this.view }, moved: false };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const scale = this.view.w / svg.clientWidth;
      const dx = (ev.clientX - drag.x) * scale, dy = (ev.clientY - drag.y) * scale;
      if (Math.abs(dx) + Math.abs(dy) > 1) drag.moved = true;
      this.view = { ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy };
      this._apply(false);
    });
    const end = () => { if (drag && drag.moved) this.onViewChange(this.bbox()); drag = null; };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
  }

  _svgPoint(clientX, clientY) {
    const r = this.svg.getBoundingClientRect();
    const s = Math.max(this.view.w / r.width, this.view.h / r.height);
    const cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2;
    return [cx + (clientX - r.left - r.width / 2) * s, cy + (clientY - r.top - r.height / 2) * s];
  }

  zoom(factor, cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2) {
    const w = Math.min(W * 1.5, Math.max(4 * K, this.view.w * factor));
    const f = w / this.view.w;
    this.view = { x: cx - (cx - this.view.x) * f, y: cy - (cy - this.view.y) * f, w, h: this.view.h * f };
    this._apply();
  }

  /** Zoom to the located events (the whole world when there are none). */
  fit() {
    const pts = this.events.filter(hasCoords).map((e) => project(e.lon, e.lat));
    if (!pts.length) { this.view = { x: 0, y: 0, w: W, h: H }; this._apply(); return; }
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const pad = 12 * K;
    let x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad, y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
    const aspect = W / H;
    let w = x1 - x0, h = y1 - y0;
    if (w / h < aspect) { const nw = h * aspect; x0 -= (nw - w) / 2; w = nw; } else { const nh = w / aspect; y0 -= (nh - h) / 2; h = nh; }
    this.view = { x: x0, y: y0, w, h };
    this._apply();
  }

  /** The visible area as [min_lon, min_lat, max_lon, max_lat], clamped to the globe. */
  bbox() {
    const [lon0, lat1] = unproject(this.view.x, this.view.y);
    const [lon1, lat0] = unproject(this.view.x + this.view.w, this.view.y + this.view.h);
    const c = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    return [c(lon0, -180, 180), c(lat0, -90, 90), c(lon1, -180, 180), c(lat1, -90, 90)].map((v) => +v.toFixed(4));
  }

  _apply(notify = true) {
    const v = this.view;
    this.svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    const px = this.svg.clientWidth || 800;
    const unit = Math.max(v.w / px, v.h / (this.svg.clientHeight || 400));
    this.svg.style.setProperty("--unit", unit);
    for (const c of this.markers.children) {
      c.setAttribute("r", (c.classList.contains("selected") ? 8 : 6) * unit);
      c.setAttribute("stroke-width", 1.5 * unit);
      // Events at the same spot are spread on a small ring (constant on screen) so each can be clicked.
      const n = +c.dataset.n, i = +c.dataset.i;
      const ring = n > 1 ? (7 + n) * unit : 0;
      c.setAttribute("cx", +c.dataset.x + ring * Math.cos((2 * Math.PI * i) / n));
      c.setAttribute("cy", +c.dataset.y + ring * Math.sin((2 * Math.PI * i) / n));
    }
    for (const l of this.graticule.children) l.setAttribute("stroke-width", 0.5 * unit);
    this.svg.querySelectorAll(".country").forEach((p) => p.setAttribute("stroke-width", 0.6 * unit));
    void notify;
  }

  setEvents(events) {
    this.events = events;
    this.markers.textContent = "";
    const spots = new Map();
    for (const e of events) {
      if (!hasCoords(e)) continue;
      const key = `${e.lat.toFixed(3)},${e.lon.toFixed(3)}`;
      if (!spots.has(key)) spots.set(key, []);
      spots.get(key).push(e);
    }
    for (const group of spots.values()) group.forEach((e, i) => {
      const [x, y] = project(e.lon, e.lat);
      const c = this.el("circle", { cx: x, cy: y, "data-x": x, "data-y": y, "data-i": i, "data-n": group.length, class: "marker", fill: colorOf(e.type), "data-event-id": e.id, role: "button", "aria-label": `${e.type} at ${e.place || "?"}` });
      const t = this.el("title"); t.textContent = `${e.type} · ${e.place || ""} · ${e.date || "no date"}`; c.appendChild(t);
      c.addEventListener("click", (ev) => { ev.stopPropagation(); this.onSelect(e.id); });
      this.markers.appendChild(c);
    });
    this.select(this.selected);
  }

  select(id) {
    this.selected = id;
    for (const c of this.markers.children) {
      const on = c.getAttribute("data-event-id") === id;
      c.classList.toggle("selected", on);
      if (on) this.markers.appendChild(c); // draw on top
    }
    this._apply(false);
  }
}

export function hasCoords(e) {
  return typeof e.lat === "number" && typeof e.lon === "number" && isFinite(e.lat) && isFinite(e.lon);
}
