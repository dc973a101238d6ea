/* wirecoder web UI: the event table with filters, the evidence view, a timeline stacked by
   type, the actor network and the map. It only reads the JSON API (/api/...), and every
   value goes into the page as text (textContent, d3's .text), never as HTML. */
(function () {
  "use strict";

  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  const TYPES = Array.from(document.querySelectorAll("#f-type option")).map(o => o.value).filter(Boolean);
  const typeColor = d3.scaleOrdinal(TYPES, d3.schemeTableau10.concat(d3.schemeSet2));
  const kindColor = d3.scaleOrdinal(d3.schemeSet1.concat(d3.schemeDark2));
  let nextCursor = null;
  let world = null;

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function filterParams() {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) {
      if (String(v).trim() !== "") p.append(k, String(v).trim());
    }
    return p;
  }

  function withParams(path, p, extra) {
    const q = new URLSearchParams(p);
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    const s = q.toString();
    return s ? path + "?" + s : path;
  }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      throw new Error(body && body.error ? body.error.message : r.status + " " + r.statusText);
    }
    return body;
  }

  function say(text, isError) {
    status.textContent = text;
    status.classList.toggle("error", !!isError);
  }

  function actorName(a) { return a ? a.name : "—"; }

  // -- the table -----------------------------------------------------------------------
  async function loadEvents(p, reset) {
    const tbody = document.querySelector("#events-table tbody");
    if (reset) { tbody.replaceChildren(); nextCursor = null; }
    const extra = { limit: "100" };
    if (!reset && nextCursor) extra.cursor = nextCursor;
    const data = await getJSON(withParams("/api/events", p, extra));
    for (const ev of data.events) {
      const tr = el("tr", { "data-id": ev.id, tabindex: "0", class: "event-row" });
      tr.appendChild(el("td", {}, ev.day || ""));
      const tdType = el("td", {});
      const sw = el("span", { class: "swatch" });
      sw.style.background = typeColor(ev.type);
      tdType.append(sw, document.createTextNode(" " + ev.type));
      tr.appendChild(tdType);
      tr.appendChild(el("td", {}, actorName(ev.source)));
      tr.appendChild(el("td", {}, actorName(ev.target)));
      tr.appendChild(el("td", {}, ev.modality));
      tr.appendChild(el("td", {}, ev.confidence === null ? "" : Number(ev.confidence).toFixed(2)));
      const evid = ev.evidence.length > 160 ? ev.evidence.slice(0, 159) + "…" : ev.evidence;
      tr.appendChild(el("td", { class: "evidence-cell" }, ev.sources > 1 ? evid + " (" + ev.sources + " sources, " + ev.articles + " articles)" : evid));
      tr.addEventListener("click", () => showEvent(ev.id, tr));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") showEvent(ev.id, tr); });
      tbody.appendChild(tr);
    }
    nextCursor = data.next;
    document.getElementById("more").hidden = !nextCursor;
    const n = tbody.children.length;
    document.getElementById("event-count").textContent = "(" + n + (nextCursor ? "+" : "") + ")";
    if (reset && n === 0) {
      const tr = el("tr", { class: "empty" });
      tr.appendChild(el("td", { colspan: "7" }, "No events match these filters."));
      tbody.appendChild(tr);
    }
  }

  async function showEvent(id, row) {
    document.querySelectorAll("#events-table tr.selected").forEach(r => r.classList.remove("selected"));
    if (row) row.classList.add("selected");
    const box = document.getElementById("evidence");
    let ev;
    try {
      ev = await getJSON("/api/events/" + encodeURIComponent(id));
    } catch (e) {
      box.replaceChildren(el("p", { class: "error" }, e.message));
      return;
    }
    const quote = el("blockquote", { class: "evidence", "data-event-id": ev.id });
    let last = 0;
    for (const m of ev.evidence_marks) {
      if (m.start > last) quote.appendChild(document.createTextNode(ev.evidence.slice(last, m.start)));
      quote.appendChild(el("mark", { class: m.role, title: m.role }, ev.evidence.slice(m.start, m.end)));
      last = m.end;
    }
    if (last < ev.evidence.length) quote.appendChild(document.createTextNode(ev.evidence.slice(last)));
    const facts = el("dl", { class: "facts" });
    const add = (k, v) => { facts.appendChild(el("dt", {}, k)); facts.appendChild(el("dd", {}, v)); };
    add("type", ev.type + (ev.mode ? " (" + ev.mode + ")" : ""));
    add("source", actorName(ev.source));
    add("target", actorName(ev.target));
    add("modality", ev.modality);
    add("confidence", ev.confidence === null ? "—" : String(ev.confidence));
    add("date", (ev.date || "—") + " · published " + (ev.published || "—"));
    add("location", ev.location ? ev.location.name + (ev.location.country ? ", " + ev.location.country : "") : "—");
    add("reported by", ev.attribution ? ev.attribution.text : "the outlet");
    const links = el("p", { class: "links" });
    links.appendChild(el("a", { href: "/events/" + encodeURIComponent(ev.id), class: "event-link" }, "event page"));
    links.appendChild(document.createTextNode(" · "));
    links.appendChild(el("a", { href: "/articles/" + encodeURIComponent(ev.article_id), class: "article-link" },
                         "article: " + (ev.article_title || ev.article_id)));
    if (ev.article_url && /^https?:\/\//i.test(ev.article_url)) {
      links.appendChild(document.createTextNode(" · "));
      links.appendChild(el("a", { href: ev.article_url, rel: "noopener noreferrer nofollow" }, "original"));
    }
    box.replaceChildren(quote, facts, links);
  }

  // -- the timeline --------------------------------------------------------------------
  async function drawTimeline(p) {
    const bucket = document.getElementById("bucket").value;
    const data = await getJSON(withParams("/api/aggregate", p, { by: "type," + bucket }));
    const svg = d3.select("#timeline");
    svg.selectAll("*").remove();
    const W = 640, H = 260, M = { t: 10, r: 10, b: 40, l: 34 };
    svg.attr("viewBox", `0 0 ${W} ${H}`);
    const rows = data.counts.filter(c => c[bucket]);
    const buckets = Array.from(new Set(rows.map(c => c[bucket]))).sort();
    const types = TYPES.filter(t => rows.some(c => c.type === t));
    const table = buckets.map(b => {
      const o = { bucket: b };
      for (const t of types) o[t] = 0;
      for (const c of rows) if (c[bucket] === b) o[c.type] = c.count;
      return o;
    });
    svg.attr("data-buckets", buckets.length);
    if (!buckets.length) {
      svg.append("text").attr("x", W / 2).attr("y", H / 2).attr("text-anchor", "middle").attr("class", "muted")
        .text("No dated events.");
      d3.select("#timeline-legend").selectAll("*").remove();
      return;
    }
    const stacked = d3.stack().keys(types)(table);
    const x = d3.scaleBand(buckets, [M.l, W - M.r]).padding(0.15);
    const y = d3.scaleLinear([0, d3.max(stacked, s => d3.max(s, d => d[1])) || 1], [H - M.b, M.t]).nice();
    svg.append("g").selectAll("g").data(stacked).join("g").attr("fill", s => typeColor(s.key))
      .selectAll("rect").data(s => s.map(d => Object.assign(d, { key: s.key }))).join("rect")
      .attr("class", "bar").attr("x", d => x(d.data.bucket)).attr("y", d => y(d[1]))
      .attr("height", d => Math.max(0, y(d[0]) - y(d[1]))).attr("width", x.bandwidth())
      .append("title").text(d => d.data.bucket + " " + d.key + ": " + (d[1] - d[0]));
    const every = Math.ceil(buckets.length / 8);
    svg.append("g").attr("transform", `translate(0,${H - M.b})`)
      .call(d3.axisBottom(x).tickValues(buckets.filter((b, i) => i % every === 0)))
      .selectAll("text").attr("transform", "rotate(-25)").attr("text-anchor", "end");
    svg.append("g").attr("transform", `translate(${M.l},0)`).call(d3.axisLeft(y).ticks(5, "d"));
    legend("#timeline-legend", types, typeColor);
  }

  function legend(sel, keys, color) {
    const box = d3.select(sel);
    box.selectAll("*").remove();
    const item = box.selectAll("span.item").data(keys).join("span").attr("class", "item");
    item.append("span").attr("class", "swatch").style("background", k => color(k));
    item.append("span").text(k => " " + k + " ");
  }

  // -- the network ---------------------------------------------------------------------
  async function drawNetwork(p) {
    const data = await getJSON(withParams("/api/graph", p, { max_edges: "300" }));
    const svg = d3.select("#network");
    svg.selectAll("*").remove();
    const W = 640, H = 420;
    svg.attr("viewBox", `0 0 ${W} ${H}`);
    svg.attr("data-nodes", data.nodes.length).attr("data-edges", data.edges.length);
    if (!data.nodes.length) {
      svg.append("text").attr("x", W / 2).attr("y", H / 2).attr("text-anchor", "middle").attr("class", "muted")
        .text("No events with both a source and a target.");
      d3.select("#network-legend").selectAll("*").remove();
      return;
    }
    // one link per direction, carrying its counts by type
    const pairs = new Map();
    for (const e of data.edges) {
      const k = e.source + "\u0000" + e.target;
      if (!pairs.has(k)) pairs.set(k, { source: e.source, target: e.target, count: 0, types: [] });
      const l = pairs.get(k);
      l.count += e.count;
      l.types.push(e.type + " " + e.count);
      if (!l.top || e.count > l.topCount) { l.top = e.type; l.topCount = e.count; }
    }
    const links = Array.from(pairs.values());
    const nodes = data.nodes.map(n => Object.assign({}, n));
    const byId = new Map(nodes.map(n => [n.id, n]));
    const radius = n => 4 + Math.sqrt(n.events) * 2;
    const sim = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id(n => n.id).distance(70))
      .force("charge", d3.forceManyBody().strength(-160))
      .force("center", d3.forceCenter(W / 2, H / 2))
      .force("collide", d3.forceCollide(n => radius(n) + 3))
      .force("x", d3.forceX(W / 2).strength(0.07))   // keeps separate groups on the canvas
      .force("y", d3.forceY(H / 2).strength(0.1))
      .stop();
    for (let i = 0; i < 300; i++) sim.tick();
    for (const n of nodes) {
      n.x = Math.max(radius(n) + 2, Math.min(W - radius(n) - 2, n.x));
      n.y = Math.max(radius(n) + 2, Math.min(H - radius(n) - 2, n.y));
    }
    svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 8)
      .attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
      .append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#777");
    svg.append("g").selectAll("line").data(links).join("line").attr("class", "edge")
      .attr("stroke", l => typeColor(l.top)).attr("stroke-width", l => 1 + Math.log2(l.count))
      .attr("marker-end", "url(#arrow)")
      .each(function (l) {
        const s = l.source, t = l.target, dx = t.x - s.x, dy = t.y - s.y, d = Math.hypot(dx, dy) || 1;
        d3.select(this).attr("x1", s.x).attr("y1", s.y)
          .attr("x2", t.x - dx / d * (radius(t) + 2)).attr("y2", t.y - dy / d * (radius(t) + 2));
      })
      .append("title").text(l => byId.get(l.source.id).name + " → " + byId.get(l.target.id).name + ": " + l.types.join(", "));
    const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
      .attr("transform", n => `translate(${n.x},${n.y})`).attr("data-id", n => n.id).attr("tabindex", "0")
      .style("cursor", "pointer")
      .on("click", (e, n) => { window.location.href = "/actors/" + encodeURIComponent(n.id); })
      .on("keydown", (e, n) => { if (e.key === "Enter") window.location.href = "/actors/" + encodeURIComponent(n.id); });
    node.append("circle").attr("r", radius).attr("fill", n => kindColor(n.kind || "unknown"));
    node.append("title").text(n => n.name + " (" + (n.kind || "unknown") + (n.country ? ", " + n.country : "") +
                                    "): " + n.events + " events");
    const top = new Set(nodes.slice(0, 20).map(n => n.id));
    node.filter(n => top.has(n.id)).append("text").attr("x", n => radius(n) + 2).attr("y", 4).text(n => n.name);
    legend("#network-legend", Array.from(new Set(nodes.map(n => n.kind || "unknown"))), kindColor);
  }

  // -- the map -------------------------------------------------------------------------
  async function drawMap(p) {
    if (!world) {
      const topo = await getJSON("/static/vendor/world-atlas/countries-110m.json");
      world = topojson.feature(topo, topo.objects.countries);
    }
    const data = await getJSON(withParams("/api/events", p, { located: "true", limit: "1000" }));
    const svg = d3.select("#map");
    svg.selectAll("*").remove();
    const W = 640, H = 340;
    svg.attr("viewBox", `0 0 ${W} ${H}`);
    const projection = d3.geoNaturalEarth1().fitSize([W, H], { type: "Sphere" });
    const path = d3.geoPath(projection);
    svg.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
    svg.append("g").selectAll("path").data(world.features).join("path").attr("class", "country").attr("d", path)
      .append("title").text(f => (f.properties && f.properties.name) || "");
    const places = new Map();
    for (const ev of data.events) {
      const loc = ev.location;
      const k = loc.lat.toFixed(3) + "," + loc.lon.toFixed(3);
      if (!places.has(k)) places.set(k, { lat: loc.lat, lon: loc.lon, name: loc.name || k, events: [] });
      places.get(k).events.push(ev);
    }
    const dots = Array.from(places.values());
    svg.attr("data-dots", dots.length);
    svg.append("g").selectAll("circle").data(dots).join("circle").attr("class", "event-dot")
      .attr("cx", d => projection([d.lon, d.lat])[0]).attr("cy", d => projection([d.lon, d.lat])[1])
      .attr("r", d => 3 + Math.sqrt(d.events.length) * 1.5).attr("fill", d => typeColor(d.events[0].type))
      .style("cursor", "pointer").on("click", (e, d) => showEvent(d.events[0].id, null))
      .append("title").text(d => d.name + ": " + d.events.length + " events (" +
                                Array.from(new Set(d.events.map(x => x.type))).join(", ") + ")");
    document.getElementById("map-count").textContent =
      "(" + data.events.length + (data.next ? "+" : "") + " located events)";
  }

  // -- wiring --------------------------------------------------------------------------
  async function load() {
    const p = filterParams();
    const q = p.toString();
    history.replaceState(null, "", q ? "/?" + q : "/");
    const twin = withParams("/api/events", p);
    document.getElementById("events-json").setAttribute("href", twin);
    const link = document.querySelector('link[rel="alternate"]');
    if (link) link.setAttribute("href", twin);
    const twinNav = document.querySelector("header a.twin");
    if (twinNav) twinNav.setAttribute("href", twin);
    say("loading…");
    const jobs = [loadEvents(p, true), drawTimeline(p), drawNetwork(p), drawMap(p)];
    const results = await Promise.allSettled(jobs);
    const failed = results.find(r => r.status === "rejected");
    if (failed) say(failed.reason.message, true);
    else say("");
    document.body.setAttribute("data-loaded", String(Date.now()));
  }

  function fillForm() {
    const q = new URLSearchParams(window.location.search);
    for (const [k, v] of q.entries()) {
      const input = form.elements.namedItem(k);
      if (!input) continue;
      if (input.type === "checkbox") input.checked = v === "true" || v === "1";
      else input.value = v;
    }
  }

  let actorTimer = null;
  document.getElementById("f-actor").addEventListener("input", (e) => {
    clearTimeout(actorTimer);
    const q = e.target.value.trim();
    if (q.length < 2) return;
    actorTimer = setTimeout(async () => {
      try {
        const data = await getJSON("/api/actors?limit=15&q=" + encodeURIComponent(q));
        const list = document.getElementById("actor-list");
        list.replaceChildren(...data.actors.map(a => el("option", { value: a.name })));
      } catch (err) { /* suggestions are optional */ }
    }, 250);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  document.getElementById("f-reset").addEventListener("click", () => { form.reset(); load(); });
  document.getElementById("bucket").addEventListener("change", () => drawTimeline(filterParams()).catch(e => say(e.message, true)));
  document.getElementById("more").addEventListener("click", () => loadEvents(filterParams(), false).catch(e => say(e.message, true)));
  fillForm();
  load();
})();
