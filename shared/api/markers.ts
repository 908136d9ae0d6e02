import { z } from 'zod';
import { id, isoDate, paging, shortText } from '../model/fields';
import {
  inscriptionApproval,
  inscriptionText,
  marker,
  markerFilter,
  markerInput,
  markerRow,
  PDF_EDITIONS,
  statusChange,
} from '../model/markers';
import { ARCHIVISTS, CATALOGUERS, method, READERS } from './define';
import { job } from './jobs';

const markerId = z.object({ id });
const filePath = z.string().min(1, { message: 'Choose a file' }).max(4096);
const out = z.string().max(4096).default('');
const edition = z.enum(PDF_EDITIONS, { message: 'Choose the public or the confidential edition' }).default('public');

/** Cataloguers keep the records; approving an inscription is a commission decision. */
const APPROVERS = [...ARCHIVISTS, 'commissioner'] as const;

export const markersApi = {
  'markers.list': method({
    summary: 'Memorials and markers, by reference, filtered by status, type and place',
    input: markerFilter.extend(paging),
    output: z.object({ total: z.number().int(), items: z.array(markerRow) }),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'markers.get': method({ summary: 'One memorial or marker with its inscriptions, history and photos', input: markerId, output: marker, roles: READERS, kind: 'read', scope: 'archive' }),
  'markers.create': method({
    summary: 'Propose a memorial or marker (its history starts with "proposed" on that day, today unless given)',
    input: z.object({ data: markerInput, proposedOn: isoDate.optional() }), output: marker, roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
  'markers.update': method({
    summary: 'Save an edited memorial or marker',
    input: z.object({ id, expectedVersion: z.number().int().min(1), data: markerInput }),
    output: marker,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'markers.saveInscription': method({
    summary: 'Save the inscription as a new draft version (earlier versions are kept; approved ones stay locked)',
    input: z.object({ id, text: inscriptionText }),
    output: marker,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'markers.approveInscription': method({
    summary: 'Approve one draft of the inscription, by a named person on a date; it is then locked',
    input: inscriptionApproval.extend({ id, versionId: id }),
    output: marker,
    roles: APPROVERS,
    kind: 'write',
    scope: 'archive',
  }),
  'markers.setStatus': method({
    summary: 'Move the marker along its workflow (proposed → approved → fabricated → installed → dedicated; damaged, missing)',
    input: statusChange.extend({ id }),
    output: marker,
    roles: [...CATALOGUERS, 'commissioner'],
    kind: 'write',
    scope: 'archive',
  }),
  'markers.addPhoto': method({
    summary: 'Add a photo (JPEG or PNG) from a file; it is stored once, by its SHA-256',
    input: z.object({ id, path: filePath, fileName: shortText(300).default(''), caption: shortText(1000).default(''), credit: shortText(300).default('') }),
    output: marker,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'markers.updatePhoto': method({
    summary: 'Change a photo’s caption, credit or place in the order',
    input: z.object({ id, photoId: id, caption: shortText(1000), credit: shortText(300), position: z.number().int().min(0).max(1000) }),
    output: marker,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'markers.removePhoto': method({
    summary: 'Take a photo off the marker (the stored file is kept)',
    input: z.object({ id, photoId: id }),
    output: marker,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'markers.printSheet': method({
    summary: 'Write the record sheet of one marker as a PDF (a job)',
    input: z.object({ id, edition, out }),
    output: job,
    roles: READERS,
    kind: 'write',
    scope: 'archive',
  }),
  'markers.printRegister': method({
    summary: 'Write the register of memorials and markers (all, or those the filter keeps) as a PDF (a job)',
    input: z.object({ filter: markerFilter.default(markerFilter.parse({})), edition, out }),
    output: job,
    roles: READERS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
