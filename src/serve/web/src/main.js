// The query page of `newsgraph serve`: an editor with the shipped example queries, a results
// table, and a picture of one attack drawn from the same endpoint. Everything is fetched
// from this server; the page needs no network beyond it.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from "@codemirror/language";
import { sparql as sparqlMode } from "@codemirror/legacy-modes/mode/sparql";
import cytoscape from "cytoscape";

const ENDPOINT = "/query";
const PREFIXES = {
  ng: "https://w3id.org/newsgraph/ns#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  dct: "http://purl.org/dc/terms/",
  prov: "http://www.w3.org/ns/prov#",
  nif: "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
  owl: "http://www.w3.org/2002/07/owl#",
  schema: "https://schema.org/",
  sem: "http://semanticweb.cs.vu.nl/2009/11/sem/",
};
const PROLOGUE = Object.entries(PREFIXES).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n") + "\n";
const MAX_ROWS_SHOWN = 2000;

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child));
  return node;
}

function compact(iri) {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && /^[\w-]+$/.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

const localName = (iri) => iri.replace(/^.*[#/]/, "");

/** Runs a query; resolves to SPARQL JSON results, or {triples} for CONSTRUCT/DESCRIBE. */
async function sparql(query) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "Content-Type": "application/sparql-query",
      Accept: "application/sparql-results+json, application/n-triples;q=0.9",
    },
    body: query,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || `HTTP ${response.status}`);
  if ((response.headers.get("Content-Type") || "").startsWith("application/n-triples")) {
    return { triples: parseNTriples(text) };
  }
  return JSON.parse(text);
}

/** N-Triples lines as [subject, predicate, object] strings, for the table. */
function parseNTriples(text) {
  const term = /(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]*>)?)\s*/y;
  const rows = [];
  for (const line of text.split("\n")) {
    term.lastIndex = 0;
    const parts = [];
    let m;
    while (parts.length < 3 && (m = term.exec(line))) parts.push(m[1]);
    if (parts.length === 3) rows.push(parts);
  }
  return rows;
}

/** Bindings of one variable across rows, first value per key. */
const rows = (results) => (results.results ? results.results.bindings : []);
const value = (binding, name) => (binding[name] ? binding[name].value : undefined);

// ---------------------------------------------------------------------------------------
// Editor, examples, results table

let editor;
let knownAttacks = new Map();

function setQuery(text) {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
}

function cell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri") {
    td.append(el("span", { class: "iri", title: term.value }, compact(term.value)));
    if (knownAttacks.has(term.value)) {
      td.append(el("button", { class: "picture", type: "button", title: "Draw this attack", onclick: () => showAttack(term.value) }, "picture"));
    }
  } else {
    td.append(term.value);
    // XML Schema types (numbers, dates) go to the tooltip; language tags and other types show.
    if (term.datatype) td.title = compact(term.datatype);
    const type = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype && !term.datatype.startsWith(PREFIXES.xsd) ? compact(term.datatype) : "";
    if (type) td.append(" ", el("span", { class: "lit-type" }, type));
  }
  return td;
}

function renderResults(results, elapsed) {
  const box = $("results");
  box.replaceChildren();
  let count;
  if (results.triples) {
    count = results.triples.length;
    const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "subject"), el("th", {}, "predicate"), el("th", {}, "object"))));
    const body = el("tbody");
    for (const triple of results.triples.slice(0, MAX_ROWS_SHOWN)) {
      body.append(el("tr", {}, ...triple.map((t) => el("td", {}, t.startsWith("<") ? compact(t.slice(1, -1)) : t))));
    }
    table.append(body);
    box.append(table);
  } else if ("boolean" in results) {
    count = 1;
    box.append(el("table", {}, el("tbody", {}, el("tr", {}, el("td", {}, String(results.boolean))))));
  } else {
    const vars = results.head.vars;
    const bindings = rows(results);
    count = bindings.length;
    const table = el("table", {}, el("thead", {}, el("tr", {}, ...vars.map((v) => el("th", {}, v)))));
    const body = el("tbody");
    for (const binding of bindings.slice(0, MAX_ROWS_SHOWN)) {
      body.append(el("tr", {}, ...vars.map((v) => cell(binding[v]))));
    }
    table.append(body);
    box.append(table);
  }
  const shown = count > MAX_ROWS_SHOWN ? ` (first ${MAX_ROWS_SHOWN} shown)` : "";
  $("status").className = "";
  $("status").textContent = `${count} row${count === 1 ? "" : "s"}${shown} in ${elapsed} ms`;
  box.dataset.rows = String(count);
}

