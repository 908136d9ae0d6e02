import { EVENT_TYPE_VOCABULARY, type PreservationEvent } from '../../../shared/api/preservation';

/**
 * PREMIS 3 XML (namespace http://www.loc.gov/premis/v3), in the order the schema requires: every
 * object the events link to, then the events, then their agents. Each record is an intellectual
 * entity identified by its Tessera id (and its reference code where it has one); each event carries
 * its type with the LoC vocabulary term, its audit seq as its identifier, its outcome and its
 * links to one agent (the person signed in, or Tessera itself for schema steps) and one object.
 */

export const PREMIS_NS = 'http://www.loc.gov/premis/v3';

/** Text as XML character data: markup escaped, characters XML 1.0 cannot hold left out. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const el = (name: string, body: string, attrs = ''): string => `<premis:${name}${attrs}>${body}</premis:${name}>`;
const leaf = (name: string, value: string, attrs = ''): string => el(name, xmlText(value), attrs);

export const objectKey = (e: PreservationEvent): string => `${e.object.type}:${e.object.id}`;
export const agentKey = (e: PreservationEvent): string => `${e.agent.kind}:${e.agent.name}`;

const objectIdType = (type: string) => `tessera:${type}`;
const agentIdType = (kind: 'person' | 'software') => (kind === 'person' ? 'tessera:user' : 'tessera:software');

export function premisHeader(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<premis:premis xmlns:premis="${PREMIS_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">\n`;
}

export const premisFooter = (): string => '</premis:premis>\n';

export function premisObject(o: PreservationEvent['object']): string {
  const ids = [el('objectIdentifier', leaf('objectIdentifierType', objectIdType(o.type)) + leaf('objectIdentifierValue', o.id))];
  if (o.ref) ids.push(el('objectIdentifier', leaf('objectIdentifierType', 'tessera:reference-code') + leaf('objectIdentifierValue', o.ref)));
  return `  ${el('object', ids.join(''), ' xsi:type="premis:intellectualEntity"')}\n`;
}

export function premisEvent(e: PreservationEvent): string {
  const id = e.seq === null ? leaf('eventIdentifierType', 'tessera:schema-step') + leaf('eventIdentifierValue', e.id) : leaf('eventIdentifierType', 'tessera:audit-seq') + leaf('eventIdentifierValue', String(e.seq));
  const parts = [
    el('eventIdentifier', id),
    leaf('eventType', e.type, ` authority="eventType" authorityURI="${EVENT_TYPE_VOCABULARY}" valueURI="${xmlText(e.typeUri)}"`),
    leaf('eventDateTime', e.at),
    el('eventDetailInformation', leaf('eventDetail', e.detail)),
    el('eventOutcomeInformation', leaf('eventOutcome', e.outcome)),
    el('linkingAgentIdentifier', leaf('linkingAgentIdentifierType', agentIdType(e.agent.kind)) + leaf('linkingAgentIdentifierValue', e.agent.name) + leaf('linkingAgentRole', e.agent.kind === 'person' ? 'implementer' : 'executing program')),
    el('linkingObjectIdentifier', leaf('linkingObjectIdentifierType', objectIdType(e.object.type)) + leaf('linkingObjectIdentifierValue', e.object.id)),
  ];
  return `  ${el('event', parts.join(''))}\n`;
}

export function premisAgent(a: PreservationEvent['agent']): string {
  const parts = [el('agentIdentifier', leaf('agentIdentifierType', agentIdType(a.kind)) + leaf('agentIdentifierValue', a.name)), leaf('agentName', a.name), leaf('agentType', a.kind)];
  return `  ${el('agent', parts.join(''))}\n`;
}

/** The whole document for a list of events (small logs and tests; the export job streams the same pieces). */
export function premisDocument(events: readonly PreservationEvent[]): string {
  const objects = new Map<string, PreservationEvent['object']>([['archive:archive', { type: 'archive', id: 'archive', ref: null }]]);
  const agents = new Map<string, PreservationEvent['agent']>();
  for (const e of events) {
    objects.set(objectKey(e), e.object);
    agents.set(agentKey(e), e.agent);
  }
  return [premisHeader(), ...[...objects.values()].map(premisObject), ...events.map(premisEvent), ...[...agents.values()].map(premisAgent), premisFooter()].join('');
}
