import { describe, expect, it } from 'vitest';
import { addresseeKind } from '../../../../../../../renderer/src/features/recommendations/model/addressee';
import { filterSearch, isFiltered, NO_FILTER, readTrackerQuery, toFilterInput, writeTrackerQuery } from '../../../../../../../renderer/src/features/recommendations/model/trackerQuery';

describe('the tracker filter in the URL', () => {
  it('reads what it writes, in the engine’s order of statuses', () => {
    const q = { text: ' apology ', addressees: ['Department of Justice', 'Calder Police Department'], statuses: ['complete', 'underway'] as const, themeId: 't1' };
    const back = readTrackerQuery(writeTrackerQuery({ ...q, statuses: [...q.statuses] }));
    expect(back).toEqual({ text: ' apology ', addressees: ['Department of Justice', 'Calder Police Department'], statuses: ['underway', 'complete'], themeId: 't1' });
    expect(toFilterInput(back).text).toBe('apology');
    expect(isFiltered(back)).toBe(true);
  });

  it('leaves out what is empty, and ignores what is not a filter', () => {
    expect(writeTrackerQuery(NO_FILTER).toString()).toBe('');
    const q = readTrackerQuery(new URLSearchParams('status=finished&status=rejected&addressee=&addressee=Courts&addressee=Courts&theme=%20&tab=history'));
    expect(q).toEqual({ text: '', addressees: ['Courts'], statuses: ['rejected'], themeId: null });
    expect(filterSearch(new URLSearchParams('tab=history&status=proposed'))).toBe('?status=proposed');
    expect(filterSearch(new URLSearchParams('tab=history'))).toBe('');
    expect(isFiltered(readTrackerQuery(new URLSearchParams('text=%20%20')))).toBe(false);
  });

  it('keeps names with commas, ampersands and other scripts intact', () => {
    const q = { ...NO_FILTER, addressees: ['Ministry of Justice & Correctional Services', 'Міністерство юстиції', 'وزارة العدل'] };
    expect(readTrackerQuery(writeTrackerQuery(q)).addressees).toEqual(q.addressees);
  });
});

describe('the kind of addressee', () => {
  it('is shown only when the name does not already say it', () => {
    expect(addresseeKind('Department of Justice', 'justice_department')).toBeNull();
    expect(addresseeKind('Calder Police Department', 'police')).toBeNull();
    expect(addresseeKind('State Legislature', 'legislature')).toBeNull();
    expect(addresseeKind('City of Calder', 'local_government')).toBe('Local government');
  });
});