async function run() {
  const query = editor.state.doc.toString();
  const button = $("run");
  button.disabled = true;
  $("status").className = "";
  $("status").textContent = "running…";
  const started = performance.now();
  try {
    const results = await sparql(query);
    renderResults(results, Math.round(performance.now() - started));
  } catch (error) {
    $("results").replaceChildren();
    $("status").className = "error";
    $("status").textContent = error.message;
  } finally {
    button.disabled = false;
  }
  const encoded = encodeURIComponent(query);
  $("downloads").replaceChildren(
    ...["csv", "json", "tsv", "xml", "turtle", "jsonld"].map((f) => el("a", { href: `${ENDPOINT}?query=${encoded}&format=${f}`, target: "_blank" }, f)),
  );
}

async function loadExamples() {
  const response = await fetch("/examples.json");
  const examples = await response.json();
  const bar = $("examples");
  for (const example of examples) {
    const button = el("button", { type: "button", title: example.description, "data-example": example.name }, example.name.replaceAll("_", " "));
    button.addEventListener("click", () => {
      for (const b of bar.querySelectorAll("button")) b.classList.toggle("active", b === button);
      setQuery(example.query);
      run();
    });
    bar.append(button);
  }
  if (examples.length && editor.state.doc.length === 0) setQuery(examples[0].query);
}

// ---------------------------------------------------------------------------------------
// The picture of an attack: place and date, actors by role, figures by source, statements
// by speaker, each in the attack's own article graph (a shared actor may carry another
// label in another article).

const ROLE_LABELS = {
  perpetrator: "perpetrator",
  claimedBy: "claimed by",
  victim: "victim",
  responder: "responder",
  target: "target",
};
const ACTOR_COLOURS = {
  ArmedGroup: "#8e1b16",
  SecurityForce: "#1f5fa8",
  GovernmentBody: "#6a3d9a",
  MediaOrganization: "#c76a00",
  Person: "#1b7f79",
  Organization: "#55606b",
};
const LEGEND = [
  ["attack", "#b3261e"],
  ["place", "#2e7d32"],
  ["date", "#7a7f87"],
  ["armed group", ACTOR_COLOURS.ArmedGroup],
  ["security force", ACTOR_COLOURS.SecurityForce],
  ["government", ACTOR_COLOURS.GovernmentBody],
  ["media", ACTOR_COLOURS.MediaOrganization],
  ["person", ACTOR_COLOURS.Person],
  ["casualty figure", "#e0a100"],
];
const ACTOR_TYPES = Object.keys(ACTOR_COLOURS);

let cy;

async function loadAttacks() {
  const results = await sparql(`${PROLOGUE}
SELECT ?a ?label ?article ?g ?cited WHERE {
  GRAPH ?g { ?a a ng:Attack ; rdfs:label ?label ; prov:wasDerivedFrom ?art . ?art dct:identifier ?article .
             OPTIONAL { ?a ng:cited ?cited } }
} ORDER BY ?article ?cited ?label`);
  const select = $("attack-select");
  knownAttacks = new Map();
  for (const b of rows(results)) {
    if (knownAttacks.has(value(b, "a"))) continue;
    knownAttacks.set(value(b, "a"), { graph: value(b, "g"), label: value(b, "label"), article: value(b, "article") });
    const cited = value(b, "cited") === "true" ? " (cited)" : "";
    select.append(el("option", { value: value(b, "a") }, `${value(b, "label")}${cited} — ${value(b, "article")}`));
  }
  select.addEventListener("change", () => showAttack(select.value));
  if (select.value) await showAttack(select.value);
}

