import type { Database } from 'better-sqlite3';
import { sql as m001 } from './001-initial';
import { after as a002, sql as m002 } from './002-ref-sort';
import { after as a003, sql as m003 } from './003-search';
import { sql as m004 } from './004-themes';
import { after as a005, sql as m005 } from './005-audit-chain';
import { sql as m006 } from './006-markers';
import { sql as m007 } from './007-reports';
import { sql as m008 } from './008-accounts';
import { sql as m009 } from './009-redactions';
import { sql as m010 } from './010-embargo-review';
import { sql as m011 } from './011-imports';

export interface Migration {
  version: number;
  name: string;
  /** The schema change. */
  sql: string;
  /** Data work SQL alone cannot do, run right after `sql` in the same transaction. */
  after?: (db: Database) => void;
}

/** Every schema version in order. Append only: never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m001 },
  { version: 2, name: 'ref-sort', sql: m002, after: a002 },
  { version: 3, name: 'search', sql: m003, after: a003 },
  { version: 4, name: 'themes', sql: m004 },
  { version: 5, name: 'audit-chain', sql: m005, after: a005 },
  { version: 6, name: 'markers', sql: m006 },
  { version: 7, name: 'reports', sql: m007 },
  { version: 8, name: 'accounts', sql: m008 },
  { version: 9, name: 'redactions', sql: m009 },
  { version: 10, name: 'embargo-review', sql: m010 },
  { version: 11, name: 'imports', sql: m011 },
];
