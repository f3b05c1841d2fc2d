// Copies the built browser files of the installed packages (npm ci) into the API's static
// vendor folder, with each package's licence. Usage: node copy-vendor.mjs <target folder>
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FILES = {
  "react.production.min.js": "react/umd/react.production.min.js",
  "react-dom.production.min.js": "react-dom/umd/react-dom.production.min.js",
  "graphiql.min.js": "graphiql/graphiql.min.js",
  "graphiql.min.css": "graphiql/graphiql.min.css",
  "graphql-ws.min.js": "graphql-ws/umd/graphql-ws.min.js",
  "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
};
const LICENSES = {
  react: "LICENSE",
  "react-dom": "LICENSE",
  graphiql: "LICENSE",
  "graphql-ws": "LICENSE.md",
  cytoscape: "LICENSE",
};

const target = process.argv[2];
if (!target) {
  console.error("usage: node copy-vendor.mjs <target folder>");
  process.exit(2);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const [name, source] of Object.entries(FILES)) {
  copyFileSync(join("node_modules", source), join(target, name));
}
const versions = {};
for (const [pkg, license] of Object.entries(LICENSES)) {
  const manifest = JSON.parse(readFileSync(join("node_modules", pkg, "package.json"), "utf8"));
  versions[pkg] = manifest.version;
  copyFileSync(join("node_modules", pkg, license), join(target, `${pkg}.LICENSE.txt`));
}
writeFileSync(join(target, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`copied ${Object.keys(FILES).length} files into ${target}: ${JSON.stringify(versions)}`);
