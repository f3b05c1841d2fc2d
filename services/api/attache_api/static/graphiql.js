// GraphiQL for this API: queries and the mutation over HTTP at this page's address, subscriptions
// over a WebSocket at the same path. Headers typed in GraphiQL's header editor (such as
// {"Authorization": "Bearer <key>"}) travel with both.
"use strict";

(function () {
  const EXAMPLE = `# Attaché's graph. Ctrl-Enter runs the query; the Docs button lists every field.
{
  actors(first: 10, orderBy: ARTICLE_COUNT) {
    totalCount
    edges { node { name kind articleCount firstSeen lastSeen } }
  }
  initiatives(first: 10) {
    edges { node { title kind status lastSeen participants { role actor { name } } } }
  }
}

# Live updates, over a WebSocket:
# subscription { graphChanged { article { title } actors { name } initiatives { title } } }
`;

  const here = new URL(window.location.href);
  here.search = "";
  here.hash = "";
  const socket = new URL(here.href);
  socket.protocol = here.protocol === "https:" ? "wss:" : "ws:";

  const fetcher = GraphiQL.createFetcher({ url: here.href, subscriptionUrl: socket.href });
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: EXAMPLE,
      defaultEditorToolsVisibility: true,
    }),
  );
})();
