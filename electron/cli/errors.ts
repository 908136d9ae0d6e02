/** A failure the CLI reports in one line; `exitCode` 2 is bad usage or bad input, 1 anything else. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}
