// eventwire dashboard: filters, a timeline, a map, tables of events and stories, and each article with its evidence.
// Plain JavaScript, no library, nothing loaded from elsewhere: every figure comes from this server's API.

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
// PLOVER's types run from cooperation to conflict: cool colours to warm ones.
const COLOURS = ["#1b7837", "#5aae61", "#2166ac", "#4393c3", "#35978f", "#80cdc1", "#8073ac", "#b2abd2",
  "#e08214", "#fdb863", "#d6604d", "#c51b7d", "#de77ae", "#762a83", "#b35806", "#b2182b"];
const colourOf = (type) => COLOURS[TYPES.indexOf(type)] || "#777";
// The fields whose evidence spans are highlighted in an article, in the order of the key.
const FIELDS = ["trigger", "actor", "recipient", "location", "date", "dead", "injured", "arrested", "troops",
  "attribution"];
const PAGE = 25;
const MAP = { width: 1000, north: 84, south: -58 };
const SVG = "http://www.w3.org/2000/svg";

const state = { eventsOffset: 0, storiesOffset: 0, world: null };
const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, parent = null, text = null) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  if (parent) parent.append(node);
  return node;
}

// --- the API --------------------------------------------------------------------------------------------------

function filters() {
  const form = new FormData($("#filters"));
  const chosen = {};
  for (const [name, value] of form.entries()) if (String(value).trim()) chosen[name] = String(value).trim();
  return chosen;
}

async function api(path, params = {}) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || `${path}: HTTP ${response.status}`);
  return body;
}

function showProblem(error) {
  const problem = $("#problem");
  problem.hidden = !error;
  problem.textContent = error ? error.message : "";
}

async function load() {
  const chosen = filters();
  history.replaceState(null, "", "#" + new URLSearchParams(chosen).toString());
  try {
    const [stats, events, stories] = await Promise.all([
      api("/stats", chosen),
      api("/events", { ...chosen, limit: PAGE, offset: state.eventsOffset }),
      api("/stories", { ...chosen, limit: PAGE, offset: state.storiesOffset }),
    ]);
    showProblem(null);
    renderTotals(stats);
    renderTimeline(stats);
    await renderMap(stats); // the first time, it fetches the world outline: "loaded" must wait for it
    renderEvents(events);
    renderStories(stories);
    document.body.dataset.loaded = "true";
  } catch (error) {
    showProblem(error);
  }
}

function apply(changes = {}) {
  const form = $("#filters");
  for (const [name, value] of Object.entries(changes)) form.elements[name].value = value;
  state.eventsOffset = 0;
  state.storiesOffset = 0;
  load();
}

// --- totals and timeline ----------------------------------------------------------------------------------

function renderTotals(stats) {
  const span = stats.date_from ? `, ${stats.date_from} to ${stats.date_to}` : "";
  $("#totals").textContent = `${stats.events} events in ${stats.articles} articles, ${stats.stories} stories${span}`;
}

const DAY = 86400000;
const day = (iso) => Date.parse(iso + "T00:00:00Z");
const iso = (time) => new Date(time).toISOString().slice(0, 10);

function renderTimeline(stats) {
  const chart = $("#timeline");
  chart.replaceChildren();
  const width = 1000, height = 330, bottom = 22;
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  if (!stats.by_day.length) {
    element("svg:text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }, chart,
      "no dated events");
    renderLegend([]);
    return;
  }
  // At least a month on the axis, so that one busy day is a bar, not a wall.
  const pad = Math.max(0, Math.floor((31 - (day(stats.by_day.at(-1).date) - day(stats.by_day[0].date)) / DAY) / 2));
  const first = day(stats.by_day[0].date) - pad * DAY;
  const last = day(stats.by_day.at(-1).date) + pad * DAY;
  const span = Math.round((last - first) / DAY) + 1;
  const size = span <= 120 ? 1 : span <= 400 ? 7 : 30; // days per bar: at most about 120 bars
  const bins = new Map();
  for (const { date, event, count } of stats.by_day) {
    const bin = Math.floor((day(date) - first) / DAY / size);
    const counts = bins.get(bin) || bins.set(bin, {}).get(bin);
    counts[event] = (counts[event] || 0) + count;
  }
  const count = Math.floor((span - 1) / size) + 1;
  const highest = Math.max(...[...bins.values()].map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
  const barWidth = width / count;
  const scale = (height - bottom - 30) / highest;
  for (const [bin, counts] of bins) {
    let top = height - bottom;
    const start = first + bin * size * DAY;
    const label = size === 1 ? iso(start) : `${iso(start)} – ${iso(start + (size - 1) * DAY)}`;
    for (const type of TYPES.filter((t) => counts[t])) {
      const h = counts[type] * scale;
      top -= h;
      const bar = element("svg:rect", {
        x: bin * barWidth + 0.5, y: top, width: Math.max(barWidth - 1, 1), height: h, fill: colourOf(type),
        class: "bar", "data-from": iso(start), "data-to": iso(start + (size - 1) * DAY),
      }, chart);
      element("svg:title", {}, bar, `${label}: ${counts[type]} ${type}`);
    }
  }
  const axis = { y: height - 3, class: "axis" };
  element("svg:text", { ...axis, x: 0 }, chart, iso(first));
  element("svg:text", { ...axis, x: width, "text-anchor": "end" }, chart, iso(last));
  const unit = size === 1 ? "a day" : `in ${size} days`;
  element("svg:text", { x: width, y: 18, "text-anchor": "end", class: "axis" }, chart, `highest: ${highest} events ${unit}`);
  renderLegend(TYPES.filter((type) => stats.by_type[type]), stats.by_type);
}

function renderLegend(types, counts = {}) {
  const legend = $("#legend");
  legend.replaceChildren();
  for (const type of types) {
    const item = element("li", {}, legend);
    const swatch = element("span", { class: "swatch" }, item);
    swatch.style.background = colourOf(type);
    element("button", { type: "button", "data-type": type }, item, `${type} ${counts[type]}`);
  }
}

// --- map -------------------------------------------------------------------------------------------------

function project(lon, lat) {
  const scale = MAP.width / 360;
  return [(lon + 180) * scale, (MAP.north - Math.max(MAP.south, Math.min(MAP.north, lat))) * scale];
}

function outline(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) =>
    "M" + ring.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(",")).join("L") + "Z")).join("");
}

