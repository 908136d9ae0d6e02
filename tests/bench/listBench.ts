/** The list queries the Testimonies page makes, timed through the router. */
import type { BenchClient } from './client';
import { measure, summarise, type Latency } from './timing';

export interface ListResult {
  name: string;
  latency: Latency;
}

export function runListBench(client: BenchClient, count: number, runs: number): ListResult[] {
  const { call } = client;
  const one = call('testimonies.list', { limit: 1 }).items[0];
  const cases: [string, () => unknown][] = [
    ['list page 1, by ref', () => call('testimonies.list', { limit: 100 })],
    ['list page 1, by title', () => call('testimonies.list', { limit: 100, sort: 'title' })],
    ['list page 1, by date (desc)', () => call('testimonies.list', { limit: 100, sort: 'date', direction: 'desc' })],
    ['list last page, by ref', () => call('testimonies.list', { limit: 100, offset: Math.max(0, count - 100) })],
    ['list filtered: sealed + draft', () => call('testimonies.list', { limit: 100, accessLevel: ['sealed'], status: ['draft'] })],
    ['list title contains "nandu"', () => call('testimonies.list', { limit: 100, text: 'nandu' })],
    ['get one testimony (with transcript)', () => call('testimonies.get', { id: one?.id ?? '' })],
    ['archive overview counts', () => call('archive.info', {})],
  ];
  return cases.map(([name, fn]) => ({ name, latency: summarise(measure(fn, runs).samples) }));
}
