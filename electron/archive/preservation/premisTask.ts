import { closeSync, openSync, writeSync } from 'node:fs';
import type { PreservationEvent } from '../../../shared/api/preservation';
import { openReadOnly } from '../db/readOnly';
import type { Task } from '../jobs/protocol';
import { eachEvent } from './events';
import { agentKey, objectKey, premisAgent, premisEvent, premisFooter, premisHeader, premisObject } from './premisXml';

/**
 * The PREMIS export job's work, in the worker thread: one read transaction (one consistent moment
 * of the log), a first pass to gather the objects and agents the schema wants before the events,
 * then the events streamed to the work file the runner renames into place when the job is done.
 */
export const writePremisXml: Task<'premis-xml'> = ({ dbFile, workFile }, io) => {
  const db = openReadOnly(dbFile);
  const fd = openSync(workFile, 'w');
  let buffer = '';
  const write = (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 16) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  try {
    return db.transaction(() => {
      io.progress('Reading the audit log');
      const objects = new Map<string, PreservationEvent['object']>([['archive:archive', { type: 'archive', id: 'archive', ref: null }]]);
      const agents = new Map<string, PreservationEvent['agent']>();
      let total = 0;
      for (const e of eachEvent(db)) {
        objects.set(objectKey(e), e.object);
        agents.set(agentKey(e), e.agent);
        total += 1;
      }
      write(premisHeader());
      for (const o of objects.values()) write(premisObject(o));
      let done = 0;
      for (const e of eachEvent(db)) {
        write(premisEvent(e));
        io.progress('Writing the events', ++done, total);
      }
      for (const a of agents.values()) write(premisAgent(a));
      write(premisFooter());
      writeSync(fd, buffer);
      return { summary: `${total.toLocaleString('en')} preservation ${total === 1 ? 'event' : 'events'} about ${objects.size.toLocaleString('en')} records, by ${agents.size.toLocaleString('en')} ${agents.size === 1 ? 'agent' : 'agents'}, as PREMIS 3 XML.` };
    })();
  } finally {
    closeSync(fd);
    db.close();
  }
};
