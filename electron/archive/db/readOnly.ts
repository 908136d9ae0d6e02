import Database from 'better-sqlite3';
import { nativeBindingPath } from './native';

/**
 * The archive's database opened read-only and without the archive lock (the app holds it), as a
 * job's worker thread reads it: exports and PDFs see one consistent moment of the archive inside
 * a read transaction while the app goes on writing.
 */
export function openReadOnly(file: string): Database.Database {
  const nativeBinding = nativeBindingPath();
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (e) {
    throw new Error(`Tessera could not read the archive database ${file} (${(e as { code?: string }).code ?? (e as Error).message}). Check that the archive folder is still there, then try again.`);
  }
}
