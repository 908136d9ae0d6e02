import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ChainStatus } from '../../../../shared/api/preservation';
import { call } from '../../api/client';
import { ARCHIVISTS } from '../../../../shared/api/define';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import type { ApiError } from '../../../../shared/api';
import { ChainCard } from './ChainCard';
import { EventsCard } from './EventsCard';
import { VerifyCard } from './VerifyCard';
import './preservation.css';

/**
 * Audit and preservation: whether the audit log's chain holds, verifying the whole archive (the
 * outcome recorded as a fixity check), and the PREMIS events with their export as XML.
 */
export function PreservationPage() {
  const { info, loaded } = useArchive();
  const [chain, setChain] = useState<ChainStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  // The contract's roles for preservation.*.
  const allowed = useRoleIn(ARCHIVISTS);

  const loadChain = useCallback(
    () =>
      call('preservation.chain', {}).then((r) => {
        if (r.ok) setChain(r.value);
        else setError(r.error);
      }),
    [],
  );

  useEffect(() => {
    if (allowed) void loadChain();
  }, [allowed, loadChain]);

  /** A verification was recorded: the chain has a new entry and the events a new fixity check. */
  const refresh = useCallback(() => {
    void loadChain();
    setVersion((v) => v + 1);
  }, [loadChain]);

  if (!loaded) return <Loading what="Opening the archive…" />;
  if (!info) return <EmptyState title="No archive is open">Open an archive to check it.</EmptyState>;
  if (!allowed) {
    return (
      <EmptyState title="Audit and preservation is for administrators and archivists" actions={<Link className="button" to="/">Go to the archive overview</Link>}>
        <p>Ask an administrator or archivist to verify the archive.</p>
      </EmptyState>
    );
  }
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <h1>Audit and preservation</h1>
        <p className="muted">Proof that the archive’s records and history are whole, and the record of what was done to them.</p>
      </header>
      <ApiErrorNotice error={error} />
      <ChainCard chain={chain} />
      <VerifyCard onRecorded={refresh} />
      <EventsCard version={version} />
    </div>
  );
}
