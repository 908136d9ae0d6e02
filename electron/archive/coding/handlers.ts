import type { HandlersOf } from '../handlers';
import { requireCodable } from './checks';
import { importCues } from './importCues';
import { codingOf } from './passages';
import { codeFields, createPassage, editPassage, segmentFields } from './passageWrites';
import { confirmPassage, removePassage } from './review';
import { tagTestimony, untagTestimony } from './tags';

/** Coding testimony: whole-testimony themes, coded passages, segments and cue files. */
export const codingHandlers = {
  'coding.get': (ctx, i) => codingOf(ctx.db, i.testimonyId),
  'coding.tag': (ctx, i) => tagTestimony(ctx, i.testimonyId, i.themeId, i.note),
  'coding.untag': (ctx, i) => untagTestimony(ctx, i.testimonyId, i.themeId),
  'coding.code': (ctx, i) => createPassage(ctx, requireCodable(ctx.db, i.testimonyId), 'code', i.range, codeFields(i.data)),
  'coding.addSegment': (ctx, i) => createPassage(ctx, requireCodable(ctx.db, i.testimonyId), 'segment', i.range, segmentFields(i.data)),
  'coding.updateCode': (ctx, i) => editPassage(ctx, i.id, 'code', i.expectedVersion, codeFields(i.data), i.range),
  'coding.updateSegment': (ctx, i) => editPassage(ctx, i.id, 'segment', i.expectedVersion, segmentFields(i.data), i.range),
  'coding.confirm': (ctx, i) => confirmPassage(ctx, i.id, i.expectedVersion),
  'coding.remove': (ctx, i) => removePassage(ctx, i.id),
  'coding.importCues': (ctx, i) => importCues(ctx, i.testimonyId, i.format, i.text, i.filename),
} satisfies HandlersOf<'coding.get' | 'coding.tag' | 'coding.untag' | 'coding.code' | 'coding.addSegment' | 'coding.updateCode' | 'coding.updateSegment' | 'coding.confirm' | 'coding.remove' | 'coding.importCues'>;
