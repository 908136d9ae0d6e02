import { useState } from 'react';
import { Link } from 'react-router-dom';
import { themeFilters, type ThemeFilters } from '../../../../../shared/model/themes';
import { call } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { useArchive } from '../../../app/ArchiveContext';
import { RadioGroup } from '../../../components/CheckboxGroup';
import { ApiErrorNotice, Loading } from '../../../components/Notice';
import { errorsFromIssues } from '../../../lib/formErrors';
import { formatCount } from '../../../lib/format';
import { useDownload } from '../ExportButtons';
import { CoOccurrenceTable } from './CoOccurrenceTable';
import { NothingCoded } from './NothingCoded';
import { OverviewFilters } from './OverviewFilters';
import { ThemeBarChart, type Measure } from './ThemeBarChart';
import { ThemeCountsTable } from './ThemeCountsTable';

const NO_FILTERS: ThemeFilters = { collections: [], narratorRoles: [], dateFrom: '', dateTo: '' };
const isEmpty = (f: ThemeFilters) => f.collections.length === 0 && f.narratorRoles.length === 0 && !f.dateFrom.trim() && !f.dateTo.trim();

/** /themes/overview — counts per theme as a chart and a table, and which themes occur together, under filters. */
export function ThemesOverviewPage() {
  const { dataVersion } = useArchive();
  const [typed, setTyped] = useState<ThemeFilters>(NO_FILTERS);
  const [applied, setApplied] = useState<ThemeFilters>(NO_FILTERS);
  const [measure, setMeasure] = useState<Measure>('passages');
  const check = themeFilters.safeParse(typed);
  const errors = check.success ? {} : errorsFromIssues(check.error.issues);
  if (check.success && JSON.stringify(check.data) !== JSON.stringify(applied)) setApplied(check.data);
  const r = useCall('themes.overview', { filters: applied }, dataVersion);
  const download = useDownload();
  const o = r.data;

  return (
    <div className="page themes-overview">
      <div className="page-head overview-head">
        <div>
          <p className="small">
            <Link to="/themes">← Themes</Link>
          </p>
          <h1>Themes overview</h1>
          {o ? (
            <p className="muted" aria-live="polite">
              {formatCount(o.codedTestimonies)} of {formatCount(o.testimonies)} testimonies{isEmpty(applied) ? '' : ' that meet the filters'} carry a theme.
            </p>
          ) : null}
        </div>
        <button type="button" className="button" disabled={download.busy || !o} onClick={() => download.run(() => call('themes.exportPassages', { themeId: null, filters: applied }))}>
          Export coded passages (CSV)
        </button>
      </div>
      <ApiErrorNotice error={download.error} />
      <OverviewFilters value={typed} onChange={setTyped} collections={o?.collections ?? []} errors={errors} />
      <ApiErrorNotice error={r.error} retry={r.reload} />
      {!o ? (
        r.error ? null : (
          <Loading what="Counting themes…" />
        )
      ) : o.codedTestimonies === 0 && isEmpty(applied) ? (
        <NothingCoded />
      ) : o.themes.length === 0 ? (
        <p className="muted">No coded testimony meets these filters.</p>
      ) : (
        <div className="overview-body">
          <section aria-labelledby="chart-title">
            <h2 id="chart-title">Counts per theme</h2>
            <RadioGroup
              path="measure"
              legend="Chart"
              className="choice-group--inline"
              options={[
                { value: 'passages', label: 'Passages' },
                { value: 'testimonies', label: 'Testimonies' },
              ]}
              value={measure}
              onChange={(v) => setMeasure(v as Measure)}
            />
            <ThemeBarChart themes={o.themes} measure={measure} />
            <ThemeCountsTable themes={o.themes} />
          </section>
          <CoOccurrenceTable overview={o} />
        </div>
      )}
    </div>
  );
}
