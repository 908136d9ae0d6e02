import { z } from 'zod';
import { id } from './fields';

/** What an attached file is to the testimony. Labels are what people read. */
export const ATTACHMENT_KINDS = ['recording', 'transcript', 'scan', 'consent_form', 'photo', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  recording: 'Recording',
  transcript: 'Transcript (as filed)',
  scan: 'Scan',
  consent_form: 'Consent form',
  photo: 'Photo',
  other: 'Other file',
};

/** An attachment's name as people gave it (never a path): 1–255 characters. */
export const attachmentName = z
  .string({ message: 'Must be text' })
  .trim()
  .min(1, { message: 'Give the file a name' })
  .max(255, { message: 'A file name must be at most 255 characters' });

export const attachment = z.object({
  id,
  testimonyId: id,
  sha256: z.string(),
  name: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  mediaType: z.string(),
  bytes: z.number().int(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type Attachment = z.output<typeof attachment>;
