import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../electron/main/security';

/**
 * The packaged app's hardening lives in configuration, where a typo or a well-meant "just for
 * debugging" edit would switch it off without any other test noticing. These tests read the real
 * files and fail on any weakening.
 */

const root = path.resolve(__dirname, '..', '..', '..', '..');
// js-yaml comes with electron-builder (which reads this very file) and ESLint; it ships no types.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const builder = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  // @electron/fuses names, as electron-builder's electronFuses section spells them.
  it.each([
    ['runAsNode', false, 'ELECTRON_RUN_AS_NODE would turn the app into a plain Node interpreter'],
    ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS could inject code at start'],
    ['enableNodeCliInspectArguments', false, '--inspect would open a debugger port into the main process'],
    ['enableEmbeddedAsarIntegrityValidation', true, 'app.asar must match the hash built into the binary'],
    ['onlyLoadAppFromAsar', true, 'the app must not be loaded from a folder placed beside it'],
    ['grantFileProtocolExtraPrivileges', false, 'file:// pages get no more power than in a browser (the app is served over app://)'],
    ['enableCookieEncryption', true, 'cookies on disk are encrypted with the OS key store'],
  ])('sets the fuse %s to %s (%s)', (fuse, value) => {
    const fuses = builder.electronFuses as Record<string, unknown> | undefined;
    expect(fuses, 'electronFuses section').toBeTypeOf('object');
    expect(fuses?.[fuse]).toBe(value);
  });

  it('packs the app into an asar archive (the integrity fuses check app.asar)', () => {
    expect(builder.asar).toBe(true);
  });

  it('ships no source maps', () => {
    expect(builder.files).toContain('!out/**/*.map');
  });

  it('uses the hardened runtime on macOS', () => {
    expect((builder.mac as Record<string, unknown>).hardenedRuntime).toBe(true);
  });
});

describe('window preferences', () => {
  const mustHold = {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
  };

  it.each([false, true])('keep every isolation on (packaged: %s)', (packaged) => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', { packaged });
    expect(prefs).toMatchObject(mustHold);
    // Options that weaken the renderer and have no place in this app.
    for (const weak of ['enableBlinkFeatures', 'enableRemoteModule', 'additionalArguments', 'disableWebSecurity']) expect(prefs, weak).not.toHaveProperty(weak);
  });

  it('closes the developer tools in the packaged app only', () => {
    expect(secureWebPreferences('p', { packaged: true }).devTools).toBe(false);
    expect(secureWebPreferences('p', { packaged: false }).devTools).toBe(true);
  });

  /** Every TypeScript file under electron/, as [relative path, text]. */
  function sources(dir = path.join(root, 'electron')): [string, string][] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return entry.name.endsWith('.ts') ? [[path.relative(root, full), readFileSync(full, 'utf8')]] : [];
    });
  }

  it('are the only ones any window or view is created with', () => {
    const created = sources().flatMap(([file, text]) =>
      [...text.matchAll(/new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(/g)].map((m) => ({ file, rest: text.slice(m.index, m.index + 600) })),
    );
    expect(created.length).toBeGreaterThan(0);
    for (const { file, rest } of created) expect(rest, file).toMatch(/webPreferences:\s*secureWebPreferences\(/);
  });

  it('are never weakened anywhere in the shell', () => {
    const weakening = /(sandbox|contextIsolation|webSecurity)\s*:\s*false|nodeIntegration\w*\s*:\s*true|allowRunningInsecureContent\s*:\s*true|webviewTag\s*:\s*true|enableBlinkFeatures|--no-sandbox|disable-web-security/;
    for (const [file, text] of sources()) expect(text, file).not.toMatch(weakening);
  });
});
