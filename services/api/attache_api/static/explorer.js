// The explorer: the actor network (cytoscape.js), the initiatives with their filters, an article
// with what was extracted highlighted at its offsets, and a submit box that follows the article
// live over the GraphQL WebSocket (graphql-ws). Everything it reads comes from this API.
"use strict";

(function () {
  const STATUSES = ["proposed", "announced", "planned", "underway", "completed", "suspended", "cancelled"];
  const KIND_COLOURS = {
    COUNTRY: "#2456a6",
    PERSON: "#8e44ad",
    ORGANIZATION: "#d35400",
    GROUP: "#16a085",
  };
  const NETWORK_SIZE = 60;
  const RELATIONS_PER_ACTOR = 25;
  const FORBIDDEN = 4403;

  const NETWORK_QUERY = `query Network($first: Int!, $relations: Int!) {
    actors(first: $first, orderBy: ARTICLE_COUNT) { totalCount edges { node {
      id name kind articleCount lastSeen
      relations(first: $relations) { edges { node { polarity count actor { id } } } }
    } } }
  }`;
  const INITIATIVES_QUERY = `query Initiatives($kind: String, $status: String, $actor: ID,
      $since: String, $until: String) {
    initiatives(first: 100, kind: $kind, status: $status, actor: $actor, since: $since,
        until: $until, orderBy: LAST_SEEN) {
      totalCount
      edges { node { id title kind status firstSeen lastSeen articleCount dates
        participants { role actor { id name } } } }
    }
  }`;
  const KINDS_QUERY = `{ initiatives(first: 100, orderBy: ARTICLE_COUNT) { edges { node { kind } } } }`;
  const ARTICLES_QUERY = `{ articles(first: 50) { edges { node { id title status submittedAt } } } }`;
  const ARTICLE_QUERY = `query Article($id: ID!) { article(id: $id) { title text status publishedAt } }`;
  const SUBMIT_MUTATION = `mutation Submit($input: SubmitArticleInput!) {
    submitArticle(input: $input) { created article { id title status } }
  }`;
  const STATUS_SUBSCRIPTION = `subscription Status($id: ID!) {
    articleStatus(id: $id) { id status error }
  }`;
  const GRAPH_SUBSCRIPTION = `subscription { graphChanged { article { id title }
    actors { id } initiatives { id } } }`;

  const $ = (id) => document.getElementById(id);
  const state = { actors: [], articles: [], following: null, cy: null, socket: null, statusLog: [] };
  window.explorer = state; // for the browser tests and the curious

  // -- Talking to the API ---------------------------------------------------------------------

  function authorization() {
    const key = $("api-key").value.trim();
    return key ? { Authorization: `Bearer ${key}` } : {};
  }

  async function graphql(query, variables) {
    const response = await fetch("graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...authorization() },
      body: JSON.stringify({ query, variables: variables || {} }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      throw new Error(body.errors.map((e) => e.message).join("; "));
    }
    return body.data;
  }

  function socket() {
    if (state.socket) return state.socket;
    const url = new URL("graphql", window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    state.socket = graphqlWs.createClient({
      url: url.href,
      connectionParams: () => authorization(),
      lazy: false,
      retryAttempts: Infinity,
      // Refused for want of a key (4403): retrying cannot help until a key is typed in.
      shouldRetry: (event) => !(event && event.code === FORBIDDEN),
      on: {
        connected: () => setLive("open"),
        closed: (event) => setLive(event && event.code === FORBIDDEN ? "key needed" : "closed"),
        connecting: () => setLive("connecting"),
      },
    });
    return state.socket;
  }

  function subscribe(query, variables, onData, onDone) {
    return socket().subscribe(
      { query, variables },
      {
        next: (result) => (result.errors ? onDone(result.errors[0].message) : onData(result.data)),
        error: (error) => onDone(describe(error)),
        complete: () => onDone(null),
      },
    );
  }

  function describe(error) {
    if (Array.isArray(error)) return error.map((e) => e.message).join("; ");
    if (error && error.reason) return `connection closed: ${error.reason}`;
    return String((error && error.message) || error);
  }

  function setLive(value) {
    const live = $("live");
    live.dataset.state = value === "key needed" ? "closed" : value;
    live.textContent = `live: ${value === "open" ? "on" : value}`;
  }

  // The graph's news, refreshing the page; again on a new socket when the key changes.
  function listenForChanges() {
    if (state.listening) state.listening();
    if (state.socket) state.socket.dispose();
    state.socket = null;
    state.listening = subscribe(GRAPH_SUBSCRIPTION, {}, refreshSoon, () => undefined);
  }

  // -- Actor network ----------------------------------------------------------------------------

  async function loadNetwork() {
    const data = await graphql(NETWORK_QUERY, { first: NETWORK_SIZE, relations: RELATIONS_PER_ACTOR });
    const actors = data.actors.edges.map((e) => e.node);
    state.actors = actors;
    drawNetwork(actors);
    fillActorFilter(actors);
    const shown = actors.length;
    $("network-count").textContent = `${shown} of ${data.actors.totalCount} actors, most reported first`;
  }

  function networkElements(actors) {
    const known = new Set(actors.map((a) => a.id));
    const most = Math.max(1, ...actors.map((a) => a.articleCount));
    const nodes = actors.map((a) => ({
      data: {
        id: a.id,
        name: a.name,
        kind: a.kind,
        articleCount: a.articleCount,
        size: 18 + 42 * Math.sqrt(a.articleCount / most),
        colour: KIND_COLOURS[a.kind] || "#7f8c8d",
      },
    }));
    const edges = new Map();
    for (const actor of actors) {
      for (const { node } of actor.relations.edges) {
        const other = node.actor && node.actor.id;
        if (!other || !known.has(other) || other === actor.id) continue;
        const pair = [actor.id, other].sort();
        const id = `${pair[0]}|${pair[1]}|${node.polarity}`;
        if (!edges.has(id)) {
          edges.set(id, {
            data: { id, source: pair[0], target: pair[1], polarity: node.polarity, count: node.count },
          });
        }
      }
    }
    return [...nodes, ...edges.values()];
  }

  function drawNetwork(actors) {
    const elements = networkElements(actors);
    if (state.cy) state.cy.destroy();
    state.cy = cytoscape({
      container: $("network"),
      elements,
      wheelSensitivity: 0.3,
      maxZoom: 1.4,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(colour)",
            width: "data(size)",
            height: "data(size)",
            label: "data(name)",
            "font-size": 12,
            "min-zoomed-font-size": 6,
            color: "#1d2430",
            "text-valign": "bottom",
            "text-margin-y": 3,
            "text-outline-color": "#fbfcfe",
            "text-outline-width": 2,
          },
        },
        {
          selector: "edge",
          style: {
            width: "mapData(count, 1, 10, 1.5, 6)",
            "line-color": "#2e8b57",
            opacity: 0.7,
            "curve-style": "bezier",
          },
        },
        { selector: 'edge[polarity = "conflict"]', style: { "line-color": "#c0392b", "line-style": "dashed" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2430" } },
        { selector: ".faded", style: { opacity: 0.15 } },
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, padding: 20, randomize: false },
    });
    state.cy.on("tap", "node", (event) => chooseActor(event.target.id()));
    state.cy.on("tap", (event) => {
      if (event.target === state.cy) chooseActor("");
    });
    if ($("filter-actor").value) highlightActor($("filter-actor").value);
  }

  function chooseActor(actorId) {
    $("filter-actor").value = actorId;
    highlightActor(actorId);
    loadInitiatives();
  }

  function highlightActor(actorId) {
    const cy = state.cy;
    if (!cy) return;
    cy.elements().removeClass("faded").unselect();
    const node = actorId ? cy.getElementById(actorId) : cy.collection();
    if (node.empty()) {
      cy.fit(undefined, 20);
      return;
    }
    node.select();
    const neighbours = node.closedNeighborhood();
    cy.elements().difference(neighbours).addClass("faded");
    cy.fit(neighbours, 90); // close enough to read, and back to the whole on a click outside
  }

  function drawLegend() {
    const legend = $("network-legend");
    for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
      const item = document.createElement("li");
      item.textContent = kind.toLowerCase();
      item.style.setProperty("--dot", colour);
      legend.append(item);
    }
  }

  // -- Initiatives ------------------------------------------------------------------------------

  function fillActorFilter(actors) {
    const select = $("filter-actor");
    const chosen = select.value;
    select.replaceChildren(option("", "any actor"));
    const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name));
    for (const actor of byName) select.append(option(actor.id, actor.name));
    if (chosen && !actors.some((a) => a.id === chosen)) select.append(option(chosen, "(chosen actor)"));
    select.value = chosen;
  }

  async function fillKinds() {
    const data = await graphql(KINDS_QUERY);
    const select = $("filter-kind");
    const chosen = select.value;
    const kinds = [...new Set(data.initiatives.edges.map((e) => e.node.kind))].sort();
    select.replaceChildren(option("", "any kind"), ...kinds.map((k) => option(k, label(k))));
    select.value = kinds.includes(chosen) ? chosen : "";
  }

  function filters() {
    const value = (id) => $(id).value || null;
    return {
      kind: value("filter-kind"),
      status: value("filter-status"),
      actor: value("filter-actor"),
      since: value("filter-since"),
      until: value("filter-until"),
    };
  }

  async function loadInitiatives() {
    const error = $("initiatives-error");
    try {
      const data = await graphql(INITIATIVES_QUERY, filters());
      error.hidden = true;
      const items = data.initiatives.edges.map((e) => initiativeItem(e.node));
      $("initiatives").replaceChildren(...items);
      const total = data.initiatives.totalCount;
      $("initiatives-count").textContent = `${items.length} of ${total}`;
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
    }
  }

  function initiativeItem(initiative) {
    const item = document.createElement("li");
    item.dataset.id = initiative.id;
    const title = element("div", "title", initiative.title);
    const tags = element("div", "tags");
    tags.append(element("span", "tag kind", label(initiative.kind)), element("span", "tag", initiative.status));
    tags.append(element("span", "tag", seenRange(initiative)));
    tags.append(element("span", "tag", `${initiative.articleCount} article${initiative.articleCount === 1 ? "" : "s"}`));
    for (const date of initiative.dates) tags.append(element("span", "tag", `date ${date}`));
    const people = element("div", "participants");
    initiative.participants.forEach((p, i) => {
      if (i) people.append(", ");
      people.append(element("b", "", p.actor.name), ` ${p.role.toLowerCase()}`);
    });
    item.append(title, tags, people);
    return item;
  }

  function seenRange(initiative) {
    const first = day(initiative.firstSeen);
    const last = day(initiative.lastSeen);
    return first === last ? `seen ${last}` : `seen ${first} – ${last}`;
  }

  // -- Articles ---------------------------------------------------------------------------------

  async function loadArticles() {
    const data = await graphql(ARTICLES_QUERY);
    state.articles = data.articles.edges.map((e) => e.node);
    const picker = $("article-picker");
    const chosen = picker.value;
    picker.replaceChildren(option("", "choose an article…"));
    for (const article of state.articles) {
      const name = `${article.title || "(untitled)"} · ${article.status} · ${day(article.submittedAt)}`;
      picker.append(option(articleKey(article.id), name));
    }
    picker.value = chosen;
  }

  function articleKey(globalId) {
    const text = atob(globalId.replace(/-/g, "+").replace(/_/g, "/"));
    return text.slice(text.indexOf(":") + 1);
  }

  async function showArticle(key) {
    $("article-picker").value = key;
    if (!key) {
      $("article-title").textContent = "";
      $("article-meta").textContent = "";
      $("article-text").replaceChildren();
      return;
    }
    // The text from GraphQL; the offsets from the stored extraction, which REST serves whole.
    const [data, stored] = await Promise.all([
      graphql(ARTICLE_QUERY, { id: key }),
      fetch(`v1/articles/${encodeURIComponent(key)}`).then((response) => response.json()),
    ]);
    const article = data.article;
    if (!article) return;
    $("article-title").textContent = article.title || "(untitled)";
    const extraction = stored.extraction;
    const meta = [`${article.status}`, `published ${day(article.publishedAt) || "—"}`];
    if (extraction) {
      meta.push(`${extraction.actors.length} actors`, `${extraction.initiatives.length} initiatives`);
      meta.push(`${extraction.quotes.length} quotes`);
    }
    $("article-meta").textContent = meta.join(" · ");
    $("article-text").replaceChildren(...highlighted(article.text || "", extraction));
  }

  function spansOf(extraction) {
    if (!extraction) return [];
    const spans = [];
    for (const actor of extraction.actors) {
      for (const m of actor.mentions) spans.push({ ...m, kind: "actor", note: `${actor.name} (${actor.kind.toLowerCase()})` });
    }
    for (const initiative of extraction.initiatives) {
      for (const e of initiative.evidence) spans.push({ ...e, kind: "initiative", note: `${initiative.title} · ${label(initiative.kind)}` });
    }
    for (const quote of extraction.quotes) {
      spans.push({ start: quote.start, end: quote.end, kind: "quote", note: `quote${quote.speaker ? ` by ${quote.speaker}` : ""}` });
    }
    return spans;
  }

  // The text cut at every span's edges; each piece is marked with every span covering it, so
  // spans may nest or overlap (a name inside a quote inside an initiative's passage).
  function highlighted(text, extraction) {
    const spans = spansOf(extraction).filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      const piece = text.slice(from, to);
      if (!covering.length) {
        pieces.push(document.createTextNode(piece));
        continue;
      }
      const mark = element("mark", [...new Set(covering.map((s) => s.kind))].join(" "), piece);
      mark.title = covering.map((s) => s.note).join("\n");
      pieces.push(mark);
    }
    return pieces;
  }

  // -- Submitting, followed live ----------------------------------------------------------------

  async function submit(event) {
    event.preventDefault();
    const text = $("submit-text").value;
    if (!text.trim()) return;
    const input = { text, title: $("submit-title").value.trim() || null };
    const published = $("submit-published").value;
    if (published) input.publishedAt = `${published}T00:00:00Z`;
    $("submit-button").disabled = true;
    showStatus("sending", "Sending…");
    try {
      const data = await graphql(SUBMIT_MUTATION, { input });
      const { article, created } = data.submitArticle;
      const note = created ? "Stored" : "Already stored";
      showStatus(article.status, `${note}; following it live…`);
      follow(article.id);
    } catch (failure) {
      showStatus("failed", failure.message);
      $("submit-button").disabled = false;
    }
  }

  function follow(articleId) {
    if (state.following) state.following();
    state.statusLog = [];
    markSteps("queued");
    state.following = subscribe(
      STATUS_SUBSCRIPTION,
      { id: articleId },
      (data) => onStatus(data.articleStatus),
      (error) => {
        $("submit-button").disabled = false;
        if (error) showStatus("failed", error);
      },
    );
  }

  async function onStatus(change) {
    state.statusLog.push(change.status);
    markSteps(change.status);
    if (change.status === "failed") {
      showStatus("failed", `Failed: ${change.error || "no reason given"}`);
    } else if (change.status === "done") {
      showStatus("done", "Done: the graph below includes it.");
      await refresh();
      await showArticle(articleKey(change.id));
    } else {
      showStatus(change.status, `${change.status[0].toUpperCase()}${change.status.slice(1)}…`);
    }
  }

  function markSteps(status) {
    const order = ["queued", "processing", "done"];
    const reached = status === "failed" ? 2 : order.indexOf(status);
    for (const step of document.querySelectorAll("#submit-steps li")) {
      const index = order.indexOf(step.dataset.step);
      step.classList.toggle("reached", index <= reached && status !== "failed");
      step.classList.toggle("failed", status === "failed" && index === 2);
    }
    if (status === "failed") document.querySelector('#submit-steps li[data-step="done"]').textContent = "failed";
    else document.querySelector('#submit-steps li[data-step="done"]').textContent = "done";
  }

  function showStatus(status, message) {
    const line = $("submit-status");
    line.dataset.status = status;
    line.textContent = message;
  }

  // -- Keeping up with other people's articles --------------------------------------------------

  let pending = null;

  function refreshSoon() {
    clearTimeout(pending);
    pending = setTimeout(refresh, 400);
  }

  async function refresh() {
    await Promise.all([loadNetwork(), fillKinds(), loadArticles()]);
    await loadInitiatives();
  }

  // -- Small helpers ----------------------------------------------------------------------------

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function option(value, text) {
    const node = document.createElement("option");
    node.value = value;
    node.textContent = text;
    return node;
  }

  function label(kind) {
    return kind.toLowerCase().replace(/_/g, " ");
  }

  function day(iso) {
    return iso ? iso.slice(0, 10) : "";
  }

  // -- Start ------------------------------------------------------------------------------------

  function start() {
    drawLegend();
    $("filter-status").append(...STATUSES.map((s) => option(s, s)));
    $("submit-form").addEventListener("submit", submit);
    for (const id of ["filter-kind", "filter-status", "filter-since", "filter-until"]) {
      $(id).addEventListener("change", loadInitiatives);
    }
    $("filter-actor").addEventListener("change", () => chooseActor($("filter-actor").value));
    $("filter-clear").addEventListener("click", () => {
      $("initiative-filters").reset();
      chooseActor("");
    });
    $("article-picker").addEventListener("change", () => showArticle($("article-picker").value));
    $("api-key").addEventListener("change", listenForChanges);
    listenForChanges();
    state.ready = refresh().then(() => {
      document.body.dataset.ready = "true";
    });
  }

  start();
})();