function actorType(types) {
  return ACTOR_TYPES.find((t) => types.has(PREFIXES.ng + t)) || "Organization";
}

async function showAttack(iri) {
  const attack = knownAttacks.get(iri);
  if (!attack) return;
  $("attack-select").value = iri;
  const g = `<${attack.graph}>`;
  const a = `<${iri}>`;
  const [facts, places, figures, statements] = await Promise.all([
    sparql(`${PROLOGUE}SELECT ?p ?o ?label ?type WHERE { GRAPH ${g} { ${a} ?p ?o .
      OPTIONAL { ?o rdfs:label ?label } OPTIONAL { ?o a ?type } } }`),
    sparql(`${PROLOGUE}SELECT ?x ?xl ?y WHERE { GRAPH ${g} { ${a} ng:location/ng:within* ?x . ?x rdfs:label ?xl .
      OPTIONAL { ?x ng:within ?y } } }`),
    sparql(`${PROLOGUE}SELECT ?f ?kind ?countText ?victims ?asOf ?src ?srcLabel ?srcType WHERE { GRAPH ${g} {
      ?f ng:attack ${a} ; ng:kind ?kind ; ng:countText ?countText .
      OPTIONAL { ?f ng:victimDescription ?victims } OPTIONAL { ?f ng:asOfText ?asOf }
      OPTIONAL { ?f ng:reportedBy ?src . ?src rdfs:label ?srcLabel . OPTIONAL { ?src a ?srcType } } } }`),
    sparql(`${PROLOGUE}SELECT ?s ?quote ?kind ?sp ?spLabel ?spType WHERE { GRAPH ${g} {
      ?s ng:about ${a} ; ng:quote ?quote . OPTIONAL { ?s ng:statementKind ?kind }
      OPTIONAL { ?s ng:speaker ?sp . ?sp rdfs:label ?spLabel . OPTIONAL { ?sp a ?spType } } } }`),
  ]);

  const nodes = new Map();
  const edges = [];
  // Where each node goes in the picture: roles on the left, the place above and the date
  // below the attack, figures on the right with their sources beyond, speakers far left.
  const groups = { roles: [], weapons: [], figures: [], sources: [], speakers: [], places: [] };
  const node = (id, data) => {
    if (!nodes.has(id)) nodes.set(id, { id, ...data });
    return nodes.get(id);
  };
  const edge = (source, target, label, kind = "") => edges.push({ id: `e${edges.length}`, source, target, label, kind });
  node(iri, { label: attack.label, kind: "attack" });

  // The attack's own statements about itself: place, date, actors, targets, weapons.
  const actorTypes = new Map();
  const labels = new Map();
  let date = "";
  let dateText = "";
  let attackType = "";
  for (const b of rows(facts)) {
    const p = value(b, "p");
    const o = value(b, "o");
    if (value(b, "label")) labels.set(o, value(b, "label"));
    if (value(b, "type")) {
      if (!actorTypes.has(o)) actorTypes.set(o, new Set());
      actorTypes.get(o).add(value(b, "type"));
    }
    if (p === PREFIXES.ng + "date") date = o;
    if (p === PREFIXES.ng + "dateText") dateText = o;
    if (p === PREFIXES.ng + "attackType") attackType = localName(o).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }
  const seen = new Set();
  for (const b of rows(facts)) {
    const p = localName(value(b, "p"));
    const o = value(b, "o");
    if (seen.has(p + o)) continue;
    seen.add(p + o);
    if (p in ROLE_LABELS) {
      const isTarget = p === "target";
      const type = isTarget ? "Target" : actorType(actorTypes.get(o) || new Set());
      node(o, { label: labels.get(o) || localName(o), kind: isTarget ? "target" : "actor", colour: ACTOR_COLOURS[type] || "#55606b" });
      edge(iri, o, ROLE_LABELS[p]);
      groups.roles.push(o);
    } else if (p === "weapon") {
      node(o, { label: localName(o).toLowerCase(), kind: "weapon" });
      edge(iri, o, "weapon", "minor");
      groups.weapons.push(o);
    }
  }
  if (date || dateText) {
    node("date", { label: date && dateText ? `${dateText} (${date})` : date || dateText, kind: "date" });
    edge(iri, "date", "on");
  }
  const placeLabels = new Map(rows(places).map((b) => [value(b, "x"), value(b, "xl")]));
  for (const b of rows(places)) {
    node(value(b, "x"), { label: value(b, "xl"), kind: "place" });
    if (value(b, "y") && placeLabels.has(value(b, "y"))) {
      node(value(b, "y"), { label: placeLabels.get(value(b, "y")), kind: "place" });
      edge(value(b, "x"), value(b, "y"), "within", "minor");
    }
  }
  for (const b of rows(facts)) {
    if (localName(value(b, "p")) === "location" && nodes.has(value(b, "o"))) {
      edge(iri, value(b, "o"), "at");
      break;
    }
  }

  // Figures, each tied to whoever gave it.
  const figureRows = new Map();
  for (const b of rows(figures)) {
    const f = value(b, "f");
    if (!figureRows.has(f)) figureRows.set(f, { b, types: new Set() });
    if (value(b, "srcType")) figureRows.get(f).types.add(value(b, "srcType"));
  }
  for (const [f, { b, types }] of figureRows) {
    const kind = localName(value(b, "kind")).toLowerCase();
    const victims = value(b, "victims");
    const label = `${value(b, "countText")} ${kind}${victims ? `\n${victims}` : ""}`;
    // Sized to the label (about 7 px a character at 11 px bold, wrapped at 130 px).
    const longest = Math.max(...label.split("\n").map((line) => line.length));
    const lines = label.split("\n").reduce((n, line) => n + Math.ceil((line.length * 7) / 130), 0);
    node(f, { label, kind: "figure", w: Math.min(140, longest * 7 + 12), h: lines * 14 + 8 });
    edge(iri, f, "", "minor");
    groups.figures.push(f);
    const src = value(b, "src");
    if (src) {
      node(src, { label: value(b, "srcLabel"), kind: "actor", colour: ACTOR_COLOURS[actorType(types)] });
      edge(f, src, "according to", "source");
      groups.sources.push([src, f]);
    }
  }

  // Statements, one edge per speaker with their number; the quotes are listed below.
  const bySpeaker = new Map();
  const statementTypes = new Map();
  for (const b of rows(statements)) {
    const speaker = value(b, "sp") || "unattributed";
    if (!bySpeaker.has(speaker)) bySpeaker.set(speaker, { label: value(b, "spLabel") || "(no speaker given)", quotes: new Map() });
    bySpeaker.get(speaker).quotes.set(value(b, "s"), { quote: value(b, "quote"), kind: localName(value(b, "kind") || "") });
    if (value(b, "spType")) {
      if (!statementTypes.has(speaker)) statementTypes.set(speaker, new Set());
      statementTypes.get(speaker).add(value(b, "spType"));
    }
  }
  for (const [speaker, { label, quotes }] of bySpeaker) {
    if (speaker === "unattributed") continue;
    node(speaker, { label, kind: "actor", colour: ACTOR_COLOURS[actorType(statementTypes.get(speaker) || new Set())] });
    edge(speaker, iri, `said ×${quotes.size}`, "said");
    groups.speakers.push(speaker);
  }
  const location = rows(facts).find((b) => localName(value(b, "p")) === "location");
  if (location) {
    // The place chain upwards: location, then what contains it, and so on.
    const up = new Map(rows(places).filter((b) => value(b, "y")).map((b) => [value(b, "x"), value(b, "y")]));
    for (let p = value(location, "o"); p && nodes.has(p) && !groups.places.includes(p); p = up.get(p)) groups.places.push(p);
  }

  drawGraph([...nodes.values()], edges, layout(iri, groups, nodes));
  const where = [...placeLabels.values()].join(", ");
  $("attack-summary").textContent = [attackType, where && `at ${where}`, (date || dateText) && `on ${dateText || date}`, `reported in ${attack.article}`]
    .filter(Boolean)
    .join(" · ");
  renderDetails(figureRows, bySpeaker);
}

