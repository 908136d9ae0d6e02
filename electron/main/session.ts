import type { Session } from 'electron';
import { isAllowedDownload, isAllowedRequest, permissionPolicy, SPELLCHECK_DICTIONARY_URL } from './security';

/**
 * Applies the security policy (security.ts) to the session the app's window uses. Only wiring:
 * every decision is one of the tested functions it calls. `ses` is a parameter, so a test can
 * hand it a fake that records what was asked of it.
 */

export type HardenedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerDictionaryDownloadURL' | 'on'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

export function hardenSession(ses: HardenedSession, log: (message: string) => void = console.warn): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionPolicy(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionPolicy(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`Blocked a request that would leave the app: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  ses.on('will-download', (event, item) => {
    if (isAllowedDownload(item.getURL())) return;
    log(`Blocked a download that did not come from the app: ${item.getURL().slice(0, 200)}`);
    event.preventDefault();
  });
}
