// An offline SVG world map: country outlines from the world-atlas package (Natural Earth 1:110m) in
// the Web Mercator projection, pan and zoom, one marker per located event. When the server is given
// a tile URL (`eventwire serve --tiles`), raster tiles of that server are drawn underneath; without
// one the page requests nothing from anywhere else.
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { colorOf } from "./colors.js";

const W = 1024; // the world is W x W SVG units (a zoom-0 tile is 256 px: 4 units per px)
const MAX_LAT = 85.05112878;
const NS = "http://www.w3.org/2000/svg";
const clampLat = (lat) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));

export function project(lon, lat) {
  const phi = (clampLat(lat) * Math.PI) / 180;
  return [((lon + 180) / 360) * W, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * W];
}

export function unproject(x, y) {
  const n = Math.PI - (2 * Math.PI * y) / W;
  return [(x / W) * 360 - 180, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

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
        d += (i === 0 ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
      });
      d += "Z";
    }
  }
  return d;
}

export class EventMap {
  constructor(svg, { onSelect, onViewChange, attribution } = {}) {
    this.svg = svg;
    this.onSelect = onSelect || (() => {});
    this.onViewChange = onViewChange || (() => {});
    this.attribution = attribution || null;
    this.tileUrl = null;
    const top = project(0, 80)[1], bottom = project(0, -60)[1];
    this.home = { x: 0, y: top, w: W, h: bottom - top };
    this.view = { ...this.home };
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    const el = (name, attrs = {}) => { const e = document.createElementNS(NS, name); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };
    this.el = el;
    svg.appendChild(el("rect", { x: -W, y: -W, width: 3 * W, height: 3 * W, class: "sea" }));
    this.tiles = el("g", { class: "tiles" });
    svg.appendChild(this.tiles);
    const land = el("g", { class: "countries" });
    const countries = feature(world, world.objects.countries);
    for (const f of countries.features) {
      if (f.id === "010") continue; // Antarctica: a ring around the pole does not draw in this projection
      const p = el("path", { d: pathData(f.geometry), class: "country" });
      const t = el("title"); t.textContent = f.properties.name; p.appendChild(t);
      land.appendChild(p);
    }
    svg.appendChild(land);
    this.graticule = el("g", { class: "graticule" });
    for (let lon = -180; lon <= 180; lon += 30) this.graticule.appendChild(el("line", { x1: project(lon, 0)[0], y1: 0, x2: project(lon, 0)[0], y2: W }));
    for (let lat = -60; lat <= 60; lat += 30) this.graticule.appendChild(el("line", { x1: 0, y1: project(0, lat)[1], x2: W, y2: project(0, lat)[1] }));
    svg.appendChild(this.graticule);
    this.markers = el("g", { class: "markers" });
    svg.appendChild(this.markers);
    this.events = [];
    this.selected = null;
    this._apply();
    this._interactions();
  }

