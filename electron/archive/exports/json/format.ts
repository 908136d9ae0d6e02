import type { Database } from 'better-sqlite3';

/**
 * The JSON archive: the complete archive as one folder, loadable into an empty archive by
 * `imports.archive` with the same ids, versions, timestamps and history.
 *
 * ```
 * <out>/archive.json      the records
 * <out>/files/<sha256>    every stored file (its name is its SHA-256, checked on import)
 * ```
 *
 * archive.json is one JSON object, laid out one row per line so that it is written and read as a
 * stream (25,000 long transcripts never sit in memory as one string):
 *
 * ```
 * {"format":"tessera-archive","formatVersion":1,"schemaVersion":11,"exportedAt":"…","archiveName":"…","sequences":{…},"rows":1234,"files":{"count":3,"bytes":…},
 * "tables":{
 * "audit_log":{"columns":["seq","at",…],"rows":[
 * [1,"2026-…",…],
 * [2,"2026-…",…]
 * ]},
 * …
 * }}
 * ```
 *
 * - `tables` holds every table of the database, columns in the schema's order and rows in
 *   storage order, except those in EXCLUDED_TABLES and SQLite's own (`sqlite_*`, the FTS5 index
 *   and its shadow tables, which are rebuilt on import).
 * - A rowid table without an INTEGER PRIMARY KEY carries its hidden `rowid` as its first column,
 *   so rows come back with the same rowids (some lists break ties by rowid).
 * - Values are exact: text as JSON strings, NULL as null, integers as JSON numbers, reals as JSON
 *   numbers with a fraction. What JSON numbers cannot say exactly is an object with one key:
 *   `{"$int":"9007199254740993"}` (beyond 2^53), `{"$real":"45"}` (a real with no fraction, which
 *   would read back as an integer; also "Infinity"), `{"$base64":"…"}` (a blob).
 * - `sequences`: SQLite's AUTOINCREMENT high-water marks (the audit log's is part of its chain).
 */

export const ARCHIVE_FORMAT = 'tessera-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_JSON = 'archive.json';
export const ARCHIVE_FILES = 'files';

/**
 * Tables the JSON archive leaves out, and why:
 * - `users`: the accounts and password hashes belong to each archive; never exported.
 * - `schema_migrations`: when this database's schema was built; derived from the code (the
 *   target has its own, and the schema versions must match).
 * Also left out, found from the schema itself (`tableList`): `sqlite_*` (SQLite's own, e.g.
 * sqlite_sequence, carried as `sequences`), virtual tables (the FTS5 index `search_fts`) and
 * shadow tables (`search_fts_data`, `_idx`, `_docsize`, `_config`): the index is rebuilt on import.
 * Views (`search_content`) hold no rows.
 */
export const EXCLUDED_TABLES: ReadonlySet<string> = new Set(['users', 'schema_migrations']);

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  /** PRAGMA user_version of the exported archive: it loads only into the same schema. */
  schemaVersion: number;
  exportedAt: string;
  archiveName: string;
  sequences: Record<string, number>;
  /** Rows in all the tables: a file cut short is caught, and the import's progress has a total. */
  rows: number;
  files: { count: number; bytes: number };
}

export interface TableShape {
  name: string;
  /** Column names as exported (`rowid` first for a rowid table without an INTEGER PRIMARY KEY). */
  columns: string[];
  /** SQL text ordering the rows as they are stored (rowid, or the primary key of a WITHOUT ROWID table). */
  orderBy: string;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A table or column name for SQL text. Names come from the database's own schema, never from a
 * person, and must look like the identifiers Tessera's migrations use.
 */
export function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Unexpected name in the archive's schema: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

interface TableListRow {
  schema: string;
  name: string;
  type: string;
  wr: number;
}
interface ColumnRow {
  name: string;
  type: string;
  pk: number;
}

/** The tables a JSON archive carries, in name order, with their columns. */
export function archiveTables(db: Database): TableShape[] {
  const tables = (db.pragma('table_list') as TableListRow[])
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && !EXCLUDED_TABLES.has(t.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return tables.map((t) => {
    const cols = db.pragma(`table_info(${quoteIdent(t.name)})`) as ColumnRow[];
    const names = cols.map((c) => c.name);
    const pk = cols.filter((c) => c.pk > 0);
    const rowidAlias = pk.length === 1 && pk[0]?.type.toUpperCase() === 'INTEGER';
    const hiddenRowid = t.wr === 0 && !rowidAlias && !names.some((n) => ['rowid', '_rowid_', 'oid'].includes(n.toLowerCase()));
    const orderBy = t.wr === 0 ? 'rowid' : [...pk].sort((a, b) => a.pk - b.pk).map((c) => quoteIdent(c.name)).join(', ');
    return { name: t.name, columns: hiddenRowid ? ['rowid', ...names] : names, orderBy };
  });
}

/** SQL text for a column list (`rowid` is SQLite's own name and is not quoted). */
export const columnList = (columns: string[]): string => columns.map((c) => (c === 'rowid' ? 'rowid' : quoteIdent(c))).join(', ');

type Marker = { $int: string } | { $real: string } | { $base64: string };
export type JsonValue = null | number | string | Marker;

/** One SQLite value (read with safeIntegers) as the JSON archive writes it. */
export function encodeValue(v: unknown): JsonValue {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : { $int: v.toString() };
  if (typeof v === 'number') return Number.isFinite(v) && !Number.isInteger(v) ? v : { $real: String(v) };
  if (Buffer.isBuffer(v)) return { $base64: v.toString('base64') };
  throw new Error(`A value of an unexpected kind (${typeof v}) in the archive`);
}

/**
 * A value of archive.json as it is bound for SQLite: integers as BigInt (so they are stored as
 * INTEGER, where a JavaScript number would bind as REAL), reals as numbers, blobs as Buffers.
 * Returns undefined for anything archive.json may not hold.
 */
export function decodeValue(v: unknown): null | string | number | bigint | Buffer | undefined {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (typeof v !== 'object' || Array.isArray(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.$int === 'string' && /^-?\d+$/.test(o.$int)) return BigInt(o.$int);
  if (typeof o.$real === 'string') {
    const n = Number(o.$real);
    return Number.isNaN(n) && o.$real !== 'NaN' ? undefined : n;
  }
  if (typeof o.$base64 === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(o.$base64)) return Buffer.from(o.$base64, 'base64');
  return undefined;
}
