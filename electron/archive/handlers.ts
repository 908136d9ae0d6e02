import type { Database } from 'better-sqlite3';
import type { MethodName, Output, ParsedInput } from '../../shared/api';
import type { ArchiveInfo } from '../../shared/api/archive';
import type { Ctx, Session } from './context';
import { readableHistory } from './access/history';
import { checkNewTestimony, checkTestimonyChange } from './access/testimonyWrites';
import { jobsSeenBy, requireVisibleJob } from './access/jobs';
import { readableWhere, readParams } from './access/readable';
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
import { listTestimonies, readTestimony } from './testimonies/queries';
import { createTestimony, setWithdrawn, updateTestimony } from './testimonies/mutations';
import { peekRef } from './testimonies/refs';
import { embargoHandlers } from './testimonies/embargoReview';
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
import { redactionHandlers } from './redactions/handlers';
import { preservationHandlers } from './preservation/handlers';
import { accountHandlers, type SessionMethod } from './accounts/handlers';
import { backupHandlers, backupWorkspaceHandlers } from './backup/handlers';
import { importHandlers } from './imports/handlers';
import { attachmentHandlers } from './attachments/handlers';
import { exportHandlers } from './exports/handlers';
import { archiveJsonHandlers } from './archiveJson/handlers';

type WorkspaceMethod = Extract<MethodName, `workspace.${string}`>;
/** Methods of scope 'archive': an open archive and a signed-in user (ctx.session is never null). */
export type ArchiveMethod = Exclude<MethodName, WorkspaceMethod | SessionMethod>;

export type Handlers = { [M in ArchiveMethod]: (ctx: Ctx, input: ParsedInput<M>) => Output<M> };
/** The handlers of some of the methods: each domain that has many keeps its own table. */
export type HandlersOf<M extends ArchiveMethod> = Pick<Handlers, M>;
/** Workspace methods run before anyone signs in (each archive has its own accounts): session may be null. */
type WorkspaceHandlers = { [M in WorkspaceMethod]: (ws: Workspace, session: Session | null, input: ParsedInput<M>) => Output<M> };

function count(db: Database, q: string): number {
  return (db.prepare(q).get(readParams()) as { n: number }).n;
}