/** Positions for the picture, by group (see `groups` in showAttack). */
function layout(attack, groups, nodes) {
  const pos = new Map([[attack, { x: 0, y: 0 }]]);
  const place = (id, x, y) => { if (!pos.has(id)) pos.set(id, { x, y }); };
  const column = (ids, x, gap) => {
    const fresh = [...new Set(ids)].filter((id) => !pos.has(id));
    fresh.forEach((id, i) => place(id, x, (i - (fresh.length - 1) / 2) * gap));
  };
  groups.places.forEach((id, i) => place(id, 0, -130 - i * 90));
  if (nodes.has("date")) place("date", 0, 130);
  column([...groups.roles, ...groups.weapons], -220, 60);
  // Figures stacked by their own heights (a long victim description takes several lines).
  const heights = groups.figures.map((f) => nodes.get(f).h + 22);
  let y = -heights.reduce((sum, h) => sum + h, 0) / 2;
  groups.figures.forEach((f, i) => { place(f, 220, y + heights[i] / 2); y += heights[i]; });
  // Each source beside the figures it gave, moved down where two would overlap.
  const sources = new Map();
  for (const [src, figure] of groups.sources) {
    if (pos.has(src) && !sources.has(src)) continue;
    if (!sources.has(src)) sources.set(src, []);
    sources.get(src).push(pos.get(figure).y);
  }
  let last = -Infinity;
  for (const [src, ys] of [...sources].sort((a, b) => Math.min(...a[1]) - Math.min(...b[1]))) {
    const y = Math.max(ys.reduce((s, v) => s + v, 0) / ys.length, last + 50);
    place(src, 440, y);
    last = y;
  }
  // Speakers in two staggered columns on the far left, so that labels do not collide.
  const speakers = [...new Set(groups.speakers)].filter((id) => !pos.has(id));
  speakers.forEach((id, i) => place(id, -430 - (i % 2) * 130, (i - (speakers.length - 1) / 2) * 38));
  for (const id of nodes.keys()) place(id, 0, 220);
  return pos;
}

