import path from 'node:path';

/**
 * The Electron shell's security policy as small pure functions. The wiring in index.ts, ipc.ts
 * and protocol.ts stays a few lines; every decision is made (and unit-tested) here. This module
 * must not import `electron`, so that tests and the browser-mode server can use it in plain Node.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'tessera';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', `'self' ${APP_SCHEME}:`],
  ['script-src', `'self'`],
  // React's `style` prop writes through CSSOM, which CSP does not govern, and Vite emits CSS as
  // files, so inline <style> and style="" attributes stay forbidden.
  ['style-src', `'self'`],
  ['img-src', `'self' data:`],
  ['font-src', `'self'`],
  ['media-src', `'self'`],
  ['connect-src', `'self'`],
  ['worker-src', `'self'`],
  ['frame-src', `'none'`],
  ['object-src', `'none'`],
  ['base-uri', `'none'`],
  ['form-action', `'none'`],
  ['frame-ancestors', `'none'`],
];

/** The Content-Security-Policy header sent with every page of the app. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL on the app's own origin (app://tessera), with no credentials or port. */
export function isAppUrl(url: unknown): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname.toLowerCase() === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** A window may only ever navigate within the app itself; everything else is refused. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

/**
 * The http(s) URL to hand to the operating system's browser, normalised, or null when the link
 * must not leave the app: other schemes (javascript:, file:, data:, smb:, custom protocol
 * handlers such as ms-msdt:), UNC and relative paths, and links carrying credentials.
 */
export function externalUrl(url: unknown): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  if (u.hostname === '' || u.username !== '' || u.password !== '') return null;
  return u.href;
}

export type OpenExternal = (url: string) => unknown;

/** The buttons of the confirmation, in order; Cancel is first, the default, and what Escape answers. */
export const EXTERNAL_LINK_BUTTONS = ['Cancel', 'Open in Browser'] as const;
const CANCEL = 0;
const OPEN = 1;

