import type { Router } from '../archive/router';

/**
 * Browser mode and end-to-end tests: when the open archive has no accounts yet and both
 * TESSERA_USER and TESSERA_PASSWORD are set, that person becomes its first administrator
 * (through the router, so it is validated and audited like the setup form). Returns what to tell
 * the person starting the server, or null when there was nothing to do.
 */
export function bootstrapAdministrator(router: Router, env: NodeJS.ProcessEnv): string | null {
  const name = env.TESSERA_USER;
  const password = env.TESSERA_PASSWORD;
  if (!name || !password) return null;
  const status = router.call(null, 'auth.status', {});
  if (!status.ok || !status.value.needsSetup) return null;
  const made = router.call(null, 'auth.setup', { name, password });
  return made.ok ? `Created the first administrator of this archive: ${made.value.name}.` : `Could not create the first administrator ${name}: ${made.error.message}`;
}