function drawGraph(nodes, edges, positions) {
  const elements = [
    ...nodes.map((data) => ({ group: "nodes", data })),
    ...edges.map((data) => ({ group: "edges", data })),
  ];
  if (cy) cy.destroy();
  cy = cytoscape({
    container: $("graph"),
    elements,
    style: [
      { selector: "node", style: {
        label: "data(label)", "font-size": 12, "text-wrap": "wrap", "text-max-width": 130, "text-valign": "bottom",
        "text-margin-y": 3, width: 18, height: 18, "background-color": "#55606b", color: "#1d232b",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node[colour]", style: { "background-color": "data(colour)" } },
      { selector: 'node[kind = "attack"]', style: { width: 44, height: 44, "background-color": "#b3261e", "font-size": 13, "font-weight": "bold" } },
      { selector: 'node[kind = "place"]', style: { shape: "round-rectangle", "background-color": "#2e7d32", width: 22, height: 16 } },
      { selector: 'node[kind = "date"]', style: { shape: "round-rectangle", "background-color": "#7a7f87", width: 22, height: 16 } },
      { selector: 'node[kind = "target"]', style: { shape: "diamond", "background-color": "#9c4221" } },
      { selector: 'node[kind = "weapon"]', style: { shape: "tag", "background-color": "#a0a7af", width: 12, height: 12, "font-size": 9, color: "#5f6b78" } },
      { selector: 'node[kind = "figure"]', style: {
        shape: "round-rectangle", "background-color": "#e0a100", width: "data(w)", height: "data(h)",
        "text-valign": "center", "text-margin-y": 0, "font-size": 11, "font-weight": "bold", "text-background-opacity": 0 } },
      { selector: "edge", style: {
        width: 1.5, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "target-arrow-shape": "triangle",
        "arrow-scale": 0.8, "curve-style": "bezier", label: "data(label)", "font-size": 10, color: "#5f6b78",
        "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.9 } },
      { selector: 'edge[kind = "minor"]', style: { width: 1, "line-style": "dotted", "target-arrow-shape": "none" } },
      { selector: 'edge[kind = "source"]', style: { "line-color": "#e0a100", "target-arrow-color": "#e0a100" } },
      { selector: 'edge[kind = "said"]', style: { "line-color": "#7fb3d5", "target-arrow-color": "#7fb3d5", "line-style": "dashed" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d232b" } },
    ],
    layout: { name: "preset", positions: (n) => positions.get(n.id()), fit: true, padding: 24 },
  });
  cy.on("tap", "node", (event) => highlightSpeaker(event.target.id()));
  $("graph").dataset.nodes = String(nodes.length);
  $("graph").dataset.labels = nodes.map((n) => n.label).join("|");
  $("legend").replaceChildren(...LEGEND.map(([name, colour]) => el("span", { style: `--c:${colour}` }, name)));
}

function renderDetails(figureRows, bySpeaker) {
  const box = $("attack-details");
  box.replaceChildren();
  if (figureRows.size) {
    box.append(el("h3", {}, "Casualty figures by source"));
    const table = el("table", {}, el("thead", {}, el("tr", {}, ...["figure", "who", "as of", "according to"].map((h) => el("th", {}, h)))));
    const body = el("tbody");
    const sorted = [...figureRows.values()].sort((x, y) => (value(x.b, "srcLabel") || "~").localeCompare(value(y.b, "srcLabel") || "~"));
    for (const { b } of sorted) {
      body.append(el("tr", {},
        el("td", {}, `${value(b, "countText")} ${localName(value(b, "kind")).toLowerCase()}`),
        el("td", {}, value(b, "victims") || ""),
        el("td", {}, value(b, "asOf") || ""),
        el("td", {}, value(b, "srcLabel") || "(not given)")));
    }
    table.append(body);
    box.append(table);
  }
  if (bySpeaker.size) {
    box.append(el("h3", {}, "Statements by speaker"));
    for (const [speaker, { label, quotes }] of bySpeaker) {
      box.append(el("div", { class: "speaker", "data-speaker": speaker }, label));
      for (const { quote, kind } of quotes.values()) {
        box.append(el("blockquote", { title: kind === "DirectQuote" ? "direct quote" : "reported speech" }, kind === "DirectQuote" ? `“${quote}”` : quote));
      }
    }
  }
}

function highlightSpeaker(id) {
  for (const div of document.querySelectorAll("#attack-details .speaker")) {
    const match = div.dataset.speaker === id;
    div.classList.toggle("selected", match);
    if (match) div.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
}

// ---------------------------------------------------------------------------------------

function start() {
  $("endpoint").textContent = new URL(ENDPOINT, location.href).href;
  editor = new EditorView({
    parent: $("editor"),
    state: EditorState.create({
      doc: "",
      extensions: [
        lineNumbers(),
        history(),
        highlightActiveLine(),
        bracketMatching(),
        StreamLanguage.define(sparqlMode),
        syntaxHighlighting(defaultHighlightStyle),
        keymap.of([{ key: "Mod-Enter", run: () => (run(), true) }, ...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
      ],
    }),
  });
  $("run").addEventListener("click", run);
  // The attacks first, so that the first results table can offer their pictures.
  loadAttacks()
    .catch((error) => { $("attack-summary").textContent = `cannot draw attacks: ${error.message}`; })
    .finally(() => loadExamples().then(run));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
