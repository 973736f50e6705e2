"""The page template, its stylesheet and its script (kept in Python so they ship with the package).

Rules this file keeps (see ``docs``/architecture "Text into HTML"):

* Article text never enters the page as HTML. All data travels in one
  ``<script type="application/json">`` element (with ``<``, ``>``, ``&`` escaped as
  ``\\u003c`` ...), is read with ``JSON.parse(el.textContent)`` and is put into the DOM
  only with ``textContent`` (or drawn on the canvas by vis-network as a label).
* vis-network's own tooltips (``title``) are not used; pyvis's template would switch them to
  an ``innerHTML`` popup. Tooltips and the details panel are built here with ``textContent``.
* Nothing is loaded from the network: vis-network is inlined, there is no Bootstrap, and a
  Content-Security-Policy (``default-src 'none'``, scripts allowed by hash only) forbids any
  fetch or injected script.
"""

PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
</head>
<body>
<header id="kg-header">
  <h1>{{ title }}</h1>
  <span id="kg-status" role="status">{{ summary }}</span>
</header>
<div id="kg-main">
  <aside id="kg-panel">
    <form id="kg-search-form" autocomplete="off">
      <label for="kg-search">Tìm tên <span class="kg-en">(search)</span></label>
      <div class="kg-row">
        <input id="kg-search" type="search" list="kg-names" placeholder="Người, đơn vị, chức vụ…">
        <button id="kg-search-button" type="submit">Tìm</button>
      </div>
      <datalist id="kg-names"></datalist>
      <div id="kg-search-msg" role="status"></div>
    </form>
    <fieldset id="kg-legend">
      <legend>Chú giải <span class="kg-en">(legend; tick to show)</span></legend>
      {%- for k in kinds %}
      <label class="kg-kind">
        <input type="checkbox" class="kg-filter" data-kind="{{ k.kind }}" checked>
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
          {%- if k.shape == "dot" %}<circle cx="9" cy="9" r="7" fill="{{ k.color }}"/>
          {%- elif k.shape == "box" %}<rect x="1" y="4" width="16" height="10" rx="2" fill="{{ k.color }}"/>
          {%- elif k.shape == "diamond" %}<polygon points="9,1 17,9 9,17 1,9" fill="{{ k.color }}"/>
          {%- elif k.shape == "triangle" %}<polygon points="9,1 17,16 1,16" fill="{{ k.color }}"/>
          {%- else %}<rect x="2" y="2" width="14" height="14" fill="{{ k.color }}"/>{% endif %}
        </svg>
        <span>{{ k.vi }} <span class="kg-en">({{ k.en }})</span></span>
        <span class="kg-count">{{ k.count }}</span>
      </label>
      {%- endfor %}
      <div class="kg-edge-legend">
        <span><i class="kg-line"></i> hiện tại <span class="kg-en">(current)</span></span>
        <span><i class="kg-line kg-dashed"></i> nguyên <span class="kg-en">(former)</span></span>
      </div>
    </fieldset>
    <section id="kg-details">
      <h2>Chi tiết <span class="kg-en">(details)</span></h2>
      <div id="kg-details-body" class="kg-info"><p class="kg-hint">Di chuột lên một nút để xem nhanh;
        bấm vào nút để xem chi tiết và câu nguồn.</p></div>
    </section>
  </aside>
  <div id="kg-stage">
    <div id="kg-network"></div>
    <div id="kg-tooltip" class="kg-info" role="tooltip" hidden></div>
  </div>
