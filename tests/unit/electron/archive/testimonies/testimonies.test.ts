import { describe, expect, it } from 'vitest';
import { owner, testArchive } from '../../../helpers';

const base = { title: 'Statement of Johanna Nieuwoudt', type: 'audio' as const };

describe('cataloguing testimonies', () => {
  it('generates unique reference codes from the configured pattern', () => {
    const { call } = testArchive();
    const year = new Date().getFullYear();
    expect(call('testimonies.create', { data: base }).ref).toBe(`TRC-${year}-0001`);
    call('testimonies.create', { data: { ...base, ref: `TRC-${year}-0002` } });
    expect(call('testimonies.nextRef', {}).ref).toBe(`TRC-${year}-0003`);
    expect(call('testimonies.create', { data: base }).ref).toBe(`TRC-${year}-0003`);
    call('settings.update', { archiveName: 'Marrow', refPattern: 'MTRC/{NNNNN}' });
    expect(call('testimonies.create', { data: base }).ref).toBe('MTRC/00001');
  });

  it('refuses a duplicate reference code, whatever its case, and keeps the first', () => {
    const { call, router } = testArchive();
    const first = call('testimonies.create', { data: { ...base, ref: 'TRC-1' } });
    const r = router.call(owner, 'testimonies.create', { data: { ...base, ref: 'trc-1', title: 'Other' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', field: 'ref' } });
    expect(call('testimonies.get', { ref: 'TRC-1' })).toMatchObject({ id: first.id, title: base.title });
  });

  it('stores every field and normalises dates', () => {
    const { call } = testArchive();
    const place = call('places.create', { data: { name: 'Ñandú Crossing', type: 'site', latitude: 39.1, longitude: -76.4 } });
    const person = call('people.create', { data: { name: 'Мирошниченко Олена', consentToBeNamed: false, pseudonym: 'Witness M' } });
    const hearing = call('hearings.create', { data: { title: 'First public hearing', type: 'public_hearing', date: '1998-03-14/1998-03-16', placeId: place.id, participantIds: [person.id] } });
    const t = call('testimonies.create', {
      data: {
        ...base,
        summary: 'Summary',
        status: 'catalogued',
        languages: ['en', 'ru'],
        dateRecorded: 'circa 1998',
        placeRecordedId: place.id,
        placesSpokenAbout: [place.id],
        datesSpokenAbout: ['1960s', '1971-06/1971-09'],
        duration: '1:24:30',
        extent: '2 audio files',
        collection: 'Statements',
        series: 'Eastside',
        hearingId: hearing.id,
        provenance: 'Given to the commission by the narrator',
        transcript: 'Мирошниченко said: we crossed at Ñandú Crossing.',
        accessLevel: 'sealed',
        embargoUntil: '2040-01-01',
        consent: { recording: true, quoting: true, takenBy: 'A. Ngcobo', takenOn: '1998-03-14' },
        contentWarnings: ['violence', 'death'],
        people: [{ personId: person.id, role: 'narrator', narratorRole: 'witness' }],
      },
    });
    expect(t).toMatchObject({
      dateRecorded: 'circa 1998',
      dateStart: '1998-01-01',
      dateEnd: '1998-12-31',
      placeRecordedName: 'Ñandú Crossing',
      hearingTitle: 'First public hearing',
      duration: '1:24:30',
      accessLevel: 'sealed',
      embargoUntil: '2040-01-01',
      people: [{ personId: person.id, role: 'narrator', narratorRole: 'witness', name: 'Мирошниченко Олена' }],
      cataloguer: owner.user.name,
      wordCount: 7,
      version: 1,
    });
    expect(t.consent).toMatchObject({ recording: true, quoting: true, naming: false, takenBy: 'A. Ngcobo' });
    expect(call('people.get', { id: person.id }).testimonies).toHaveLength(1);
    expect(call('hearings.get', { id: hearing.id }).testimonies.map((x) => x.ref)).toEqual([t.ref]);
  });

  it('lists with filters, sorting, paging and diacritic-insensitive text', () => {
    const { call } = testArchive();
    call('testimonies.create', { data: { ...base, title: 'Ñandú family', dateRecorded: '1999', accessLevel: 'public' } });
    call('testimonies.create', { data: { ...base, title: 'Bridge', type: 'video', dateRecorded: '1990' } });
    call('testimonies.create', { data: { ...base, title: 'archive', status: 'reviewed', dateRecorded: '2001' } });
    expect(call('testimonies.list', { text: 'NANDU' }).items.map((r) => r.title)).toEqual(['Ñandú family']);
    expect(call('testimonies.list', { sort: 'title' }).items.map((r) => r.title)).toEqual(['archive', 'Bridge', 'Ñandú family']);
    expect(call('testimonies.list', { sort: 'date', direction: 'desc' }).items.map((r) => r.dateRecorded)).toEqual(['2001', '1999', '1990']);
    expect(call('testimonies.list', { type: ['video'] }).total).toBe(1);
    expect(call('testimonies.list', { accessLevel: ['public'], status: ['draft'] }).total).toBe(1);
    const page = call('testimonies.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.items).toHaveLength(1);
    expect(call('testimonies.list', { text: "%' OR 1=1 --" }).total).toBe(0);
    call('testimonies.create', { data: { ...base, ref: 'X-10000' } });
    call('testimonies.create', { data: { ...base, ref: 'X-9999' } });
    expect(call('testimonies.list', { text: 'x-' }).items.map((r) => r.ref)).toEqual(['X-9999', 'X-10000']);
  });

  it('updates with optimistic concurrency and audits old and new values', () => {
    const { call, router } = testArchive();
    const t = call('testimonies.create', { data: base });
    const edited = call('testimonies.update', { id: t.id, expectedVersion: 1, data: { ...t, title: 'Corrected title', status: 'reviewed' } });
    expect(edited).toMatchObject({ title: 'Corrected title', version: 2, ref: t.ref });
    const stale = router.call(owner, 'testimonies.update', { id: t.id, expectedVersion: 1, data: { ...t, title: 'Lost update' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('testimonies.get', { id: t.id }).title).toBe('Corrected title');
    const history = call('archive.history', { entityType: 'testimony', entityId: t.id });
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({ user: owner.user.name, method: 'testimonies.update' });
    expect(history[0]?.changes).toEqual([
      { field: 'title', old: base.title, new: 'Corrected title' },
      { field: 'status', old: 'draft', new: 'reviewed' },
    ]);
  });

  it('withdraws reversibly: hidden from lists, kept, audited', () => {
    const { call, router } = testArchive();
    const t = call('testimonies.create', { data: base });
    expect(router.call(owner, 'testimonies.withdraw', { id: t.id, reason: '' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    const w = call('testimonies.withdraw', { id: t.id, reason: 'Narrator asked' });
    expect(w).toMatchObject({ withdrawn: true, withdrawnReason: 'Narrator asked' });
    expect(call('testimonies.list', {}).total).toBe(0);
    expect(call('testimonies.list', { includeWithdrawn: true }).items[0]).toMatchObject({ id: t.id, withdrawn: true });
    expect(router.call(owner, 'testimonies.withdraw', { id: t.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    call('testimonies.restore', { id: t.id });
    expect(call('testimonies.list', {}).total).toBe(1);
    expect(call('archive.history', { entityType: 'testimony', entityId: t.id }).map((h) => h.action)).toEqual(['restore', 'withdraw', 'create']);
  });

  it('answers unknown ids and refs with not_found', () => {
    const { router } = testArchive();
    expect(router.call(owner, 'testimonies.get', { id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(router.call(owner, 'testimonies.get', { ref: 'NOPE-1' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(router.call(owner, 'testimonies.update', { id: crypto.randomUUID(), expectedVersion: 1, data: base })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps narrator names in lists in step with people', () => {
    const { call } = testArchive();
    const p = call('people.create', { data: { name: 'Thandi Ngcobo' } });
    call('testimonies.create', { data: { ...base, people: [{ personId: p.id, role: 'narrator', narratorRole: 'survivor' }] } });
    call('people.update', { id: p.id, expectedVersion: 1, data: { name: 'Thandiwe Ngcobo' } });
    expect(call('testimonies.list', {}).items[0]?.narrators).toBe('Thandiwe Ngcobo');
  });
});
