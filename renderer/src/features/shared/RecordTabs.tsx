import { useState } from 'react';
import type { EntityType } from '../../../../shared/api';
import { Tabs, type Tab } from '../../components/Tabs';
import { HistoryPanel } from '../history/HistoryPanel';

/**
 * The tabs of a record view: the record's own tabs (the first is shown first), then History from
 * the audit log. Keeps the chosen tab while the reader moves between records.
 */
export function RecordTabs({
  label,
  tabs,
  history,
  current,
  onChange,
}: {
  label: string;
  tabs: Tab[];
  history: { entityType: EntityType; entityId: string; refresh: unknown };
  /** Given with `onChange`, the caller keeps the chosen tab (e.g. in the URL). */
  current?: string;
  onChange?: (id: string) => void;
}) {
  const [tab, setTab] = useState(tabs[0]?.id ?? 'history');
  return <Tabs label={label} current={current ?? tab} onChange={onChange ?? setTab} tabs={[...tabs, { id: 'history', label: 'History', render: () => <HistoryPanel {...history} /> }]} />;
}
