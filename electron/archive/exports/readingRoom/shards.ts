import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_GLOBALS, shardFile, type PublicRecord } from '../../../../shared/query/lunrFormat';

/** About 1 MB of records per data file: the page loads only the files of the records it shows. */
export const DEFAULT_SHARD_CHARS = 1_000_000;

/**
 * Writes records into numbered data files as they come, so the whole archive is never held as
 * text in memory twice. Each file adds its records to one global, keyed by its number.
 */
export class ShardWriter {
  private parts: string[] = [];
  private size = 0;
  private number = 1;

  constructor(
    private readonly dir: string,
    private readonly maxChars: number = DEFAULT_SHARD_CHARS,
  ) {}

  /** Adds a record; returns the number of the file it is in. */
  add(record: PublicRecord): number {
    const json = JSON.stringify(record);
    if (this.parts.length > 0 && this.size + json.length > this.maxChars) this.flush();
    this.parts.push(json);
    this.size += json.length;
    return this.number;
  }

  close(): void {
    if (this.parts.length > 0) this.flush();
  }

  private flush(): void {
    const g = `window.${DATA_GLOBALS.shards}`;
    const text = `${g} = ${g} || {};\n${g}[${this.number}] = [\n${this.parts.join(',\n')}\n];\n`;
    writeFileSync(path.join(this.dir, shardFile(this.number)), text);
    this.parts = [];
    this.size = 0;
    this.number += 1;
  }
}
