import type { Hearing } from '../../../../shared/model/people';
import { label } from '../../../../shared/model/enums';
import { call } from '../../api/client';
import type { Column } from '../../components/VirtualTable';
import { formatFlexDate } from '../../lib/format';
import { recordRoutes } from '../shared/recordRoutes';
import { HearingDetail } from './HearingDetail';
import { HearingFormPage } from './HearingForm';

const COLUMNS: Column<Hearing>[] = [
  { id: 'title', header: 'Title', width: 'minmax(8rem, 1fr)', render: (h) => <span className="cell-title" title={h.title}>{h.title}</span> },
  { id: 'date', header: 'Date', width: '7rem', render: (h) => formatFlexDate(h.date) || <span className="muted">—</span> },
  { id: 'type', header: 'Kind', width: '9rem', render: (h) => label(h.type) },
  { id: 'place', header: 'Place', width: '8rem', render: (h) => h.placeName ?? <span className="muted">—</span> },
];

export const hearingRoutes = recordRoutes({
  path: 'hearings',
  listLabel: 'Hearings list',
  detailLabel: 'Selected hearing or forum',
  pane: {
    title: 'Hearings & forums',
    newLabel: 'New hearing or forum',
    noun: ['hearing or forum', 'hearings and forums'],
    columns: COLUMNS,
    fetchPage: (text, offset, limit) => call('hearings.list', { text, offset, limit }),
    filterLabel: 'Filter by title',
    empty: { title: 'No hearings or forums yet', body: <p>Public hearings, community forums, private statement sessions and memorial dedications: who took part, what was said and what was agreed.</p> },
  },
  Detail: HearingDetail,
  Form: HearingFormPage,
});
