// How we start Chromium on this machine (Debian package, headless, no sandbox).
import { once } from 'node:events';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup.mjs';
import SHARED_FLAGS from '../chromium-flags.json' with { type: 'json' };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The background-networking/sync/component-update flags matter: without them
// Chromium tries to reach Google services and floods the logs with failures.
// The same flags serve the browser tests (playwright.config.ts).
export const CHROMIUM_FLAGS = ['--headless=new', ...SHARED_FLAGS];

// chrome-launcher turns a missing binary into an unhandled 'error' event that
// kills the whole process, so check up front and fail like any other step.
function assertChromium() {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  }
}

const withTimeout = (promise, ms) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * Registers the closing of a browser that is still launching, so that a signal
 * arriving mid-launch (or mid-close) still waits for it and closes it.
 * Returns { browser, close } once launched; close() is idempotent.
 */
async function tracked(launching, closeLaunched) {
  let closing = null;
  const close = () => (closing ??= launching.then(closeLaunched, () => {}));
  const release = onCleanup(close);
  try {
    const browser = await launching;
    return {
      browser,
      close: async () => {
        await close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

async function closeGracefully(chrome) {
  // Ask politely first: a SIGKILL (all chrome-launcher does) skips Chromium's own cleanup.
  const exited = chrome.process ? once(chrome.process, 'exit') : Promise.resolve();
  let cdp = null;
  try {
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`, { timeout: 5000 });
    const session = await cdp.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => {}); // the connection drops as it closes
    await withTimeout(exited, 5000);
  } catch {
    // fall through to the hard kill
  } finally {
    await cdp?.close().catch(() => {}); // only disconnects; lets Playwright drop its temp files
  }
  await chrome.kill(); // SIGKILLs what is left and deletes the temporary profile
}

/**
 * A private TMPDIR for one Chromium: it puts org.chromium.Chromium.* singleton
 * directories there, which an interrupted run would otherwise leave in /tmp.
 */
function privateTmpDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }) };
}

/**
 * Chromium with a remote-debugging port (for Lighthouse) and a fresh temporary
 * profile that chrome-launcher deletes on kill. Resolves to { port, close() }.
 */
export async function launchDebuggableChromium() {
  assertChromium();
  const tmp = privateTmpDir();
  const launching = chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    envVars: { ...process.env, TMPDIR: tmp.dir },
    logLevel: 'silent',
    handleSIGINT: false, // our cleanup stack handles signals
  });
  launching.catch(tmp.remove);
  const closeAll = (chrome) => closeGracefully(chrome).finally(tmp.remove);
  const { browser: chrome, close } = await tracked(launching, closeAll);
  return { port: chrome.port, close };
}

/** Chromium driven by playwright-core. Playwright gives it a fresh temporary profile and removes it on close. */
export function launchPlaywrightChromium() {
  assertChromium();
  const tmp = privateTmpDir();
  const launching = chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    env: { ...process.env, TMPDIR: tmp.dir },
    headless: true,
    handleSIGINT: false, // our cleanup stack handles signals
    handleSIGTERM: false,
  });
  launching.catch(tmp.remove);
  return tracked(launching, (browser) => browser.close().finally(tmp.remove));
}
