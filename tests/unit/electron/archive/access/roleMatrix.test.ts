import { describe, expect, it } from 'vitest';
import { contract, methodNames, type Input, type MethodName } from '../../../../../shared/api';
import { ROLES, type Role } from '../../../../../shared/model/enums';
import type { Session } from '../../../../../electron/archive/context';
import { sampleArchive, stateOf, testimonyData, VALID, type State } from '../sampleInputs';

/**
 * The role matrix (issue 8), enforced in the router: every method of the contract called as every
 * role on the sample archive. A role the method does not name is refused as 'forbidden' and
 * nothing changes; a role it names is never refused as 'forbidden' for a valid input.
 */

/** Methods that choose the open archive or sign in: the host's door calls them, tested by their owners. */
const DOOR_SCOPES = new Set(['workspace', 'session']);

/**
 * Valid inputs that differ by role: the rules on fields (issue 8) refuse a cataloguer who files a
 * sealed testimony or exports the full scope, and a researcher who prints the confidential
 * edition. Those refusals are tested in researcherPaths.test.ts; here each role gets an input its
 * role may send.
 */
const FOR_ROLE: Partial<Record<Role, { [M in MethodName]?: (s: State) => Input<M> }>> = {
  cataloguer: {
    'testimonies.create': (s) => ({ data: { ...testimonyData(s), accessLevel: 'confidential' } }),
    'testimonies.createMany': (s) => ({ items: [{ ...testimonyData(s), accessLevel: 'restricted' }, { title: 'Second', type: 'audio' }] }),
    'search.exportCsv': () => ({ q: 'fire', scope: 'public' }),
    'markers.printRegister': () => ({ filter: {}, edition: 'public', out: 'relative.pdf' }),
  },
  researcher: {
    'markers.printRegister': () => ({ filter: {}, edition: 'public', out: 'relative.pdf' }),
  },
};

/** Writes a researcher may make that change no record of the archive: their saved searches and the audit of a public printout. */
const RESEARCHER_WRITES = new Set<string>(['search.saved.save', 'search.saved.delete', 'markers.printSheet', 'markers.printRegister', 'recommendations.printStatusReport', 'auth.changePassword']);

const sessionOf = (role: Role): Session => ({ user: { name: `Matrix ${role}`, role } });
const archiveMethods = methodNames.filter((m) => !DOOR_SCOPES.has(contract[m].scope));

describe('the role matrix', () => {
  it('matches the issue’s words', () => {
    const writes = (role: Role) => methodNames.filter((m) => contract[m].kind === 'write' && contract[m].roles.includes(role) && contract[m].scope === 'archive');
    // A researcher reads: no write to any record.
    expect(writes('researcher').filter((m) => !RESEARCHER_WRITES.has(m))).toEqual([]);
    // Accounts and settings are the administrator's alone.
    const users = methodNames.filter((m) => m.startsWith('users.'));
    expect(users.length).toBeGreaterThan(0);
    for (const m of [...users, 'settings.update' as const]) expect(contract[m].roles, m).toEqual(['administrator']);
    // Cataloguers create and edit testimony and coding, but not findings, reports or the thesaurus' structure.
    for (const m of ['testimonies.create', 'testimonies.update', 'coding.code', 'coding.tag'] as const) expect(contract[m].roles, m).toContain('cataloguer');
    for (const m of ['findings.create', 'findings.cite', 'reports.create', 'themes.merge', 'exports.readingRoom'] as const) expect(contract[m].roles, m).not.toContain('cataloguer');
    // Commissioners write findings, recommendations and reports, and no testimony.
    for (const m of ['findings.create', 'recommendations.create', 'reports.create'] as const) expect(contract[m].roles, m).toContain('commissioner');
    for (const m of methodNames.filter((n) => n.startsWith('testimonies.') || n.startsWith('coding.'))) if (contract[m].kind === 'write') expect(contract[m].roles, m).not.toContain('commissioner');
    // An administrator may do everything; every method names at least one role; sign-in is open to all.
    for (const m of methodNames) expect(contract[m].roles, m).toContain('administrator');
    for (const m of methodNames.filter((n) => contract[n].scope === 'session')) expect([...contract[m].roles].sort(), m).toEqual([...ROLES].sort());
  });

  for (const role of ROLES) {
    it(`is enforced for every method called as ${role}`, () => {
      const a = sampleArchive();
      const session = sessionOf(role);
      const problems: string[] = [];
      for (const method of archiveMethods) {
        const make = FOR_ROLE[role]?.[method] ?? VALID[method];
        const input: unknown = make ? (make as (s: State) => unknown)(stateOf(a)) : {};
        const allowed = contract[method].roles.includes(role);
        const before = a.fingerprint();
        const r = a.router.call(session, method, input);
        if (!allowed) {
          if (r.ok || r.error.code !== 'forbidden') problems.push(`${method}: ${role} is not in its roles but got ${r.ok ? 'ok' : r.error.code}`);
          if (a.fingerprint() !== before) problems.push(`${method}: refused to ${role} but the archive changed`);
        } else if (!r.ok && !['invalid_input', 'not_found', 'conflict'].includes(r.error.code)) {
          problems.push(`${method}: ${role} is in its roles but got ${r.error.code}: ${r.error.message}`);
        }
      }
      expect(problems).toEqual([]);
      expect(a.logged).toEqual([]);
    }, 120_000);
  }
});
