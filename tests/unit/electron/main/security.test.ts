import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  externalUrl,
  isAllowedNavigation,
  isTrustedSender,
  permissionPolicy,
  resolveAppAsset,
  secureWebPreferences,
  windowOpenPolicy,
} from '../../../../electron/main/security';

/** Directive name → its sources, so assertions do not depend on the order or spacing. */
function csp(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the content security policy', () => {
  it.each([
    ['default-src', ["'self'", 'app:']],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['frame-src', ["'none'"]],
  ])('sets %s to exactly %j', (name, sources) => {
    expect(csp().get(name)).toEqual(sources);
  });

  it.each(["'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'blob:', 'file:', 'ws:'])(
    'never allows %s anywhere',
    (source) => {
      for (const [name, sources] of csp()) expect(sources, name).not.toContain(source);
    },
  );

  it('is a single header line with every directive named once', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
    const names = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('isAllowedNavigation', () => {
  it.each([APP_ENTRY, 'app://tessera/', 'app://tessera/testimonies/T-1', 'app://tessera/index.html#/people', 'app://TESSERA/index.html'])(
    'allows the app itself: %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    ['the web', 'https://example.org/'],
    ['plain http', 'http://tessera/'],
    ['a look-alike host', 'app://tessera.evil.example/'],
    ['a host with a suffix', 'app://tesserax/'],
    ['another app host', 'app://other/index.html'],
    ['credentials', 'app://user:pass@tessera/'],
    ['a port', 'app://tessera:8080/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a Windows file URL', 'file:///C:/Windows/win.ini'],
    ['a UNC path', '\\\\attacker\\share\\index.html'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:app://tessera/1234'],
    ['about:blank', 'about:blank'],
    ['chrome internals', 'chrome://settings'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['an app URL without a host', 'app:///index.html'],
    ['an opaque app URL', 'app:tessera/index.html'],
    ['a relative path', '/index.html'],
    ['an empty string', ''],
    ['garbage', 'not a url'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { href: APP_ENTRY }],
    ['a huge string', `app://tessera/${'a'.repeat(10_000)}`],
  ])('refuses %s', (_, url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('windowOpenPolicy', () => {
  function open(url: unknown) {
    const opened: string[] = [];
    const result = windowOpenPolicy(url, (u) => opened.push(u));
    return { result, opened };
  }

  it.each([
    ['https://example.org/report?id=1#top', 'https://example.org/report?id=1#top'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['  https://example.org/ ', 'https://example.org/'],
    ['https://例子.测试/', 'https://xn--fsqu00a.xn--0zwm56d/'],
  ])('sends the web link %s to the browser, normalised, and opens no window', (url, expected) => {
    const { result, opened } = open(url);
    expect(result).toEqual({ action: 'deny' });
    expect(opened).toEqual([expected]);
  });

  it.each([
    ['javascript', 'javascript:alert(document.domain)'],
    ['javascript in capitals', 'JavaScript:alert(1)'],
    ['javascript with leading space', '  javascript:alert(1)'],
    ['javascript with a tab inside', 'java\tscript:alert(1)'],
    ['a file URL', 'file:///etc/passwd'],
    ['a file URL to a share', 'file://attacker/share/payload.exe'],
    ['a UNC path', '\\\\attacker\\share\\payload.exe'],
    ['a protocol-relative path', '//attacker/share'],
    ['smb', 'smb://attacker/share'],
    ['ms-msdt (Follina)', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['search-ms', 'search-ms:query=secret&crumb=location:\\\\attacker\\share'],
    ['a custom scheme', 'tessera-evil://do-something'],
    ['mailto', 'mailto:someone@example.org'],
    ['data', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['our own app', APP_ENTRY],
    ['about:blank', 'about:blank'],
    ['credentials in a web link', 'https://user:pass@example.org/'],
    ['a user name in a web link', 'https://bank.example@evil.example/'],
    ['a scheme alone', 'https:'],
    ['a relative link', 'report.html'],
    ['an empty string', ''],
    ['a non-string', { toString: (): string => 'https://example.org/' }],
    ['undefined', undefined],
  ])('refuses %s: no window and nothing opened', (_, url) => {
    const { result, opened } = open(url);
    expect(result).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });

  it('hands the browser the parsed URL, not the raw string', () => {
    expect(externalUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(externalUrl('https://example.org/\n')).toBe('https://example.org/');
  });
});

describe('permissionPolicy', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'unknown',
    '',
    'anything-new-in-a-future-electron',
  ])('denies %s', (permission) => {
    expect(permissionPolicy(permission)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const ours = new Set([3, 7]);
  const good = { frameUrl: APP_ENTRY, isMainFrame: true, webContentsId: 3 };

  it('accepts the top frame of one of our windows showing the app', () => {
    expect(isTrustedSender(good, ours)).toBe(true);
    expect(isTrustedSender({ ...good, frameUrl: 'app://tessera/people#/p/1', webContentsId: 7 }, [3, 7])).toBe(true);
  });

  it.each([
    ['a window that is not ours', { webContentsId: 99 }],
    ['a sub-frame', { isMainFrame: false }],
    ['a frame showing the web', { frameUrl: 'https://evil.example/' }],
    ['a frame showing a file', { frameUrl: 'file:///home/user/evil.html' }],
    ['a look-alike host', { frameUrl: 'app://tessera.evil/' }],
    ['a data URL', { frameUrl: 'data:text/html,hi' }],
    ['about:blank', { frameUrl: 'about:blank' }],
    ['a frame that has gone', { frameUrl: undefined }],
    ['an empty URL', { frameUrl: '' }],
    ['an unknown sender id', { webContentsId: -1 }],
  ])('refuses %s', (_, change) => {
    expect(isTrustedSender({ ...good, ...change }, ours)).toBe(false);
  });

  it('refuses everyone when no window is ours', () => {
    expect(isTrustedSender(good, [])).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const root = path.resolve('/srv/tessera/out/renderer');
  const at = (...p: string[]) => path.join(root, ...p);

  it.each([
    ['app://tessera/', at('index.html')],
    ['app://tessera', at('index.html')],
    ['app://tessera/index.html', at('index.html')],
    ['app://tessera/index.html?x=1#/people', at('index.html')],
    ['app://tessera/assets/index-abc123.js', at('assets', 'index-abc123.js')],
    ['app://tessera/assets/fonts/Noto%20Sans.woff2', at('assets', 'fonts', 'Noto Sans.woff2')],
    ['app://tessera/assets/%D0%B0%D1%80%D1%85%D0%B8%D0%B2.css', at('assets', 'архив.css')],
    ['app://tessera/assets/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81.png', at('assets', 'أرشيف.png')],
    ['app://tessera/testimonies', at('index.html')],
    ['app://tessera/people/P-0001/edit', at('index.html')],
    // The URL parser itself removes these dot segments, so they stay inside the folder.
    ['app://tessera/../../etc/passwd.txt', at('etc', 'passwd.txt')],
    ['app://tessera/%2e%2e/%2E%2E/secret.txt', at('secret.txt')],
  ])('maps %s inside the folder', (url, file) => {
    expect(resolveAppAsset(url, root)).toBe(file);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://tessera.evil/index.html'],
    ['credentials', 'app://a:b@tessera/index.html'],
    ['a port', 'app://tessera:1/index.html'],
    ['http', 'http://tessera/index.html'],
    ['file', 'file:///etc/passwd'],
    ['a hostless URL', 'app:///etc/passwd'],
    ['an opaque URL', 'app:../../etc/passwd'],
    ['an encoded slash before dots', 'app://tessera/assets/..%2f..%2f..%2fetc%2fpasswd'],
    ['an encoded slash', 'app://tessera/assets%2findex.js'],
    ['backslashes', 'app://tessera/..\\..\\Windows\\win.ini'],
    ['encoded backslashes', 'app://tessera/assets/..%5c..%5csecret.txt'],
    ['a double-encoded dot segment', 'app://tessera/%252e%252e/secret.txt'],
    ['an encoded dot segment after decoding', 'app://tessera/assets/%2e%2e%2fsecret.txt'],
    ['a mixed encoded dot segment', 'app://tessera/assets/.%2e%2fsecret.txt'],
    ['a NUL', 'app://tessera/index.html%00.png'],
    ['a raw NUL', 'app://tessera/index.html\u0000.png'],
    ['a control character', 'app://tessera/index%0a.html'],
    ['an absolute path in a segment', 'app://tessera//etc/passwd'],
    ['a Windows drive', 'app://tessera/C:/Windows/win.ini'],
    ['an encoded Windows drive', 'app://tessera/C%3A%5CWindows%5Cwin.ini'],
    ['an NTFS stream', 'app://tessera/index.html::$DATA'],
    ['a UNC path', 'app://tessera/%5c%5cattacker%5cshare%5cx.js'],
    ['a Windows device name', 'app://tessera/CON.js'],
    ['a Windows device name in a folder', 'app://tessera/assets/nul.txt'],
    ['a hidden file', 'app://tessera/.env'],
    ['a hidden folder', 'app://tessera/.git/config'],
    ['a trailing slash', 'app://tessera/assets/'],
    ['a malformed escape', 'app://tessera/%E0%A4%A.js'],
    ['a lone percent', 'app://tessera/100%.js'],
    ['not a string', 42],
    ['an empty string', ''],
  ])('refuses %s', (_, url) => {
    expect(resolveAppAsset(url, root)).toBeNull();
  });

  it('keeps Windows paths inside the folder too', () => {
    const winRoot = 'C:\\Program Files\\Tessera\\resources\\app.asar\\out\\renderer';
    expect(resolveAppAsset('app://tessera/assets/a.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of ['app://tessera/..%5c..%5cx.dll', 'app://tessera/D:%5Cx.dll', 'app://tessera/assets/AUX.css', 'app://tessera/a.js%3A%24DATA']) {
      expect(resolveAppAsset(url, winRoot, path.win32), url).toBeNull();
    }
  });

  it('never returns a path outside the folder, whatever the input', () => {
    const pieces = ['..', '.', '%2e', '%2E%2e', '%2f', '%5c', '\\', '/', 'a', 'b.js', '%00', ':', 'C:', '~', '%252e'];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const url = `app://tessera/${a}${b}/${c}x.js`;
          const file = resolveAppAsset(url, root);
          if (file !== null) expect(path.relative(root, file).startsWith('..'), url).toBe(false);
        }
  });
});

describe('secureWebPreferences', () => {
  it('turns on every isolation Electron offers and keeps the preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      preload: '/app/out/preload/index.cjs',
    });
  });
});
