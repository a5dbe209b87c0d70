#!/usr/bin/env node
// Moves files and rewrites every relative import to the moved paths, with explicit extensions.
//   node relocate.mjs --root DIR [--moves moves.tsv] [--git] [--dry]
// moves.tsv: "old<TAB>new" per line, paths relative to root; a line may name a folder (moves its files).
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: { root: { type: 'string' }, moves: { type: 'string' }, git: { type: 'boolean' }, dry: { type: 'boolean' } },
});
const root = path.resolve(opt.root ?? '.');
const ts = createRequire(path.join(root, 'package.json'))('typescript');
const rel = (p) => path.relative(root, p).split(path.sep).join('/');

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.git', '.vite'].includes(e.name)) continue;
    if (dir === root && ['dist', 'test-results', 'playwright-report', 'bench'].includes(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(rel(p));
  }
  return out;
}
const all = walk(root);
const exists = new Set(all);

// old → new for every file
const move = new Map();
if (opt.moves) {
  for (const line of fs.readFileSync(opt.moves, 'utf8').split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t) continue;
    const [from, to] = t.split(/\s+/);
    if (from.includes('*')) {
      // a glob over file names in one folder: "src/data/validate*" → "src/build/data/" keeps each name
      const re = new RegExp(`^${from.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      const hits = all.filter((f) => re.test(f));
      if (!hits.length) console.warn(`nothing matches ${from}`);
      for (const f of hits) if (!move.has(f)) move.set(f, to + path.posix.basename(f));
    } else if (exists.has(from)) move.set(from, to);
    else {
      const under = all.filter((f) => f.startsWith(from.replace(/\/?$/, '/')));
      if (!under.length) {
        console.warn(`nothing at ${from} (skipped)`);
        continue;
      }
      for (const f of under) if (!move.has(f)) move.set(f, to.replace(/\/?$/, '/') + f.slice(from.replace(/\/?$/, '/').length));
    }
  }
}
const to = (f) => move.get(f) ?? f;

const CODE = /\.(ts|mts|mjs|js)$/;
function resolveOld(importer, spec) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(importer), spec));
  for (const c of [base, `${base}.ts`, `${base}.d.ts`, `${base}/index.ts`, `${base}.mjs`]) if (exists.has(c)) return c;
  return undefined;
}
function specFor(importer, target) {
  let s = path.posix.relative(path.posix.dirname(to(importer)), to(target));
  if (!s.startsWith('.')) s = `./${s}`;
  return s.replace(/\.d\.ts$/, ''); // a declaration file is imported without extension
}

let edits = 0;
const unresolved = [];
for (const file of all.filter((f) => CODE.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.d.mts'))) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const changes = []; // [start, end, replacement]
  const visitSpec = (lit, decl) => {
    if (!lit || !ts.isStringLiteralLike(lit)) return;
    const spec = lit.text;
    if (!spec.startsWith('.')) return;
    const target = resolveOld(file, spec);
    if (!target) {
      unresolved.push(`${file}: ${spec}`);
      return;
    }
    const next = specFor(file, target);
    const q = text[lit.getStart(sf)];
    if (next !== spec) changes.push([lit.getStart(sf), lit.getEnd(), `${q}${next}${q}`]);
    if (decl && target.endsWith('.json') && !decl.attributes && ts.isImportDeclaration(decl))
      changes.push([lit.getEnd(), lit.getEnd(), ` with { type: 'json' }`]);
  };
  // A literal path relative to this file's folder (or the head of a template literal): keep it pointing at the
  // same place after the file moves; the place itself must not move (checked).
  const visitPath = (lit) => {
    const node = ts.isTemplateExpression(lit) ? lit.head : lit;
    if (!ts.isStringLiteralLike(node) && !ts.isTemplateHead(node)) return;
    const raw = node.text;
    if (!raw.startsWith('.')) return;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), raw));
    const moved = [...move.keys()].some((f) => f === target || f.startsWith(`${target.replace(/\/$/, '')}/`));
    if (moved) {
      unresolved.push(`${file}: path ${raw} points into moved files; fix by hand`);
      return;
    }
    if (to(file) === file) return;
    let next = path.posix.relative(path.posix.dirname(to(file)), target) || '.';
    if (!next.startsWith('.')) next = `./${next}`;
    if (raw.endsWith('/') && !next.endsWith('/')) next += '/';
    if (next === raw) return;
    const start = node.getStart(sf) + 1; // after the opening quote or backtick
    changes.push([start, start + raw.length, next]);
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) visitSpec(node.moduleSpecifier, node);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) visitSpec(node.argument.literal);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) visitSpec(node.arguments[0]);
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name) && node.name.text.startsWith('.')) visitSpec(node.name);
    // Paths relative to the file itself: resolve(import.meta.dirname, '../..'), new URL('../../data/', import.meta.url)
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.length >= 2) {
      const [a, b] = node.arguments;
      const here = (n) => n.getText(sf) === 'import.meta.dirname' || n.getText(sf) === 'import.meta.url';
      const lit = here(a) ? b : here(node.arguments[1]) ? a : undefined;
      if (lit) visitPath(lit);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!changes.length) continue;
  let out = text;
  for (const [s, e, r] of changes.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + r + out.slice(e);
  edits += changes.length;
  if (!opt.dry) fs.writeFileSync(path.join(root, file), out);
}

// Path mentions (comments, docs, strings naming src/… files): exact old path → new path.
const pairs = [...move].sort((a, b) => b[0].length - a[0].length);
const TEXT = /\.(ts|mts|mjs|js|cjs|md|html|json)$/;
let mentions = 0;
if (pairs.length)
  for (const file of all.filter((f) => TEXT.test(f) && !f.startsWith('data/') && !f.startsWith('scripts/migrate/'))) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    let out = text;
    for (const [from, dest] of pairs) {
      const stem = from.replace(/\.ts$/, '');
      const re = new RegExp(`(?<![\\w/.-])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.ts)?(?![\\w-])`, 'g');
      out = out.replace(re, (_m, ext) => {
        mentions++;
        return ext ? dest : dest.replace(/\.ts$/, '');
      });
    }
    if (out !== text && !opt.dry) fs.writeFileSync(path.join(root, file), out);
  }

if (!opt.dry)
  for (const [from, dest] of move) {
    fs.mkdirSync(path.dirname(path.join(root, dest)), { recursive: true });
    if (opt.git) execFileSync('git', ['mv', from, dest], { cwd: root });
    else fs.renameSync(path.join(root, from), path.join(root, dest));
  }
console.log(`${move.size} files moved, ${edits} specifiers rewritten, ${mentions} path mentions`);
if (unresolved.length) console.log(`unresolved relative specifiers (left alone):\n  ${unresolved.join('\n  ')}`);
