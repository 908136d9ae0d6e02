import { z } from 'zod';
import { id, paging, shortText } from '../model/fields';
import { hearing, hearingInput, person, personInput, personRow, place, placeInput } from '../model/people';
import { CATALOGUERS, method, READERS } from './define';

const listInput = z.object({ text: shortText(200).default(''), ...paging });
const listOf = <T extends z.ZodType>(row: T) => z.object({ total: z.number().int(), items: z.array(row) });

export const peopleApi = {
  'people.list': method({ summary: 'People, by name', input: listInput, output: listOf(personRow), roles: READERS, kind: 'read', scope: 'archive' }),
  'people.get': method({ summary: 'One person with their testimonies', input: z.object({ id }), output: person, roles: READERS, kind: 'read', scope: 'archive' }),
  'people.create': method({ summary: 'Add a person', input: z.object({ data: personInput }), output: person, roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
  'people.update': method({ summary: 'Save an edited person', input: z.object({ id, expectedVersion: z.number().int().min(1), data: personInput }), output: person, roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
} as const;

export const placesApi = {
  'places.list': method({ summary: 'Places, by name', input: listInput, output: listOf(place), roles: READERS, kind: 'read', scope: 'archive' }),
  'places.get': method({ summary: 'One place', input: z.object({ id }), output: place, roles: READERS, kind: 'read', scope: 'archive' }),
  'places.create': method({ summary: 'Add a place', input: z.object({ data: placeInput }), output: place, roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
  'places.update': method({ summary: 'Save an edited place', input: z.object({ id, expectedVersion: z.number().int().min(1), data: placeInput }), output: place, roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
} as const;

export const hearingsApi = {
  'hearings.list': method({ summary: 'Hearings and forums, by date', input: listInput, output: listOf(hearing), roles: READERS, kind: 'read', scope: 'archive' }),
  'hearings.get': method({ summary: 'One hearing or forum', input: z.object({ id }), output: hearing, roles: READERS, kind: 'read', scope: 'archive' }),
  'hearings.create': method({ summary: 'Add a hearing or forum', input: z.object({ data: hearingInput }), output: hearing, roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
  'hearings.update': method({ summary: 'Save an edited hearing or forum', input: z.object({ id, expectedVersion: z.number().int().min(1), data: hearingInput }), output: hearing, roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
} as const;
