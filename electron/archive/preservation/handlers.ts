import type { HandlersOf } from '../handlers';
import { chainStatus } from './chain';
import { listEvents } from './events';
import { startPremisExport } from './startPremis';
import { lastVerification, startVerify } from './verify';

/** The preservation.* methods of the contract. */
export const preservationHandlers: HandlersOf<'preservation.events' | 'preservation.chain' | 'preservation.verify' | 'preservation.lastVerification' | 'preservation.exportPremis'> = {
  'preservation.events': (ctx, i) => listEvents(ctx.db, i),
  'preservation.chain': (ctx) => chainStatus(ctx.db),
  'preservation.verify': (ctx) => startVerify(ctx),
  'preservation.lastVerification': (ctx) => lastVerification(ctx.db),
  'preservation.exportPremis': (ctx, i) => startPremisExport(ctx, i),
};
