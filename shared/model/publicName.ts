/**
 * The name a public output shows for a person: their name only with their consent to be named,
 * otherwise their pseudonym, or — when they have none — the wording `withheldAs` (testimony
 * outputs: "A narrator (name withheld)"; memorials: "Name withheld", since the person honoured
 * on a marker is not necessarily a narrator). Part of the publish policy
 * (electron/archive/publish/policy.ts), kept here so that the interface can show people exactly
 * what a public output will print.
 */
export const NARRATOR_NAME_WITHHELD = 'A narrator (name withheld)';

/** What a memorial or marker prints for an honouree who has not consented and has no pseudonym. */
export const MARKER_NAME_WITHHELD = 'Name withheld';

export function publicName(p: { name: string; pseudonym: string; consentToBeNamed: boolean }, withheldAs: string = NARRATOR_NAME_WITHHELD): string {
  if (p.consentToBeNamed) return p.name;
  return p.pseudonym.trim() || withheldAs;
}
