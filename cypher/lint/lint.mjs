// Lints govkg's Cypher pack with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support, the library behind Neo4j's editors).
//
//   node cypher/lint/lint.mjs [--json] [FILE.cypher ...]
//
// Without files it lints every *.cypher file git tracks in the repository. Each file is
// checked against a schema that declares govkg's labels and relationship types (read from
// the Python package, where they are defined once) and the parameters the file documents
// in its header comments (`// $name: what it is`). Prints each file's errors and warnings
// with line:column, then "N files, E errors, W warnings"; exits 1 when there is an error.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's ESM build has extension-less imports that only bundlers resolve; node
// loads its CommonJS build.
const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ERROR = 1; // the LSP DiagnosticSeverity the library reports
// The schema below lists every label and type, so a name outside it is a typo: the library
// reports it as a warning (for a live database that may lack data yet); here it is an error.
const UNKNOWN_NAME = /is not present in the database/;

// The one definition of the labels and relationship types is Python's; ask it.
const SCHEMA_PY = `
import json
try:
    from loaders.schema import LABELS, RELATIONSHIPS
except ModuleNotFoundError:
    from loaders.facts import LABELS, RELATIONSHIPS
print(json.dumps({"labels": list(LABELS), "relationshipTypes": list(RELATIONSHIPS)}))
`;

function graphSchema() {
  const venv = path.join(ROOT, '.venv', 'bin', 'python');
  const python = process.env.GOVKG_PYTHON || (existsSync(venv) ? venv : 'python3');
  const env = { ...process.env, PYTHONPATH: [ROOT, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter) };
  try {
    return JSON.parse(execFileSync(python, ['-c', SCHEMA_PY], { cwd: ROOT, env, encoding: 'utf8' }));
  } catch (e) {
    console.error(`cannot read govkg's labels and relationship types with ${python} (set GOVKG_PYTHON): ${e.message}`);
    process.exit(2);
  }
}

// The header: the comment lines before the first line of Cypher. Every `$name` in it is a
// declared parameter (a line may document several: `// $from, $to: ISO dates`).
function documentedParameters(text) {
  const parameters = {};
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) break;
    for (const [, name] of trimmed.matchAll(/(?<![\w$])\$([A-Za-z_]\w*)/g)) {
      parameters[name] = trimmed.slice(2).trim();
    }
  }
  return parameters;
}

function trackedCypherFiles() {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--', '*.cypher'], { cwd: ROOT, encoding: 'utf8' });
    return out.split('\0').filter(Boolean).sort();
  } catch {
    // not a git checkout (an unpacked archive): every .cypher file outside dot-folders
    const found = [];
    const walk = (dir) => {
      for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(rel);
        else if (entry.isFile() && entry.name.endsWith('.cypher')) found.push(rel);
      }
    };
    walk('');
    return found.sort();
  }
}

function lintFile(file, schema) {
  const text = readFileSync(file, 'utf8');
  const diagnostics = lintCypherQuery(text, { ...schema, parameters: documentedParameters(text) });
  return diagnostics.map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity === ERROR || UNKNOWN_NAME.test(d.message) ? 'error' : 'warning',
    message: d.message.replace(/\s*\n\s*/g, ' '),
  }));
}

function main(argv) {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  // files named on the command line are relative to the working folder; tracked ones to the repo
  const files = args.length ? args.map((f) => [f, path.resolve(f)]) : trackedCypherFiles().map((f) => [f, path.join(ROOT, f)]);
  const schema = graphSchema();
  const report = files.map(([file, full]) => ({ file, diagnostics: lintFile(full, schema) }));
  const count = (severity) =>
    report.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  if (json) {
    console.log(JSON.stringify({ files: report, errors, warnings }, null, 1));
  } else {
    for (const { file, diagnostics } of report) {
      if (!diagnostics.length) continue;
      console.log(file);
      for (const d of diagnostics) console.log(`  ${d.line}:${d.column}  ${d.severity}  ${d.message}`);
    }
    console.log(`${files.length} files, ${errors} errors, ${warnings} warnings`);
  }
  return errors ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