async function renderMap(stats) {
  const map = $("#map");
  const height = (MAP.north - MAP.south) * MAP.width / 360;
  map.setAttribute("viewBox", `0 0 ${MAP.width} ${height.toFixed(0)}`);
  if (!state.world) state.world = await api("/world.geojson");
  map.replaceChildren();
  const busiest = Math.max(1, ...Object.values(stats.by_country));
  for (const feature of state.world.features) {
    const events = stats.by_country[feature.id] || 0;
    const country = element("svg:path", { d: outline(feature.geometry), class: "country", "data-country": feature.id }, map);
    if (events) country.style.fillOpacity = (0.15 + 0.5 * events / busiest).toFixed(2);
    if (events) country.classList.add("reported");
    element("svg:title", {}, country, `${feature.properties.name}${events ? `: ${events} events` : ""}`);
  }
  const most = Math.max(1, ...stats.by_place.map((p) => p.count));
  for (const place of [...stats.by_place].reverse()) {
    const [x, y] = project(place.lon, place.lat);
    const dot = element("svg:circle", {
      cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 9 * Math.sqrt(place.count / most)).toFixed(1), class: "place",
      "data-country": place.country || "",
    }, map);
    element("svg:title", {}, dot, `${place.text || "?"} (${place.country || "?"}): ${place.count} events`);
  }
}

// --- tables ----------------------------------------------------------------------------------------------

function actors(list) {
  const codes = list.map((a) => [a.country, a.sector].filter(Boolean).join(" ") || a.text || "?");
  return [...new Set(codes)].join(", ");
}

function when(row) {
  const start = row.date || "?";
  if (!row.date_end || row.date_end === row.date) return start;
  return `${start}…${row.date_end.slice(0, 4) === start.slice(0, 4) ? row.date_end.slice(5) : row.date_end}`;
}

function chip(cell, type, mode) {
  const badge = element("span", { class: "chip" }, cell, mode ? `${type}/${mode}` : type);
  badge.style.borderColor = colourOf(type);
}

function pager(name, page) {
  const end = Math.min(page.offset + page.limit, page.total);
  $(`#${name}-page`).textContent = page.total ? `${page.offset + 1}–${end} of ${page.total}` : "none";
  $(`#${name}-prev`).disabled = page.offset === 0;
  $(`#${name}-next`).disabled = end >= page.total;
}

function renderEvents(page) {
  const body = $("#events tbody");
  body.replaceChildren();
  for (const event of page.events) {
    const row = element("tr", { tabindex: "0", "data-article": event.article_id, "data-event": event.id }, body);
    element("td", {}, row, when(event));
    chip(element("td", {}, row), event.event, event.mode);
    element("td", {}, row, actors(event.actor));
    element("td", {}, row, actors(event.recipient));
    const where = event.location || {};
    element("td", {}, row, where.text ? `${where.text}${where.country ? ` (${where.country})` : ""}` : "");
    const size = Object.entries(event.size || {}).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`);
    element("td", {}, row, size.join(" "));
    element("td", { class: "evidence" }, row, event.evidence || "");
  }
  pager("events", page);
}

function renderStories(page) {
  const body = $("#stories tbody");
  body.replaceChildren();
  for (const story of page.stories) {
    const row = element("tr", { tabindex: "0", "data-story": story.id }, body);
    element("td", {}, row, `#${story.id}`);
    element("td", {}, row, when(story));
    chip(element("td", {}, row), story.event);
    const where = story.location || {};
    element("td", {}, row, where.text ? `${where.text} (${where.country})` : "");
    element("td", { class: "number" }, row, String(story.num_articles));
    element("td", { class: "number" }, row, String(story.num_outlets));
    element("td", {}, row, story.languages.join(", "));
    element("td", {}, row, story.first_seen || "");
    element("td", {}, row, story.last_seen || "");
  }
  pager("stories", page);
}

