import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../../../../electron/archive/accounts/password';

describe('password hashing (scrypt)', () => {
  const password = 'correct horse battery staple';
  const hash = hashPassword(password);

  it('never stores the password, and says how it was hashed', () => {
    expect(hash).not.toContain(password);
    expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
  });

  it('salts every hash: one password hashed twice gives two hashes that both verify', () => {
    const again = hashPassword(password);
    expect(again).not.toBe(hash);
    expect(verifyPassword(password, hash)).toBe(true);
    expect(verifyPassword(password, again)).toBe(true);
  });

  it.each([
    ['a wrong password', 'correct horse battery stapler'],
    ['the empty string', ''],
    ['a different case', 'Correct horse battery staple'],
  ])('refuses %s', (_, attempt) => {
    expect(verifyPassword(attempt, hash)).toBe(false);
  });

  it('treats composed and decomposed accents as one password', () => {
    expect(verifyPassword('caf\u00e9 au lait, s’il vous plaît', hashPassword('cafe\u0301 au lait, s’il vous plaît'))).toBe(true);
  });

  it.each([
    ['a lowered cost', (h: string) => h.replace('ln=15', 'ln=14')],
    ['a cost below the floor', (h: string) => h.replace('ln=15', 'ln=10')],
    ['a cost that would hang the app', (h: string) => h.replace('ln=15', 'ln=30')],
    ['another block size', (h: string) => h.replace('r=8', 'r=9')],
    ['another salt', (h: string) => h.replace(/\$([^$]+)\$([^$]+)$/, (_m, _salt: string, key: string) => `$${Buffer.alloc(16, 7).toString('base64')}$${key}`)],
    ['a flipped key', (h: string) => h.slice(0, -4) + (h.slice(-4) === 'AAA=' ? 'BBB=' : 'AAA=')],
    ['a shortened key', (h: string) => h.slice(0, -12)],
    ['another scheme', (h: string) => h.replace('$scrypt$', '$bcrypt$')],
    ['garbage', () => 'not a hash'],
    ['nothing', () => ''],
  ])('refuses the right password against %s', (_, tamper) => {
    expect(verifyPassword(password, tamper(hash))).toBe(false);
  });

  it('spends a real check on an unknown name and refuses it', () => {
    expect(verifyAgainstDummy(password)).toBe(false);
  });
});
