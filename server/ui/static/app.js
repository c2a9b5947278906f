// Vedetta's pages: the network layout and a few conveniences. No library,
// no network access beyond this server.
"use strict";

(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const QUAD_COLOURS = {
    "verbal cooperation": "#2f9e44",
    "material cooperation": "#1971c2",
    "verbal conflict": "#f08c00",
    "material conflict": "#e03131",
  };

  function normQuad(q) {
    return String(q || "").toLowerCase().replace(/[_-]/g, " ").trim();
  }

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVGNS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  // ---- Document page: events in the side panel show their evidence ----
  function documentPage() {
    const text = document.getElementById("text");
    if (!text) return;
    function flash(i, on) {
      text.querySelectorAll(".ev").forEach(function (s) {
        const ids = (s.dataset.ev || "").split(" ");
        s.classList.toggle("flash", on && ids.indexOf(String(i)) >= 0);
      });
    }
    document.querySelectorAll("#side-events .event").forEach(function (li) {
      const i = li.dataset.ev;
      li.addEventListener("mouseenter", function () { flash(i, true); });
      li.addEventListener("mouseleave", function () { flash(i, false); });
      li.addEventListener("click", function (ev) {
        if (ev.target.tagName === "A") return;
        flash(i, true);
        const first = Array.prototype.find.call(text.querySelectorAll(".ev"), function (s) {
          return (s.dataset.ev || "").split(" ").indexOf(String(i)) >= 0;
        });
        if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
      });
    });
    document.querySelectorAll("#side-entities li[data-entity]").forEach(function (li) {
      const id = li.dataset.entity;
      function mark(on) {
        text.querySelectorAll(".ent").forEach(function (a) {
          if (a.dataset.entity === id) a.classList.toggle("flash", on);
        });
      }
      li.addEventListener("mouseenter", function () { mark(true); });
      li.addEventListener("mouseleave", function () { mark(false); });
    });
  }

  // ---- Network page: a force layout drawn in SVG ----

  // layout places nodes with a Fruchterman-Reingold style simulation:
  // all pairs repel, linked nodes attract, a weak pull keeps the graph
  // centred. Deterministic (no randomness), O(n^2) per step: fine for a
  // few hundred nodes.
  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    const golden = Math.PI * (3 - Math.sqrt(5));
    const cx = width / 2, cy = height / 2;
    const r0 = Math.min(width, height) * 0.42;
    nodes.forEach(function (d, i) {
      const r = r0 * Math.sqrt((i + 0.5) / Math.max(n, 1));
      d.x = cx + r * Math.cos(i * golden);
      d.y = cy + r * Math.sin(i * golden);
    });
    if (n < 2) return;
    const k = Math.sqrt((width * height) / n) * 0.5;
    const gravity = 1.2;
    const index = new Map(nodes.map(function (d, i) { return [d.id, i]; }));
    const links = edges.map(function (e) {
      return [index.get(e.source), index.get(e.target), Math.log(1 + e.count)];
    }).filter(function (l) { return l[0] !== undefined && l[1] !== undefined && l[0] !== l[1]; });
    const dx = new Float64Array(n), dy = new Float64Array(n);
    const steps = n > 300 ? 150 : 300;
    let temp = width / 8;
    for (let step = 0; step < steps; step++) {
      dx.fill(0); dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
          let d2 = x * x + y * y;
          if (d2 < 0.01) { x = 0.1 * (i - j); y = 0.1; d2 = x * x + y * y; }
          const f = (k * k) / d2;
          dx[i] += x * f; dy[i] += y * f;
          dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      links.forEach(function (l) {
        const a = nodes[l[0]], b = nodes[l[1]];
        const x = a.x - b.x, y = a.y - b.y;
        const d = Math.sqrt(x * x + y * y) || 0.01;
        const f = (d / k) * (1 + 0.3 * l[2]);
        dx[l[0]] -= x * f; dy[l[0]] -= y * f;
        dx[l[1]] += x * f; dy[l[1]] += y * f;
      });
      for (let i = 0; i < n; i++) {
        // Gravity keeps separate components from drifting apart.
        dx[i] += (cx - nodes[i].x) * gravity;
        dy[i] += (cy - nodes[i].y) * gravity;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        const m = Math.min(d, temp);
        nodes[i].x += (dx[i] / d) * m;
        nodes[i].y += (dy[i] / d) * m;
      }
      temp = Math.max(temp * 0.97, 0.5);
    }
    // Fit into the box.
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (d) {
      minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
    });
    // Room for the labels, which sit right of the nodes.
    const padL = 40, padR = 170, padY = 40;
    const sx = (width - padL - padR) / Math.max(maxX - minX, 1);
    const sy = (height - 2 * padY) / Math.max(maxY - minY, 1);
    // Fill the box: scale each axis, but keep the shape within a factor of
    // 1.6 of the layout's own.
    const s = Math.min(sx, sy);
    // and never enlarge a small graph past its natural size.
    const kx = Math.min(sx, s * 1.6, 1.2), ky = Math.min(sy, s * 1.6, 1.2);
    const ox = padL + (width - padL - padR - kx * (maxX - minX)) / 2, oy = (height - ky * (maxY - minY)) / 2;
    nodes.forEach(function (d) {
      d.x = ox + (d.x - minX) * kx;
      d.y = oy + (d.y - minY) * ky;
    });
  }

  function networkPage() {
    const svg = document.getElementById("net");
    const data = document.getElementById("net-data");
    if (!svg || !data) return;
    const net = JSON.parse(data.textContent || "{}");
    const nodes = (net.nodes || []).map(function (d) { return Object.assign({}, d); });
    const edges = net.edges || [];
    const W = 960, H = 600;
    if (nodes.length === 0) {
      el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", fill: "#667085" }, svg).textContent =
        "No event with both a source and a target matches these filters.";
      return;
    }
    layout(nodes, edges, W, H);
    const byId = new Map(nodes.map(function (d) { return [d.id, d]; }));
    const maxAct = Math.max.apply(null, nodes.map(function (d) { return d.activity || 1; }));
    // Smaller circles when there are many actors.
    const maxR = Math.max(6, Math.min(22, 150 / Math.sqrt(nodes.length)));
    function radius(d) { return 2.5 + maxR * Math.sqrt((d.activity || 1) / maxAct); }

    const defs = el("defs", {}, svg);
    Object.keys(QUAD_COLOURS).concat(["none"]).forEach(function (q) {
      const m = el("marker", { id: "arrow-" + q.replace(/ /g, "-"), viewBox: "0 0 10 10", refX: "10", refY: "5",
        markerWidth: "9", markerHeight: "9", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: QUAD_COLOURS[q] || "#868e96" }, m);
    });
    const view = el("g", { class: "view" }, svg);
    const gEdges = el("g", { class: "edges" }, view);
    const gNodes = el("g", { class: "nodes" }, view);
    const maxCount = Math.max.apply(null, edges.map(function (e) { return e.count; }).concat([1]));
    const edgeEls = [];
    edges.forEach(function (e) {
      const a = byId.get(e.source), b = byId.get(e.target);
      if (!a || !b || a === b) return;
      const q = normQuad(e.quad);
      const colour = QUAD_COLOURS[q] || "#868e96";
      // Shorten to the circles' rims; bend slightly so A->B and B->A differ.
      const x = b.x - a.x, y = b.y - a.y, d = Math.sqrt(x * x + y * y) || 1;
      const ra = radius(a), rb = radius(b) + 3;
      const x1 = a.x + (x / d) * ra, y1 = a.y + (y / d) * ra;
      const x2 = b.x - (x / d) * rb, y2 = b.y - (y / d) * rb;
      const mx = (x1 + x2) / 2 - (y / d) * 14, my = (y1 + y2) / 2 + (x / d) * 14;
      const p = el("path", {
        class: "edge", d: "M" + x1 + "," + y1 + " Q" + mx + "," + my + " " + x2 + "," + y2,
        stroke: colour, "stroke-width": ((edges.length > 200 ? 0.6 : 1) + 3 * Math.sqrt(e.count / maxCount)).toFixed(2),
        "marker-end": "url(#arrow-" + (QUAD_COLOURS[q] ? q.replace(/ /g, "-") : "none") + ")",
        "data-source": e.source, "data-target": e.target,
      }, gEdges);
      const types = Object.keys(e.by_type || {}).map(function (t) { return t + " " + e.by_type[t]; }).join(", ");
      el("title", {}, p).textContent = (a.name || a.id) + " → " + (b.name || b.id) + ": " + e.count + " (" + types + ")";
      edgeEls.push(p);
    });
    // Label the busiest actors; the others on hover (title).
    const ranked = nodes.slice().sort(function (a, b) { return (b.activity || 0) - (a.activity || 0); });
    const labelled = new Set(ranked.slice(0, nodes.length > 100 ? 15 : 40).map(function (d) { return d.id; }));
    const params = new URLSearchParams(window.location.search);
    const selected = params.get("actor");
    const info = document.getElementById("net-info");
    nodes.forEach(function (d) {
      const g = el("g", { class: "node" + (d.id === selected ? " sel" : ""), transform: "translate(" + d.x.toFixed(1) + "," + d.y.toFixed(1) + ")",
        "data-id": d.id, tabindex: "0", role: "link" }, gNodes);
      el("circle", { r: radius(d).toFixed(1), fill: d.id === selected ? "#1d2330" : "#4c6ef5" }, g);
      el("title", {}, g).textContent = (d.name || d.id) + " (" + d.id + ")" + (d.type ? " · " + d.type : "") +
        " · " + d.activity + " events: " + d.as_source + " as source, " + d.as_target + " as target";
      if (labelled.has(d.id)) {
        el("text", { x: (radius(d) + 3).toFixed(1), y: "4" }, g).textContent = d.name || d.id;
      }
      function go() {
        const p = new URLSearchParams(window.location.search);
        p.set("actor", d.id);
        window.location.search = p.toString();
      }
      g.addEventListener("click", go);
      g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
      g.addEventListener("mouseenter", function () {
        edgeEls.forEach(function (p) {
          p.classList.toggle("dim", p.dataset.source !== d.id && p.dataset.target !== d.id);
        });
        if (info) {
          info.hidden = false;
          info.textContent = "";
          const strong = document.createElement("strong");
          strong.textContent = d.name || d.id;
          info.appendChild(strong);
          info.appendChild(document.createTextNode(" " + d.id + (d.type ? " · " + d.type : "") +
            " — " + d.activity + " events (" + d.as_source + " as source, " + d.as_target + " as target). Click to filter."));
        }
      });
      g.addEventListener("mouseleave", function () {
        edgeEls.forEach(function (p) { p.classList.remove("dim"); });
        if (info) info.hidden = true;
      });
    });
    // Zoom with the wheel, pan by dragging.
    let scale = 1, tx = 0, ty = 0, drag = null;
    function apply() { view.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + scale + ")"); }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      const pt = svg.getBoundingClientRect();
      const px = ((ev.clientX - pt.left) / pt.width) * W, py = ((ev.clientY - pt.top) / pt.height) * H;
      const f = ev.deltaY < 0 ? 1.15 : 1 / 1.15;
      const ns = Math.min(Math.max(scale * f, 0.3), 8);
      tx = px - ((px - tx) * ns) / scale;
      ty = py - ((py - ty) * ns) / scale;
      scale = ns;
      apply();
    }, { passive: false });
    svg.addEventListener("mousedown", function (ev) {
      if (ev.target.closest(".node")) return;
      drag = { x: ev.clientX, y: ev.clientY, tx: tx, ty: ty };
    });
    window.addEventListener("mousemove", function (ev) {
      if (!drag) return;
      const pt = svg.getBoundingClientRect();
      tx = drag.tx + ((ev.clientX - drag.x) / pt.width) * W;
      ty = drag.ty + ((ev.clientY - drag.y) / pt.height) * H;
      apply();
    });
    window.addEventListener("mouseup", function () { drag = null; });
    svg.dataset.ready = "true";
  }

  function init() {
    documentPage();
    networkPage();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();

  // For tests and tinkering.
  window.vedetta = { layout: layout };
})();
