import { sql as m001 } from './001-initial';

/** Every schema version in order. Append only: never edit a migration that has shipped. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: m001 },
];
