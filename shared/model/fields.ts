import { z } from 'zod';
import { parseFlexDate, isIsoDate } from './flexDate';
import { parseDuration } from './duration';
import { REF_CODE_RE } from './refCode';

/** Reusable field schemas with messages a person can act on. */

export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  transcript: 5_000_000,
  listItems: 200,
} as const;

export const id = z.string().uuid({ message: 'Not a valid record id' });

export function shortText(max: number = LIMITS.shortText) {
  return z
    .string({ message: 'Must be text' })
    .trim()
    .max(max, { message: `Must be at most ${max} characters` });
}

export function requiredText(what: string, max: number = LIMITS.shortText) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : 'Must be text') })
    .trim()
    .min(1, { message: `${what} is required` })
    .max(max, { message: `Must be at most ${max} characters` });
}

export const longText = z
  .string({ message: 'Must be text' })
  .max(LIMITS.longText, { message: `Must be at most ${LIMITS.longText.toLocaleString('en')} characters` });

export const flexDateText = z
  .string({ message: 'Must be text' })
  .max(100, { message: 'A date must be at most 100 characters' })
  .superRefine((value, ctx) => {
    const r = parseFlexDate(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  })
  .transform((value) => value.trim().replace(/\s+/g, ' '));

export const isoDate = z
  .string({ message: 'Must be a date' })
  .refine(isIsoDate, { message: 'Use a calendar date, YYYY-MM-DD' });

export const durationText = z
  .string({ message: 'Must be text' })
  .max(20, { message: 'A duration must be at most 20 characters' })
  .superRefine((value, ctx) => {
    const r = parseDuration(value);
    if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: r });
  });

export const refCode = z
  .string({ message: 'Must be text' })
  .trim()
  .regex(REF_CODE_RE, {
    message: 'A reference code is 1–40 letters, digits, dots, dashes, underscores or slashes',
  });

export const latitude = z.number({ message: 'Must be a number' }).min(-90, { message: 'Latitude is between −90 and 90' }).max(90, { message: 'Latitude is between −90 and 90' });
export const longitude = z.number({ message: 'Must be a number' }).min(-180, { message: 'Longitude is between −180 and 180' }).max(180, { message: 'Longitude is between −180 and 180' });

export const paging = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export const timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
};
