import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './errors';

/**
 * Who the CLI acts as, and with which password. The name comes from --user, else TESSERA_USER,
 * else the operating-system account. The password comes from TESSERA_PASSWORD, else a prompt
 * that does not echo (on a terminal, asked before the command runs), else the first line of
 * standard input (for scripts that pipe it).
 */

let givenUser: string | undefined;
let prompted: string | undefined;

/** --user as given on the command line (main.ts sets it before the command runs). */
export function setCliUser(name: string | undefined): void {
  givenUser = name;
}

export function cliUserName(env: NodeJS.ProcessEnv = process.env): string {
  if (givenUser) return givenUser;
  if (env.TESSERA_USER) return env.TESSERA_USER;
  try {
    return userInfo().username;
  } catch {
    // userInfo() throws when the account has no name (some containers and service accounts).
    return env.USER ?? env.USERNAME ?? '';
  }
}

/** Asks for a password on the terminal without showing what is typed. */
export function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let muted = false;
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (!muted) process.stderr.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    rl.on('SIGINT', () => {
      rl.close();
      process.stderr.write('\n');
      reject(new CliError('Cancelled.', 1));
    });
    muted = true;
  });
}

/** Asks on the terminal now, when there is one and TESSERA_PASSWORD is not set; later calls reuse it. */
export async function promptForPasswordIfNeeded(name: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.TESSERA_PASSWORD || prompted !== undefined || !process.stdin.isTTY) return;
  prompted = await promptHidden(`Password for ${name}: `);
}

/** The password to sign in with; throws a CliError saying how to give one when there is none. */
export function cliPassword(name: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.TESSERA_PASSWORD) return env.TESSERA_PASSWORD;
  if (prompted !== undefined) return prompted;
  if (!process.stdin.isTTY) {
    let text = '';
    try {
      text = readFileSync(0, 'utf8');
    } catch {
      // No readable standard input (closed, or a terminal that is not ours): fall through.
    }
    const line = text.split(/\r?\n/, 1)[0] ?? '';
    if (line) return (prompted = line);
  }
  throw new CliError(`Give the password of ${name} in TESSERA_PASSWORD, on the first line of standard input, or run the command in a terminal to be asked for it.`, 2);
}

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new random password of `length` characters (no look-alikes such as l, 1, O and 0). */
export function generatePassword(length = 20): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