/** The native message box (Electron's MessageBoxOptions) asking before a link leaves the app. */
export interface ExternalLinkPrompt {
  type: 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/**
 * The question put to the person before a web address opens in their browser. It shows the whole
 * normalised address (an international domain appears in its xn-- form, so a look-alike of a
 * familiar name cannot hide), and Cancel is what Enter and Escape choose.
 */
export function externalLinkPrompt(href: string): ExternalLinkPrompt {
  return {
    type: 'question',
    title: 'Open in your browser?',
    message: 'This link leads out of Tessera to the address below. Open it in your web browser?',
    detail: href,
    buttons: [...EXTERNAL_LINK_BUTTONS],
    defaultId: CANCEL,
    cancelId: CANCEL,
    noLink: true,
  };
}

/** Shows the prompt and resolves with the index of the button chosen (dialog.showMessageBox). */
export type AskPerson = (prompt: ExternalLinkPrompt) => Promise<{ response: number }>;

/**
 * Opens a link in the system browser only when it is a plain http(s) address and the person has
 * said yes to the prompt; anything else is refused without asking. Resolves with whether it opened.
 */
export async function confirmOpenExternal(url: unknown, ask: AskPerson, open: OpenExternal): Promise<boolean> {
  const href = externalUrl(url);
  if (href === null) return false;
  const { response } = await ask(externalLinkPrompt(href));
  if (response !== OPEN) return false;
  await open(href);
  return true;
}

/**
 * New windows are never created. Web links go to the injected `openExternal` (in the app, a
 * confirmation and then shell.openExternal: see confirmOpenExternal); anything else is refused.
 */
export function windowOpenPolicy(url: unknown, openExternal: OpenExternal): { action: 'deny' } {
  const external = externalUrl(url);
  if (external !== null) openExternal(external);
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation, clipboard reads...: the archive needs none. */
export function permissionPolicy(_permission: unknown): boolean {
  return false;
}

// Schemes that reach the network or the disk. The app is served entirely from app://; a request
// for anything else from its session is a bug or an injected resource, and is cancelled.
const REMOTE_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * Whether a request made by the app's session may proceed: never to the web or to file://
 * (no remote content, even if the CSP were loosened), nor anything that does not parse.
 * The app's own origin, data: and blob: URLs and Chromium's internal schemes are allowed.
 */
export function isAllowedRequest(url: unknown): boolean {
  const u = parse(url);
  return u !== null && !REMOTE_SCHEMES.has(u.protocol);
}

/**
 * A download is accepted only from the app itself: a finished job's file (app://tessera/job-
 * results/...) or a file the page built (blob:app://tessera/...). Nothing is fetched from the web.
 */
export function isAllowedDownload(url: unknown): boolean {
  const u = parse(url);
  if (u === null) return false;
  if (u.protocol === 'blob:') return isAppUrl(u.pathname);
  return isAppUrl(url);
}

/**
 * Where Chromium would fetch Hunspell spelling dictionaries from (Google's CDN by default on
 * Windows and Linux). It points inside the app, which ships none, so the app never contacts a
 * server to check spelling; macOS uses the system's checker and downloads nothing anyway.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/spellcheck-dictionaries/`;

export interface IpcSender {
  /** `event.senderFrame?.url`; undefined when the frame has gone. */
  frameUrl: string | undefined;
  /** True when the sending frame is the top frame of its page (`senderFrame.parent === null`). */
  isMainFrame: boolean;
  /** `event.sender.id`, the id of the sending WebContents. */
  webContentsId: number;
}

/** An IPC message is answered only from the top frame of one of our windows showing the app. */
export function isTrustedSender(sender: IpcSender, ourWebContentsIds: Iterable<number>): boolean {
  if (!sender.isMainFrame || !isAppUrl(sender.frameUrl)) return false;
  for (const id of ourWebContentsIds) if (id === sender.webContentsId) return true;
  return false;
}

// A segment may hold letters of any script, digits and a little punctuation, but never a dot
// segment, a separator (/ or \), a drive or stream colon, a NUL or other control character, or a
// percent sign left after decoding (a double-encoded name: nothing we ship has one).
const UNSAFE_SEGMENT = /[\\/:%\p{Cc}]/u;
// Windows opens these device names whatever the folder or extension (CON.js is the console).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\.|$)/i;

/**
 * Maps an app:// request to a file inside `rootDir`, or null when the request must be refused
 * (another origin, traversal in any spelling, a hidden file, a malformed escape). An empty path
 * and extensionless paths (client-side routes) are served index.html. Pure: nothing is read.
 * `pathApi` is a parameter so tests can check Windows behaviour on any machine.
 */
export function resolveAppAsset(requestUrl: unknown, rootDir: string, pathApi: path.PlatformPath = path): string | null {
  const u = parse(requestUrl);
  if (!u || !isAppUrl(requestUrl)) return null;
  const raw = u.pathname.replace(/^\//, '');
  if (raw === '') return pathApi.join(rootDir, 'index.html');
  const segments: string[] = [];
  for (const encoded of raw.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment === '' || segment.startsWith('.') || UNSAFE_SEGMENT.test(segment) || WINDOWS_DEVICE.test(segment)) return null;
    segments.push(segment);
  }
  const last = segments[segments.length - 1] ?? '';
  if (!last.includes('.')) return pathApi.join(rootDir, 'index.html');
  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, ...segments);
  const rel = pathApi.relative(root, file);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The type an app asset is served as; unknown kinds are opaque bytes (never sniffed). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The headers every response of the app carries, from app:// in Electron and from the
 * browser-mode server alike: its type, the CSP (documents and workers take it from their own
 * response), no sniffing, no framing, no referrer, no stale cache.
 */
export function assetHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  };
}

/**
 * The only webPreferences a Tessera window is created with, in development as in production.
 * The one difference: a packaged app cannot open the developer tools (the View menu has no entry
 * for them either), so a person at an unlocked screen cannot script the window.
 */
export function secureWebPreferences(preload: string, opts: { packaged?: boolean } = {}) {
  return {
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
    spellcheck: true,
    devTools: !opts.packaged,
    preload,
  } as const;
}
