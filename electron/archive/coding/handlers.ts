import type { HandlersOf } from '../handlers';

/** Coding testimony: whole-testimony themes, coded passages, segments and cue files. */
export const codingHandlers = {} satisfies Partial<HandlersOf<'coding.get' | 'coding.tag' | 'coding.untag' | 'coding.code' | 'coding.addSegment' | 'coding.updateCode' | 'coding.updateSegment' | 'coding.confirm' | 'coding.remove' | 'coding.importCues'>>;
