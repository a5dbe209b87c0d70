// npm run data:check — validates data/ and the stories as the build does, then lists the figures added, changed or
// removed since the last commit (old → new), for the corrections log. See docs/UPDATING.md.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const { module } = await runnerImport(path.join(root, 'src/build/data/check.ts'), { root, configFile: false, logLevel: 'error' });

/** The data files as the last commit has them (none when there is no git or no commit). */
function committed() {
  const files = {};
  for (const name of readdirSync(path.join(root, 'data')).filter((n) => n.endsWith('.json'))) {
    try {
      const text = execFileSync('git', ['show', `HEAD:data/${name}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      files[`data/${name}`] = JSON.parse(text);
    } catch {
      // A file new since the last commit: all its figures count as added.
    }
  }
  return files;
}

let lines;
try {
  lines = module.checkData(root, committed());
} catch (error) {
  console.error(`data:check failed — ${error.message}`);
  process.exit(1);
}
console.log('data:check: every data file and story checks out.');
if (lines.length === 0) console.log('No figure changed since the last commit.');
else {
  console.log(`\n${lines.length} change${lines.length === 1 ? '' : 's'} since the last commit:`);
  for (const line of lines) console.log(`  ${line}`);
  console.log('\nA changed or removed figure that was published needs an entry in the corrections log ([corrections] in each story file).');
}
