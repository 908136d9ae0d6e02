/**
 * The name a public output shows for a person: their name only with their consent to be named,
 * otherwise their pseudonym (or "A narrator (name withheld)" when they have none). Part of the
 * publish policy (electron/archive/publish/policy.ts), kept here so that the interface can show
 * people exactly what a public output will print.
 */
export function publicName(p: { name: string; pseudonym: string; consentToBeNamed: boolean }): string {
  if (p.consentToBeNamed) return p.name;
  return p.pseudonym.trim() || 'A narrator (name withheld)';
}
