/**
 * End to end: a real `vite build` of a copy of the project with one broken data file fails, and says
 * which file and field. The other tests call the plugin's functions; this one checks the plugin wiring.
 * It is the one slow test of the unit suite (a few seconds to a minute).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Not needed to build, or large: node_modules is linked instead of copied. */
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report', 'bench', '.vite']);

let temp = '';
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

function run(cwd: string, timeout: number): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['vite', 'build', '--logLevel', 'error'],
      { cwd, timeout, env: { ...process.env, KC_OUT_DIR: join(cwd, 'dist'), NODE_ENV: 'production' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, output: `${stdout}\n${stderr}\n${error?.message ?? ''}` });
      },
    );
  });
}

describe('vite build', () => {
  it('fails on a broken data file, naming the file and the field', { timeout: 60_000 }, async () => {
    temp = mkdtempSync(join(tmpdir(), 'kc-vite-build-'));
    const project = join(temp, 'project');
    cpSync(ROOT, project, {
      recursive: true,
      filter: (src) => !(SKIP.has(basename(src)) && resolve(src, '..') === ROOT),
    });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');

    const file = join(project, 'data/gdp.json');
    const gdp = JSON.parse(readFileSync(file, 'utf8')) as { series: { points: { value: unknown }[] }[] };
    const point = gdp.series[0]?.points[0];
    if (!point) throw new Error('data/gdp.json has no series[0].points[0]');
    point.value = '587亿';
    writeFileSync(file, JSON.stringify(gdp, null, 2));

    const { code, output } = await run(project, 55_000);
    expect(code, output).not.toBe(0);
    expect(code, 'the build timed out').not.toBeNull();
    expect(output).toContain('data/gdp.json: series[0].points[0].value: expected a number, got "587亿"');
  });
});