  /** Draw raster tiles from ``url`` ("https://host/{z}/{x}/{y}.png") under the outlines. */
  setTiles(url, attribution) {
    this.tileUrl = url || null;
    this.svg.classList.toggle("with-tiles", !!this.tileUrl);
    if (this.attribution && attribution) this.attribution.textContent = attribution;
    this._apply();
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
      const s = this._scale();
      const dx = (ev.clientX - drag.x) * s, dy = (ev.clientY - drag.y) * s;
      if (Math.abs(dx) + Math.abs(dy) > 1) drag.moved = true;
      this.view = { ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy };
      this._apply();
    });
    const end = () => { if (drag && drag.moved) this.onViewChange(this.bbox()); drag = null; };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
  }

  /** SVG units per screen pixel. */
  _scale() {
    const r = this.svg.getBoundingClientRect();
    return Math.max(this.view.w / (r.width || 800), this.view.h / (r.height || 400));
  }

  _svgPoint(clientX, clientY) {
    const r = this.svg.getBoundingClientRect();
    const s = this._scale();
    const cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2;
    return [cx + (clientX - r.left - r.width / 2) * s, cy + (clientY - r.top - r.height / 2) * s];
  }

  zoom(factor, cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2) {
    const w = Math.min(W * 1.5, Math.max(W / 4096, this.view.w * factor));
    const f = w / this.view.w;
    this.view = { x: cx - (cx - this.view.x) * f, y: cy - (cy - this.view.y) * f, w, h: this.view.h * f };
    this._apply();
  }

  /** Zoom to the located events (the inhabited world when there are none). */
  fit() {
    const pts = this.events.filter(hasCoords).map((e) => project(e.lon, e.lat));
    if (!pts.length) { this.view = { ...this.home }; this._apply(); return; }
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const pad = W / 40;
    let x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad, y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
    const r = this.svg.getBoundingClientRect();
    const aspect = r.width && r.height ? r.width / r.height : 2;
    let w = Math.max(x1 - x0, W / 60), h = Math.max(y1 - y0, W / 120);
    if (w / h < aspect) { const nw = h * aspect; x0 -= (nw - (x1 - x0)) / 2; w = nw; } else { const nh = w / aspect; y0 -= (nh - (y1 - y0)) / 2; h = nh; }
    this.view = { x: x0, y: y0, w, h };
    this._apply();
  }

  /** The visible area as [min_lon, min_lat, max_lon, max_lat], clamped to the globe. */
  bbox() {
    const s = this._scale(), r = this.svg.getBoundingClientRect();
    const cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2;
    const hw = ((r.width || 800) * s) / 2, hh = ((r.height || 400) * s) / 2;
    const [lon0, lat1] = unproject(cx - hw, cy - hh);
    const [lon1, lat0] = unproject(cx + hw, cy + hh);
    const c = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    return [c(lon0, -180, 180), c(lat0, -90, 90), c(lon1, -180, 180), c(lat1, -90, 90)].map((v) => +v.toFixed(4));
  }

  _apply() {
    const v = this.view;
    this.svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    const unit = this._scale();
    for (const c of this.markers.children) {
      c.setAttribute("r", (c.classList.contains("selected") ? 8 : 6) * unit);
      // Events at the same spot are spread on a small ring (constant on screen) so each can be clicked.
      const n = +c.dataset.n, i = +c.dataset.i;
      const ring = n > 1 ? (7 + n) * unit : 0;
      c.setAttribute("cx", +c.dataset.x + ring * Math.cos((2 * Math.PI * i) / n));
      c.setAttribute("cy", +c.dataset.y + ring * Math.sin((2 * Math.PI * i) / n));
    }
    this._drawTiles(unit);
  }

  _drawTiles(unit) {
    this.tiles.textContent = "";
    if (!this.tileUrl) return;
    const worldPx = W / unit;
    const z = Math.max(0, Math.min(19, Math.ceil(Math.log2(worldPx / 256))));
    const n = 2 ** z, size = W / n;
    const s = unit, r = this.svg.getBoundingClientRect();
    const cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2;
    const hw = ((r.width || 800) * s) / 2, hh = ((r.height || 400) * s) / 2;
    const tx0 = Math.floor((cx - hw) / size), tx1 = Math.floor((cx + hw) / size);
    const ty0 = Math.max(0, Math.floor((cy - hh) / size)), ty1 = Math.min(n - 1, Math.floor((cy + hh) / size));
    if ((tx1 - tx0 + 1) * (ty1 - ty0 + 1) > 150) return;
    for (let tx = tx0; tx <= tx1; tx++) {
      for (let ty = ty0; ty <= ty1; ty++) {
        const wrapped = ((tx % n) + n) % n;
        const href = this.tileUrl.replace("{z}", z).replace("{x}", wrapped).replace("{y}", ty);
        this.tiles.appendChild(this.el("image", { href, x: tx * size, y: ty * size, width: size, height: size, preserveAspectRatio: "none" }));
      }
    }
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
    for (const c of [...this.markers.children]) {
      const on = c.getAttribute("data-event-id") === id;
      c.classList.toggle("selected", on);
      if (on) this.markers.appendChild(c); // draw on top
    }
    this._apply();
  }
}

export function hasCoords(e) {
  return typeof e.lat === "number" && typeof e.lon === "number" && isFinite(e.lat) && isFinite(e.lon);
}