function showTab(name) {
  for (const tab of ["events", "stories"]) {
    $(`#tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    $(`#${tab}-panel`).hidden = tab !== name;
  }
}

// --- article view ------------------------------------------------------------------------------------------

async function openArticle(articleId, eventId) {
  let view;
  try {
    view = await api(`/articles/${encodeURIComponent(articleId)}`);
  } catch (error) {
    showProblem(error);
    return;
  }
  const { article, events } = view;
  $("#article-title").textContent = article.title || article.id;
  const meta = [article.outlet, article.published && `published ${article.published}`, article.lang,
    article.reference_date && `dated from ${article.reference_date} (${article.reference_method})`, article.url];
  $("#article-meta").textContent = meta.filter(Boolean).join(" · ");
  $("#article-text").lang = article.lang || "";
  const list = $("#article-events");
  list.replaceChildren();
  for (const event of events) {
    const item = element("li", { tabindex: "0", "data-event": event.id }, list);
    chip(item, event.event, event.mode);
    const evidence = event.evidence || "";
    const short = evidence.length > 90 ? evidence.slice(0, 89) + "…" : evidence;
    element("span", {}, item, ` ${when(event)} ${short && "— " + short}`);
    item.addEventListener("click", () => highlight(article.text, events, event.id));
    item.addEventListener("keydown", (e) => e.key === "Enter" && highlight(article.text, events, event.id));
  }
  const key = $("#article-key");
  key.replaceChildren();
  for (const field of FIELDS) element("li", { class: `f-${field}` }, key, field);
  highlight(article.text, events, eventId || (events[0] && events[0].id));
  const dialog = $("#article");
  if (!dialog.open) dialog.showModal();
}

function highlight(text, events, eventId) {
  const event = events.find((e) => e.id === eventId);
  for (const item of document.querySelectorAll("#article-events li")) {
    item.classList.toggle("selected", item.dataset.event === eventId);
  }
  const marks = [];
  for (const detail of (event && event.evidence_detail) || []) {
    marks.push([detail.sentence_start, detail.sentence_end, "sentence"]);
    for (const [field, spans] of Object.entries(detail.spans)) {
      for (const [start, end] of spans) marks.push([start, end, `f-${field}`]);
    }
  }
  const cuts = [...new Set([0, text.length, ...marks.flatMap(([s, e]) => [s, e])])].sort((a, b) => a - b);
  const body = $("#article-text");
  body.replaceChildren();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const classes = marks.filter(([s, e]) => s <= start && end <= e).map(([, , c]) => c);
    if (!classes.length) body.append(text.slice(start, end));
    else element("span", { class: classes.join(" ") }, body, text.slice(start, end));
  }
  const first = body.querySelector(".sentence");
  if (first) first.scrollIntoView({ block: "center" });
}

// --- wiring -------------------------------------------------------------------------------------------------

function wire() {
  const form = $("#filters");
  for (const [name, value] of new URLSearchParams(location.hash.slice(1))) {
    if (form.elements[name]) form.elements[name].value = value;
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  form.addEventListener("reset", () => setTimeout(() => apply(), 0));
  $("#legend").addEventListener("click", (e) => e.target.dataset.type && apply({ type: e.target.dataset.type }));
  $("#timeline").addEventListener("click", (e) => e.target.dataset.from &&
    apply({ from: e.target.dataset.from, to: e.target.dataset.to }));
  $("#map").addEventListener("click", (e) => e.target.dataset.country && apply({ country: e.target.dataset.country }));
  const open = (e) => {
    const row = e.target.closest("tr[data-article]");
    if (row && (e.type === "click" || e.key === "Enter")) openArticle(row.dataset.article, row.dataset.event);
  };
  $("#events tbody").addEventListener("click", open);
  $("#events tbody").addEventListener("keydown", open);
  const story = (e) => {
    const row = e.target.closest("tr[data-story]");
    if (row && (e.type === "click" || e.key === "Enter")) { showTab("events"); apply({ story: row.dataset.story }); }
  };
  $("#stories tbody").addEventListener("click", story);
  $("#stories tbody").addEventListener("keydown", story);
  $("#tab-events").addEventListener("click", () => showTab("events"));
  $("#tab-stories").addEventListener("click", () => showTab("stories"));
  for (const name of ["events", "stories"]) {
    $(`#${name}-prev`).addEventListener("click", () => { state[`${name}Offset`] = Math.max(0, state[`${name}Offset`] - PAGE); load(); });
    $(`#${name}-next`).addEventListener("click", () => { state[`${name}Offset`] += PAGE; load(); });
  }
  load();
}

wire();