</div>
<script type="application/json" id="kg-data">{{ data_json }}</script>
<script>{{ vis_js }}</script>
<script>{{ app_js }}</script>
</body>
</html>
"""

PAGE_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans",
  "DejaVu Sans", sans-serif; color: #1f2937; background: #f8fafc; }
body { display: flex; flex-direction: column; }
#kg-header { flex: none; display: flex; align-items: baseline; gap: 1em; padding: 6px 12px;
  border-bottom: 1px solid #e2e8f0; background: #fff; min-width: 0; }
#kg-header h1 { font-size: 1.1em; margin: 0; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; min-width: 0; }
#kg-status { color: #64748b; font-size: .9em; white-space: nowrap; }
#kg-main { flex: 1; display: flex; min-height: 0; }
#kg-panel { width: 290px; min-width: 220px; overflow-y: auto; padding: 8px 10px; box-sizing: border-box;
  border-right: 1px solid #e2e8f0; background: #fff; font-size: 14px; }
#kg-stage { position: relative; flex: 1; min-width: 0; }
#kg-network { position: absolute; inset: 0; }
.kg-row { display: flex; gap: 4px; margin-top: 3px; }
#kg-search { flex: 1; min-width: 0; padding: 4px 6px; font-size: 14px; }
#kg-search-msg { color: #64748b; font-size: 12px; min-height: 1.2em; margin-top: 2px; }
#kg-legend { border: 1px solid #e2e8f0; border-radius: 4px; margin: 8px 0; padding: 4px 8px; }
.kg-kind { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.kg-count { margin-left: auto; color: #64748b; font-size: 12px; }
.kg-en { color: #64748b; font-weight: normal; font-size: .9em; }
.kg-edge-legend { display: flex; gap: 12px; font-size: 12px; margin-top: 4px; }
.kg-line { display: inline-block; width: 22px; border-top: 2px solid #64748b; vertical-align: middle; }
.kg-dashed { border-top-style: dashed; }
#kg-details h2 { font-size: 1em; margin: 8px 0 4px; }
.kg-hint { color: #64748b; font-size: 12px; }
#kg-tooltip { position: absolute; z-index: 10; max-width: 420px; pointer-events: none;
  background: #fffef5; border: 1px solid #a8a29e; border-radius: 4px; padding: 6px 8px;
  box-shadow: 2px 2px 8px rgba(0,0,0,.2); font-size: 13px; }
#kg-tooltip[hidden] { display: none; }
.kg-i-title { font-weight: bold; white-space: pre-line; }
.kg-i-kind { color: #64748b; font-size: 12px; }
.kg-i-gloss { font-style: italic; color: #334155; }
.kg-i-facts { margin: 4px 0; padding-left: 18px; }
.kg-i-sentence { margin: 4px 0; padding: 2px 6px; border-left: 3px solid #cbd5e1; color: #334155;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.kg-i-more, .kg-i-articles { color: #64748b; font-size: 12px; overflow-wrap: anywhere; }
"""

APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var statusEl = document.getElementById("kg-status");
  var kgGraph = window.kgGraph = {
    ready: false, drawn: false, nodeCount: data.nodes.length, edgeCount: data.edges.length
  };
  function setStatus(text) { statusEl.textContent = text; }

  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0111/g, "d").replace(/\u0110/g, "D").replace(/\s+/g, " ").trim().toLowerCase();
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // Node and edge information, always as text.
  function fillInfo(box, type, id) {
    var rec = (type === "node" ? data.info.nodes : data.info.edges)[id];
    box.replaceChildren();
    if (!rec) { return false; }
    box.appendChild(el("div", "kg-i-title", rec.label));
    box.appendChild(el("div", "kg-i-kind", rec.subtitle));
    if (rec.gloss) { box.appendChild(el("div", "kg-i-gloss", rec.gloss)); }
    if (rec.facts && rec.facts.length) {
      var ul = el("ul", "kg-i-facts");
      rec.facts.forEach(function (f) { ul.appendChild(el("li", null, f)); });
      box.appendChild(ul);
    }
    (rec.sentences || []).forEach(function (s) {
      box.appendChild(el("blockquote", "kg-i-sentence", s));
    });
    if (rec.more) { box.appendChild(el("div", "kg-i-more", "\u2026 v\u00e0 " + rec.more + " c\u00e2u kh\u00e1c")); }
    if (rec.articles && rec.articles.length) {
      box.appendChild(el("div", "kg-i-articles", "B\u00e0i: " + rec.articles.join(", ")));
    }
    return true;
  }
  kgGraph.fillInfo = fillInfo;

  if (typeof vis === "undefined") {
    setStatus("L\u1ed7i: kh\u00f4ng n\u1ea1p \u0111\u01b0\u1ee3c vis-network.");
    return;
  }
  if (!data.nodes.length) {
    setStatus("\u0110\u1ed3 th\u1ecb tr\u1ed1ng: ch\u01b0a c\u00f3 d\u1eef li\u1ec7u (empty graph).");
    kgGraph.ready = kgGraph.drawn = true;
    return;
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var stage = document.getElementById("kg-stage");
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  kgGraph.network = network;
  kgGraph.nodes = nodes;
  kgGraph.edges = edges;

  // ---- readiness; big graphs stop physics once stabilised
  var touched = false;  // once the reader moves the view, the page leaves it alone
  ["dragStart", "zoom", "click"].forEach(function (ev) { network.on(ev, function () { touched = true; }); });
  function fitAll() {
    if (touched) { return; }
    // vis fits node shapes, not their labels: leave a margin so labels stay visible
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.9 });
  }
  function markReady() {
    if (kgGraph.ready) { return; }
    if (data.big) { network.setOptions({ physics: false }); }
    fitAll();
    kgGraph.ready = true;
    setStatus(data.summary);
  }
  network.on("stabilizationProgress", function (p) {
    setStatus("\u0110ang b\u1ed1 tr\u00ed \u0111\u1ed3 th\u1ecb\u2026 " + Math.round(100 * p.iterations / p.total) + "%");
  });
  network.once("stabilizationIterationsDone", markReady);
  network.once("stabilized", markReady);
  network.on("stabilized", function () { if (kgGraph.ready) { fitAll(); } });
  // the window may get its final size after the first layout (headless screenshots do)
  window.addEventListener("resize", function () {
    setTimeout(function () { if (kgGraph.ready) { network.redraw(); fitAll(); } }, 50);
  });
  network.once("afterDrawing", function () { kgGraph.drawn = true; });

  // ---- tooltip (own element, text only)
  var tip = document.getElementById("kg-tooltip");
  function showTooltip(type, id, pos) {
    if (!fillInfo(tip, type, id)) { return; }
    tip.hidden = false;
    var w = stage.clientWidth, h = stage.clientHeight;
    var x = (pos ? pos.x : w / 2) + 14, y = (pos ? pos.y : h / 2) + 14;
    if (x + tip.offsetWidth > w) { x = Math.max(0, w - tip.offsetWidth - 4); }
    if (y + tip.offsetHeight > h) { y = Math.max(0, h - tip.offsetHeight - 4); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTooltip() { tip.hidden = true; }
  kgGraph.showTooltip = showTooltip;
  network.on("hoverNode", function (p) { showTooltip("node", p.node, p.pointer && p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip("edge", p.edge, p.pointer && p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // ---- details panel
  var details = document.getElementById("kg-details-body");
  network.on("click", function (p) {
    if (p.nodes.length) { fillInfo(details, "node", p.nodes[0]); }
    else if (p.edges.length) { fillInfo(details, "edge", p.edges[0]); }
  });

  // ---- filters by kind
  var idsByKind = {};
  data.nodes.forEach(function (n) { (idsByKind[n.kind] = idsByKind[n.kind] || []).push(n.id); });
  function setKindVisible(kind, visible) {
    var ids = idsByKind[kind] || [];
    nodes.update(ids.map(function (id) { return { id: id, hidden: !visible }; }));
  }
  var boxes = document.querySelectorAll("input.kg-filter");
  Array.prototype.forEach.call(boxes, function (box) {
    box.addEventListener("change", function () { setKindVisible(box.dataset.kind, box.checked); });
  });
  function ensureVisible(kind) {
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.dataset.kind === kind && !box.checked) { box.checked = true; setKindVisible(kind, true); }
    });
  }

  // ---- search (diacritics- and case-insensitive; exact names first)
  var folded = data.nodes.map(function (n) { return [n.id, n.kind, fold(data.info.nodes[n.id].label)]; });
  var order = { person: 0, organization: 1, post: 2, event: 3, directive: 4 };
  var names = document.getElementById("kg-names");
  var seen = {};
  data.nodes.forEach(function (n) {
    var label = data.info.nodes[n.id].label;
    if ((n.kind === "person" || n.kind === "organization") && !seen[label] && names.childNodes.length < 5000) {
      seen[label] = true;
      var opt = document.createElement("option");
      opt.value = label;
      names.appendChild(opt);
    }
  });
  var msg = document.getElementById("kg-search-msg");
  function search(query) {
    var q = fold(query);
    network.unselectAll();
    touched = true;
    if (!q) { msg.textContent = ""; return []; }
    var exact = [], partial = [];
    folded.forEach(function (f) {
      if (f[2] === q) { exact.push(f); } else if (f[2].indexOf(q) >= 0) { partial.push(f); }
    });
    var hits = (exact.length ? exact : partial).sort(function (a, b) { return order[a[1]] - order[b[1]]; });
    if (!hits.length) { msg.textContent = "Kh\u00f4ng t\u00ecm th\u1ea5y: " + query; return []; }
    hits.forEach(function (h) { ensureVisible(h[1]); });
    var ids = hits.map(function (h) { return h[0]; });
    network.selectNodes(ids);
    if (ids.length === 1) {
      network.focus(ids[0], { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    } else {
      network.fit({ nodes: ids, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
    fillInfo(details, "node", ids[0]);
    msg.textContent = ids.length === 1 ? "\u0110\u00e3 ch\u1ecdn 1 n\u00fat." : "\u0110\u00e3 ch\u1ecdn " + ids.length + " n\u00fat.";
    return ids;
  }
  kgGraph.search = search;
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("kg-search").value);
  });
})();
"""
