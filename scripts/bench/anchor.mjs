// The reference page the story's scrolling is measured against (../shared/anchors/bare-scrolly): a hand-rolled
// scrollama + d3 page. Its dist/ is usually committed; when it is not, it is built in a writable copy.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const exists = async (file) => Boolean(await stat(file).catch(() => null));

/** The anchor's built site: `dir/dist` when it has a page, else a fresh build in a temporary copy of `dir`. */
export async function anchorDist(dir, log = () => {}) {
  const root = path.resolve(dir);
  if (!(await exists(path.join(root, 'package.json')))) throw new Error(`--anchor ${dir}: no package.json there`);
  const built = path.join(root, 'dist');
  if (await exists(path.join(built, 'index.html'))) return built;
  // The anchor's folder may be read-only (it is shared): build in a copy.
  const copy = await mkdtemp(path.join(os.tmpdir(), 'bench-anchor-'));
  await cp(root, copy, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
  log(`building the anchor in ${copy} (npm ci && npm run build)`);
  for (const args of [['ci', '--no-audit', '--no-fund'], ['run', 'build']]) {
    execFileSync('npm', args, { cwd: copy, stdio: ['ignore', process.stderr, process.stderr] });
  }
  const dist = path.join(copy, 'dist');
  if (!(await exists(path.join(dist, 'index.html')))) throw new Error(`the anchor's build made no dist/index.html in ${copy}`);
  return dist;
}
