import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Electron binary when one is installed (found without electron's download-on-demand). */
function electronBinary(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * The administrator every spec works as. The browser-mode server creates them when the archive has
 * no accounts (TESSERA_USER + TESSERA_PASSWORD); the Electron app asks on its setup form, which
 * `signIn` fills. The CLI a spec runs (it passes process.env on) signs in with the same password.
 */
export const E2E_USER = 'E2E Tester';
export const E2E_PASSWORD = 'correct horse battery staple';
process.env.TESSERA_PASSWORD ??= E2E_PASSWORD;

export const target: 'electron' | 'browser' = process.env.TESSERA_E2E_TARGET === 'browser' || !electronBinary() ? 'browser' : 'electron';

/** One running Tessera (server + page, or an Electron window) on a data folder of the test's own. */
export interface Running {
  page: Page;
  url: string | null;
  stop(): Promise<void>;
}

/**
 * Signs in through the page's own form — or, where the archive has no accounts yet, creates its
 * first administrator on the setup form — and waits for the app.
 */
export async function signIn(page: Page, name = E2E_USER, password = E2E_PASSWORD): Promise<void> {
  const form = page.locator('[data-app-state="sign-in"], [data-app-state="setup"]');
  await expect(form).toBeVisible();
  if ((await form.getAttribute('data-app-state')) === 'setup') {
    await page.getByLabel(/^Your name/).fill(name);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByLabel(/^Repeat the password/).fill(password);
    await page.getByRole('button', { name: 'Create the administrator and sign in' }).click();
  } else {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible();
}

async function startBrowserMode(dataDir: string, newPage: () => Promise<Page>, archive?: string, env: Record<string, string> = {}): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'electron', 'server', 'index.ts')], {
    cwd: root,
    env: { ...process.env, TESSERA_DATA_DIR: dataDir, PORT: '0', TESSERA_USER: E2E_USER, TESSERA_PASSWORD: E2E_PASSWORD, ...(archive ? { TESSERA_ARCHIVE: archive } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${errors}`)));
  });
  const page = await newPage();
  await page.goto(url);
  await signIn(page);
  return {
    page,
    url,
    async stop() {
      await page.close();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

async function startElectron(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [path.join(root, 'out', 'main', 'index.js')],
    env: { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_USER: E2E_USER, TESSERA_PASSWORD: E2E_PASSWORD, ...env },
  });
  const page = await app.firstWindow();
  await signIn(page);
  return { page, url: null, stop: () => app.close() };
}

interface Fixtures {
  dataDir: string;
  /** Starts Tessera signed in as the E2E administrator; `env` adds to the host's environment (e.g. TESSERA_LOCK_MINUTES). */
  tessera: { start(archive?: string, env?: Record<string, string>): Promise<Running> };
  app: Running;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use, info) => {
    const dir = path.join(root, 'test-results', 'data', info.testId);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await use(dir);
  },
  tessera: async ({ dataDir, context }, use) => {
    const running: Running[] = [];
    await use({
      async start(archive?: string, env?: Record<string, string>) {
        const r = target === 'electron' ? await startElectron(dataDir, env) : await startBrowserMode(dataDir, () => context.newPage(), archive, env);
        running.push(r);
        return r;
      },
    });
    for (const r of running) await r.stop().catch(() => undefined);
  },
  app: async ({ tessera }, use) => {
    await use(await tessera.start());
  },
});

/**
 * axe-core on the page as it is now, or only on the part `include` selects (e.g. the open record,
 * when the page around it was checked already); every violation is reported with its nodes.
 */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  const axe = new AxeBuilder({ page });
  const results = await (include ? axe.include(include) : axe).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Calls the engine to set up data, as the app does: browser mode's HTTP API, or the preload in Electron (or with no address). */
export async function api<T>(page: Page, appUrl: string | null, method: string, input: unknown): Promise<T> {
  type Answer = { ok: boolean; value?: unknown; error?: { message: string } };
  let r: Answer;
  if (target === 'electron' || !appUrl) {
    r = await page.evaluate<Answer>(`window.archive[${JSON.stringify(method)}](${JSON.stringify(input)})`);
  } else {
    const url = new URL(appUrl);
    const res = await page.request.post(new URL(`/api/${method}`, url).toString(), { headers: { 'x-tessera-token': url.searchParams.get('token') ?? '' }, data: input });
    r = (await res.json()) as Answer;
  }
  if (!r.ok) throw new Error(`${method}: ${r.error?.message ?? 'failed'}`);
  return r.value as T;
}

export { expect };