export function archiveInfo(db: Database, dir: string, isDefault: boolean, session: Session): ArchiveInfo {
  // Testimony counts are of what the caller may read: a count of sealed records is not theirs to see.
  const mine = readableWhere('testimonies', session.user.role);
  const levels = db.prepare(`SELECT access_level AS level, count(*) AS n FROM testimonies WHERE withdrawn = 0 AND ${mine} GROUP BY access_level`).all(readParams()) as { level: string; n: number }[];
  return {
    path: dir,
    name: readSettings(db).archiveName,
    isDefault,
    schemaVersion: SCHEMA_VERSION,
    user: session.user,
    counts: {
      testimonies: count(db, `SELECT count(*) AS n FROM testimonies WHERE withdrawn = 0 AND ${mine}`),
      withdrawn: count(db, `SELECT count(*) AS n FROM testimonies WHERE withdrawn = 1 AND ${mine}`),
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
  'archive.history': (ctx, i) => readableHistory(ctx.db, ctx.session.user.role, i.entityType, i.entityId),
  'archive.loadSample': (ctx) => loadSample(ctx),
  'settings.get': (ctx) => readSettings(ctx.db),
  'settings.update': (ctx, i) => writeSettings(ctx, i),
  'testimonies.list': (ctx, i) => listTestimonies(ctx.db, i, ctx.session.user.role),
  'testimonies.get': (ctx, i) => readTestimony(ctx.db, ctx.session.user.role, i),
  'testimonies.create': (ctx, i) => (checkNewTestimony(ctx.session.user.role, i.data), createTestimony(ctx, i.data)),
  'testimonies.createMany': (ctx, i) => (i.items.forEach((data) => checkNewTestimony(ctx.session.user.role, data)), i.items.map((data) => createTestimony(ctx, data))),
  'testimonies.update': (ctx, i) => (checkTestimonyChange(ctx.db, ctx.session.user.role, i.id, i.data), updateTestimony(ctx, i.id, i.expectedVersion, i.data)),
  'testimonies.withdraw': (ctx, i) => (checkTestimonyChange(ctx.db, ctx.session.user.role, i.id), setWithdrawn(ctx, i.id, true, i.reason)),
  'testimonies.restore': (ctx, i) => (checkTestimonyChange(ctx.db, ctx.session.user.role, i.id), setWithdrawn(ctx, i.id, false)),
  'testimonies.nextRef': (ctx) => ({ ref: peekRef(ctx.db).ref }),
  ...embargoHandlers,
  'people.list': (ctx, i) => listPeople(ctx.db, i, ctx.session.user.role),
  'people.get': (ctx, i) => getPerson(ctx.db, i.id, ctx.session.user.role),
  'people.create': (ctx, i) => createPerson(ctx, i.data),
  'people.update': (ctx, i) => updatePerson(ctx, i.id, i.expectedVersion, i.data),
  'places.list': (ctx, i) => listPlaces(ctx.db, i, ctx.session.user.role),
  'places.get': (ctx, i) => getPlace(ctx.db, i.id, ctx.session.user.role),
  'places.create': (ctx, i) => createPlace(ctx, i.data),
  'places.update': (ctx, i) => updatePlace(ctx, i.id, i.expectedVersion, i.data),
  'hearings.list': (ctx, i) => listHearings(ctx.db, i, ctx.session.user.role),
  'hearings.get': (ctx, i) => getHearing(ctx.db, i.id, ctx.session.user.role),
  'hearings.create': (ctx, i) => createHearing(ctx, i.data),
  'hearings.update': (ctx, i) => updateHearing(ctx, i.id, i.expectedVersion, i.data),
  'search.query': (ctx, i) => search(ctx.db, i, ctx.session.user.role),
  'search.exportCsv': (ctx, i) => exportSearchCsv(ctx.db, i, ctx.now, ctx.session.user.role),
  'search.saved.list': (ctx) => listSaved(ctx.db),
  'search.saved.save': (ctx, i) => saveSearch(ctx, i),
  'search.saved.delete': (ctx, i) => deleteSaved(ctx, i.id),
  'jobs.list': (ctx) => jobsSeenBy(ctx.db, ctx.session.user.role, listJobs(ctx.db)),
  'jobs.get': (ctx, i) => (requireVisibleJob(ctx.db, ctx.session.user.role, getJob(ctx.db, i.id)), getJob(ctx.db, i.id)),
  'jobs.cancel': (ctx, i) => (requireVisibleJob(ctx.db, ctx.session.user.role, getJob(ctx.db, i.id)), cancelJob(ctx.db, i.id)),
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
  ...accountHandlers,
  ...backupHandlers,
  ...preservationHandlers,
  ...redactionHandlers,
  ...importHandlers,
  ...attachmentHandlers,
  ...exportHandlers,
  ...archiveJsonHandlers,
};

/**
 * What workspace.open/create/openDefault answer. Nobody is signed in to the archive just opened
 * (each archive has its own accounts), so without a session the answer names no user and shows
 * no counts: those wait for sign-in (archive.info).
 */
function infoOf(ws: Workspace, session: Session | null): ArchiveInfo {
  const a = ws.current();
  if (!a) throw new Error('no archive open after switching');
  if (session) return archiveInfo(a.db, a.dir, a.isDefault, session);
  return {
    path: a.dir,
    name: readSettings(a.db).archiveName,
    isDefault: a.isDefault,
    schemaVersion: SCHEMA_VERSION,
    user: { name: '', role: 'researcher' },
    counts: { testimonies: 0, withdrawn: 0, people: 0, places: 0, hearings: 0 },
    byAccessLevel: {},
  };
}

/** Methods that choose which archive is open. */
export const workspaceHandlers: WorkspaceHandlers = {
  'workspace.recent': (ws) => ws.recent(),
  'workspace.open': (ws, s, i) => (ws.open(i.path), infoOf(ws, s)),
  'workspace.create': (ws, s, i) => (ws.create(i.path, i.name, s), infoOf(ws, s)),
  'workspace.openDefault': (ws, s) => (ws.openDefault(s), infoOf(ws, s)),
  ...backupWorkspaceHandlers,
};
