import type { Ctx } from '../context';
import type { HandlersOf } from '../handlers';
import { requireReadable, requireReadablePassage } from '../access/readable';
import { passagesForReader } from '../access/redactedReading';
import { requireCodable } from './checks';
import { importCues } from './importCues';
import { codingOf } from './passages';
import { codeFields, createPassage, editPassage, segmentFields } from './passageWrites';
import { confirmPassage, removePassage } from './review';
import { tagTestimony, untagTestimony } from './tags';

/** Coding testimony: whole-testimony themes, coded passages, segments and cue files. */
// A testimony the caller may not read can be neither read nor coded: it answers as if it were not there.
const mine = (ctx: Ctx, testimonyId: string) => (requireReadable(ctx.db, ctx.session.user.role, testimonyId), testimonyId);
const minePassage = (ctx: Ctx, id: string) => (requireReadablePassage(ctx.db, ctx.session.user.role, id), id);

export const codingHandlers = {
  'coding.get': (ctx, i) => {
    const coding = codingOf(ctx.db, mine(ctx, i.testimonyId));
    // A researcher reads the transcript redacted: passages are placed and quoted on that text.
    return { ...coding, passages: passagesForReader(ctx.db, ctx.session.user.role, i.testimonyId, coding.passages) };
  },
  'coding.tag': (ctx, i) => tagTestimony(ctx, mine(ctx, i.testimonyId), i.themeId, i.note),
  'coding.untag': (ctx, i) => untagTestimony(ctx, mine(ctx, i.testimonyId), i.themeId),
  'coding.code': (ctx, i) => createPassage(ctx, requireCodable(ctx.db, mine(ctx, i.testimonyId)), 'code', i.range, codeFields(i.data)),
  'coding.addSegment': (ctx, i) => createPassage(ctx, requireCodable(ctx.db, mine(ctx, i.testimonyId)), 'segment', i.range, segmentFields(i.data)),
  'coding.updateCode': (ctx, i) => editPassage(ctx, minePassage(ctx, i.id), 'code', i.expectedVersion, codeFields(i.data), i.range),
  'coding.updateSegment': (ctx, i) => editPassage(ctx, minePassage(ctx, i.id), 'segment', i.expectedVersion, segmentFields(i.data), i.range),
  'coding.confirm': (ctx, i) => confirmPassage(ctx, minePassage(ctx, i.id), i.expectedVersion),
  'coding.remove': (ctx, i) => removePassage(ctx, minePassage(ctx, i.id)),
  'coding.importCues': (ctx, i) => importCues(ctx, mine(ctx, i.testimonyId), i.format, i.text, i.filename),
} satisfies HandlersOf<'coding.get' | 'coding.tag' | 'coding.untag' | 'coding.code' | 'coding.addSegment' | 'coding.updateCode' | 'coding.updateSegment' | 'coding.confirm' | 'coding.remove' | 'coding.importCues'>;
