import type { ChainStatus } from '../../../../shared/api/preservation';
import { Notice } from '../../components/Notice';

/** The audit chain's state in words: it holds, or where it first breaks. */
export function ChainCard({ chain }: { chain: ChainStatus | null }) {
  return (
    <section className="card preservation-card" aria-labelledby="chain-title">
      <h2 id="chain-title">Audit chain</h2>
      <p className="muted">Every change to the archive is written to the audit log, each entry sealing the one before it, so no entry can be changed or removed unnoticed.</p>
      {chain ? <Notice kind={chain.ok ? 'success' : 'error'}>{chain.summary}</Notice> : <p role="status">Checking the audit chain…</p>}
    </section>
  );
}
