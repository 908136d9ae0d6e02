import type { Database } from 'better-sqlite3';
import type { MethodName, Output, ParsedInput } from '../../shared/api';
import type { ArchiveInfo } from '../../shared/api/archive';
import type { Ctx, Session } from './context';
import { historyOf } from './audit/queries';
import { SCHEMA_VERSION } from './db/migrate';
import { startReadingRoom } from './exports/readingRoom/start';
import { cancelJob, getJob, listJobs } from './jobs/registry';
import { createHearing, getHearing, listHearings, updateHearing } from './hearings/hearings';
import { createPerson, getPerson, listPeople, updatePerson } from './people/people';
import { createPlace, getPlace, listPlaces, updatePlace } from './places/places';
import { loadSample } from './sample/load';
import { search } from './search/query';
import { exportSearchCsv } from './search/exportCsv';
import { deleteSaved, listSaved, saveSearch } from './search/saved';
import { readSettings, writeSettings } from './settings/settings';
import { getTestimony, listTestimonies } from './testimonies/queries';
import { createTestimony, setWithdrawn, updateTestimony } from './testimonies/mutations';
import { peekRef } from './testimonies/refs';
import type { Workspace } from './workspace';
import { thesaurusHandlers } from './themes/handlers';
import { analysisHandlers } from './analysis/handlers';
import { codingHandlers } from './coding/handlers';
import { markerHandlers } from './markers/handlers';
import { reportPdfHandlers } from './reports/pdf/handlers';
import { reportHandlers } from './reports/handlers';
import { findingHandlers } from './findings/handlers';
import { recommendationHandlers } from './recommendations/handlers';
import { recommendationPrintHandlers } from './recommendations/print/handlers';

export type ArchiveMethod = { [M in MethodName]: M extends `workspace.${string}` ? never : M }[MethodName];
type WorkspaceMethod = Exclude<MethodName, ArchiveMethod>;

export type Handlers = { [M in ArchiveMethod]: (ctx: Ctx, input: ParsedInput<M>) => Output<M> };
/** The handlers of some of the methods: each domain that has many keeps its own table. */
export type HandlersOf<M extends ArchiveMethod> = Pick<Handlers, M>;
type WorkspaceHandlers = { [M in WorkspaceMethod]: (ws: Workspace, session: Session, input: ParsedInput<M>) => Output<M> };

function count(db: Database, q: string): number {
  return (db.prepare(q).get() as { n: number }).n;
}

export function archiveInfo(db: Database, dir: string, isDefault: boolean, session: Session): ArchiveInfo {
  const levels = db.prepare('SELECT access_level AS level, count(*) AS n FROM testimonies WHERE withdrawn = 0 GROUP BY access_level').all() as { level: string; n: number }[];
  return {
    path: dir,
    name: readSettings(db).archiveName,
    isDefault,
    schemaVersion: SCHEMA_VERSION,
    user: session.user,
    counts: {
      testimonies: count(db, 'SELECT count(*) AS n FROM testimonies WHERE withdrawn = 0'),
      withdrawn: count(db, 'SELECT count(*) AS n FROM testimonies WHERE withdrawn = 1'),
      people: count(db, 'SELECT count(*) AS n FROM people'),
      places: count(db, 'SELECT count(*) AS n FROM places'),
      hearings: count(db, 'SELECT count(*) AS n FROM hearings'),
    },
    byAccessLevel: Object.fromEntries(levels.map((l) => [l.level, l.n])),
  };
}

/** Each method of the contract that works on the open archive, by name. */
export const handlers: Handlers = {
  'archive.info': (ctx) => archiveInfo(ctx.db, ctx.dir, ctx.isDefault, ctx.session),
  'archive.history': (ctx, i) => historyOf(ctx.db, i.entityType, i.entityId),
  'archive.loadSample': (ctx) => loadSample(ctx),
  'settings.get': (ctx) => readSettings(ctx.db),
  'settings.update': (ctx, i) => writeSettings(ctx, i),
  'testimonies.list': (ctx, i) => listTestimonies(ctx.db, i),
  'testimonies.get': (ctx, i) => getTestimony(ctx.db, i),
  'testimonies.create': (ctx, i) => createTestimony(ctx, i.data),
  'testimonies.createMany': (ctx, i) => i.items.map((data) => createTestimony(ctx, data)),
  'testimonies.update': (ctx, i) => updateTestimony(ctx, i.id, i.expectedVersion, i.data),
  'testimonies.withdraw': (ctx, i) => setWithdrawn(ctx, i.id, true, i.reason),
  'testimonies.restore': (ctx, i) => setWithdrawn(ctx, i.id, false),
  'testimonies.nextRef': (ctx) => ({ ref: peekRef(ctx.db).ref }),
  'people.list': (ctx, i) => listPeople(ctx.db, i),
  'people.get': (ctx, i) => getPerson(ctx.db, i.id),
  'people.create': (ctx, i) => createPerson(ctx, i.data),
  'people.update': (ctx, i) => updatePerson(ctx, i.id, i.expectedVersion, i.data),
  'places.list': (ctx, i) => listPlaces(ctx.db, i),
  'places.get': (ctx, i) => getPlace(ctx.db, i.id),
  'places.create': (ctx, i) => createPlace(ctx, i.data),
  'places.update': (ctx, i) => updatePlace(ctx, i.id, i.expectedVersion, i.data),
  'hearings.list': (ctx, i) => listHearings(ctx.db, i),
  'hearings.get': (ctx, i) => getHearing(ctx.db, i.id),
  'hearings.create': (ctx, i) => createHearing(ctx, i.data),
  'hearings.update': (ctx, i) => updateHearing(ctx, i.id, i.expectedVersion, i.data),
  'search.query': (ctx, i) => search(ctx.db, i),
  'search.exportCsv': (ctx, i) => exportSearchCsv(ctx.db, i, ctx.now),
  'search.saved.list': (ctx) => listSaved(ctx.db),
  'search.saved.save': (ctx, i) => saveSearch(ctx, i),
  'search.saved.delete': (ctx, i) => deleteSaved(ctx, i.id),
  'jobs.list': (ctx) => listJobs(ctx.db),
  'jobs.get': (ctx, i) => getJob(ctx.db, i.id),
  'jobs.cancel': (ctx, i) => cancelJob(ctx.db, i.id),
  'exports.readingRoom': (ctx, i) => startReadingRoom(ctx, i),
  ...thesaurusHandlers,
  ...analysisHandlers,
  ...codingHandlers,
  ...markerHandlers,
  ...reportPdfHandlers,
  ...reportHandlers,
  ...findingHandlers,
  ...recommendationHandlers,
  ...recommendationPrintHandlers,
};

function infoOf(ws: Workspace, session: Session): ArchiveInfo {
  const a = ws.current();
  if (!a) throw new Error('no archive open after switching');
  return archiveInfo(a.db, a.dir, a.isDefault, session);
}

/** Methods that choose which archive is open. */
export const workspaceHandlers: WorkspaceHandlers = {
  'workspace.recent': (ws) => ws.recent(),
  'workspace.open': (ws, s, i) => (ws.open(i.path), infoOf(ws, s)),
  'workspace.create': (ws, s, i) => (ws.create(i.path, i.name, s), infoOf(ws, s)),
  'workspace.openDefault': (ws, s) => (ws.openDefault(s), infoOf(ws, s)),
};
