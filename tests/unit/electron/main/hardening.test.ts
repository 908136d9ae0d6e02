import { describe, expect, it, vi } from 'vitest';
import { hardenSession, type HardenedSession } from '../../../../electron/main/session';
import {
  APP_ENTRY,
  confirmOpenExternal,
  EXTERNAL_LINK_BUTTONS,
  externalLinkPrompt,
  isAllowedDownload,
  isAllowedRequest,
  SPELLCHECK_DICTIONARY_URL,
  type ExternalLinkPrompt,
} from '../../../../electron/main/security';

/** The shell's remaining checklist items: links only after a yes, no remote requests or downloads. */

describe('confirmOpenExternal', () => {
  function attempt(url: unknown, answer: number | 'no answer') {
    const asked: ExternalLinkPrompt[] = [];
    const opened: string[] = [];
    const ask = (prompt: ExternalLinkPrompt) => {
      asked.push(prompt);
      return answer === 'no answer' ? Promise.reject(new Error('the dialog failed')) : Promise.resolve({ response: answer });
    };
    const result = confirmOpenExternal(url, ask, (href) => opened.push(href));
    return { result, asked, opened };
  }
  const OPEN = EXTERNAL_LINK_BUTTONS.indexOf('Open in Browser');

  it('opens a web address once the person chooses "Open in Browser", showing them the whole address', async () => {
    const { result, asked, opened } = attempt('https://example.org/report?id=1#top', OPEN);
    expect(await result).toBe(true);
    expect(opened).toEqual(['https://example.org/report?id=1#top']);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.detail).toBe('https://example.org/report?id=1#top');
  });

  it('shows a look-alike international name as the host it really is', async () => {
    const { asked, opened, result } = attempt('https://аррӏе.com/login', OPEN); // Cyrillic letters
    await result;
    expect(asked[0]!.detail).toBe('https://xn--80ak6aa92e.com/login');
    expect(opened).toEqual(['https://xn--80ak6aa92e.com/login']);
  });

  it.each([
    ['Cancel', 0],
    ['Escape (the cancel button)', externalLinkPrompt('https://x.example/').cancelId],
    ['an answer that is not a button', 7],
    ['a negative answer', -1],
  ])('opens nothing when the person answers %s', async (_, response) => {
    const { result, asked, opened } = attempt('https://example.org/', response);
    expect(await result).toBe(false);
    expect(asked).toHaveLength(1);
    expect(opened).toEqual([]);
  });

  it('opens nothing when the dialog itself fails', async () => {
    const { result, opened } = attempt('https://example.org/', 'no answer');
    await expect(result).rejects.toThrow('the dialog failed');
    expect(opened).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    '\\\\attacker\\share\\payload.exe',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:someone@example.org',
    'https://user:pass@example.org/',
    APP_ENTRY,
    '',
    undefined,
    42,
  ])('never asks about, nor opens, %j', async (url) => {
    const { result, asked, opened } = attempt(url, OPEN);
    expect(await result).toBe(false);
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('makes Cancel the default and the answer to Escape', () => {
    const prompt = externalLinkPrompt('https://example.org/');
    expect(prompt.buttons[prompt.defaultId]).toBe('Cancel');
    expect(prompt.buttons[prompt.cancelId]).toBe('Cancel');
    expect(prompt.type).toBe('question');
  });
});

describe('isAllowedRequest', () => {
  it.each([APP_ENTRY, 'app://tessera/assets/index-1.js', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://tessera/5f0c', 'devtools://devtools/bundled/inspector.html'])(
    'lets the app load %s',
    (url) => expect(isAllowedRequest(url)).toBe(true),
  );

  it.each([
    'https://example.org/tracker.gif',
    'http://127.0.0.1:8080/',
    'HTTPS://EXAMPLE.ORG/',
    'wss://example.org/socket',
    'ws://localhost/',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'file://attacker/share/x.js',
    'not a url',
    '',
    undefined,
  ])('cancels %j', (url) => expect(isAllowedRequest(url)).toBe(false));
});

describe('isAllowedDownload', () => {
  it.each(['app://tessera/job-results/1b7c2d', 'blob:app://tessera/8a1e-44'])('accepts %s from the app', (url) => expect(isAllowedDownload(url)).toBe(true));

  it.each([
    'https://example.org/setup.exe',
    'blob:https://example.org/8a1e',
    'blob:app://evil/8a1e',
    'data:application/octet-stream;base64,TVqQ',
    'file:///etc/passwd',
    'app://other/job-results/1',
    '',
    null,
  ])('refuses %j', (url) => expect(isAllowedDownload(url)).toBe(false));
});

describe('hardenSession', () => {
  function fakeSession() {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const ses = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
      on: vi.fn((event: string, fn: (...args: unknown[]) => void) => listeners.set(event, fn)),
    };
    return { ses, listeners };
  }
  type Handler = (...args: unknown[]) => unknown;
  const handlerOf = (mock: { mock: { calls: unknown[][] } }, index = 0) => mock.mock.calls[0]![index] as Handler;

  it('denies every permission and device, asks no server for dictionaries, and cancels remote requests and downloads', () => {
    const { ses, listeners } = fakeSession();
    const log = vi.fn();
    hardenSession(ses as unknown as HardenedSession, log);

    const granted = vi.fn();
    handlerOf(ses.setPermissionRequestHandler)({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(handlerOf(ses.setPermissionCheckHandler)({}, 'clipboard-read')).toBe(false);
    expect(handlerOf(ses.setDevicePermissionHandler)({ deviceType: 'usb' })).toBe(false);

    const dictionaries = ses.setSpellCheckerDictionaryDownloadURL.mock.calls[0]![0] as string;
    expect(dictionaries).toBe(SPELLCHECK_DICTIONARY_URL);
    expect(dictionaries.startsWith('app://tessera/')).toBe(true);
    expect(dictionaries.endsWith('/')).toBe(true);

    const answer = vi.fn();
    handlerOf(ses.webRequest.onBeforeRequest)({ url: 'https://example.org/pixel.gif' }, answer);
    handlerOf(ses.webRequest.onBeforeRequest)({ url: 'app://tessera/assets/a.js' }, answer);
    expect(answer.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);

    const download = listeners.get('will-download')!;
    const away = { preventDefault: vi.fn() };
    const home = { preventDefault: vi.fn() };
    download(away, { getURL: () => 'https://example.org/setup.exe' });
    download(home, { getURL: () => 'app://tessera/job-results/1' });
    expect(away.preventDefault).toHaveBeenCalled();
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(2);
  });
});
