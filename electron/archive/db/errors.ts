import type { ApiError, ErrorCode } from '../../../shared/api/define';

/** An error the engine raises on purpose; the router turns it into `{ ok: false, error }`. */
export class ArchiveError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }

  toApiError(): ApiError {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string): ArchiveError => new ArchiveError('not_found', `${what} was not found. It may have been removed from this archive, or the link is out of date.`);
