import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_PASSWORD, E2E_USER, expect, expectNoAxeViolations, signIn, test } from './fixtures';

const SHOTS = process.env.TESSERA_SHOTS ?? '/tmp/shots';
const RESEARCHER = 'Rita Researcher';
const RESEARCHER_PASSWORD = 'reading room only 1974';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `accounts-${name}.png`), fullPage: true });
}

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
}

/** Opens the signed-in person's menu in the top bar and chooses an item, by keyboard. */
async function fromUserMenu(page: Page, item: 'Change password…' | 'Sign out' | 'Lock now'): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: new RegExp(`^${E2E_USER}|^${RESEARCHER}`) }).focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: item }).click();
}

async function addUser(page: Page, name: string, role: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Add user…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByLabel(/^Name/).fill(name);
  await dialog.getByLabel(/^Role/).selectOption({ label: role });
  await dialog.getByLabel(/^First password/).fill(password);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('status')).toContainText(`${name} was added`);
}

test.describe('accounts', () => {
  test('sign in, a wrong password, an administrator adds a researcher who cannot reach a sealed testimony', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('banner')).toContainText(`Administrator · sees every access level`);
    await loadSample(page);

    // The sealed testimony of the sample, found as the administrator: its address.
    await page.goto(`${new URL(page.url()).origin}/#/search?q=trustee`);
    await page.getByRole('link', { name: /Witness M: a jail trustee/ }).first().click();
    await expect(page.getByRole('heading', { name: /Witness M: a jail trustee/ })).toBeVisible();
    const sealedUrl = page.url();
    expect(sealedUrl).toMatch(/#\/testimonies\/[^/]+$/);

    // Users: only an administrator has the page; the list, Add user, the last administrator.
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(E2E_USER) })).toContainText('Administrator');
    await addUser(page, RESEARCHER, 'Researcher', RESEARCHER_PASSWORD);
    await expect(page.getByRole('row', { name: new RegExp(RESEARCHER) })).toContainText('Researcher');
    await expect(page.getByRole('row', { name: new RegExp(RESEARCHER) })).toContainText('Never');
    await expectNoAxeViolations(page);
    await shot(page, 'users');

    // A name already taken is refused at the field.
    await page.getByRole('button', { name: 'Add user…' }).click();
    const add = page.getByRole('dialog', { name: 'Add a user' });
    await add.getByLabel(/^Name/).fill(RESEARCHER.toUpperCase());
    await add.getByLabel(/^First password/).fill('short');
    await add.getByRole('button', { name: 'Add user' }).click();
    await expect(add.getByLabel(/^First password/)).toHaveAttribute('aria-invalid', 'true');
    await add.getByLabel(/^First password/).fill(RESEARCHER_PASSWORD);
    await add.getByRole('button', { name: 'Add user' }).click();
    await expect(add.getByLabel(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, '.dialog[open]');
    await add.getByRole('button', { name: 'Cancel' }).click();

    // The last administrator cannot be demoted: the engine says so at the role.
    await page.getByRole('button', { name: `Change ${E2E_USER}’s role` }).click();
    const role = page.getByRole('dialog', { name: `Change ${E2E_USER}’s role` });
    await role.getByLabel(/^Role/).selectOption({ label: 'Archivist' });
    await role.getByRole('button', { name: 'Change role' }).click();
    await expect(role.getByLabel(/^Role/)).toHaveAttribute('aria-invalid', 'true');
    await expect(role).toContainText(/administrator/i);
    await shot(page, 'last-administrator');
    await role.getByRole('button', { name: 'Cancel' }).click();

    // Sign out: the sign-in form, with the archive's name; a wrong password is said clearly.
    await fromUserMenu(page, 'Sign out');
    await expect(page.locator('[data-app-state="sign-in"]')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Marrow County Truth and Reconciliation Commission');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await page.getByLabel('Name', { exact: true }).fill(RESEARCHER);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expectNoAxeViolations(page);
    await shot(page, 'sign-in-refused');

    // The researcher: no Users page, and no sealed testimony by its address or by search.
    await signIn(page, RESEARCHER, RESEARCHER_PASSWORD);
    await expect(page.getByRole('banner')).toContainText('Researcher · sees public and restricted records');
    await expect(page.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
    await page.goto(sealedUrl);
    await expect(page.getByRole('alert')).toContainText('No testimony with that id is available to you');
    await expect(page.getByRole('main')).not.toContainText('jail trustee');
    await shot(page, 'researcher-sealed');
    await page.goto(`${new URL(page.url()).origin}/#/search?q=trustee`);
    await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('main')).not.toContainText('Witness M');
    await page.goto(`${new URL(page.url()).origin}/#/users`);
    await expect(page.getByRole('heading', { name: 'Only an administrator manages accounts' })).toBeVisible();
  });

  test('Lock now hides the pages; the same person unlocks to their unsaved draft; someone else starts afresh', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await addUser(page, RESEARCHER, 'Researcher', RESEARCHER_PASSWORD);

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel(/^Archive name/).fill('A draft name, not saved');
    await fromUserMenu(page, 'Lock now');

    const lock = page.locator('[data-app-state="locked"]');
    await expect(lock).toBeVisible();
    await expect(page.getByRole('heading', { name: `Locked — sign in as ${E2E_USER} to go on` })).toBeVisible();
    await expect(page.locator('.app')).toBeHidden();
    await expect(page.getByLabel(/^Archive name/)).toBeHidden();
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await expectNoAxeViolations(page);
    await shot(page, 'locked');

    // Escape does not close the lock; a wrong password is refused.
    await page.keyboard.press('Escape');
    await expect(lock).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(lock).toHaveCount(0);
    await expect(page.getByLabel(/^Archive name/)).toHaveValue('A draft name, not saved');

    // Someone else: the app starts afresh for them, at the overview, without the draft.
    await fromUserMenu(page, 'Lock now');
    await page.getByRole('button', { name: 'Sign in as someone else' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByLabel('Name', { exact: true }).fill(RESEARCHER);
    await page.getByLabel('Password', { exact: true }).fill(RESEARCHER_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-app-state="loaded"]')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(RESEARCHER);
    await expect(page).toHaveURL(/#\/$/);
  });

  test('the window locks after the minutes without a key or pointer', async ({ app }) => {
    const { page } = app;
    await page.clock.install();
    await page.reload();
    await expect(page.locator('[data-app-state="loaded"]')).toBeVisible();
    await page.clock.fastForward('14:00');
    await expect(page.locator('.app')).toBeVisible();
    await page.clock.fastForward('01:30');
    await expect(page.locator('[data-app-state="locked"]')).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.locator('.app')).toBeVisible();
  });

  test('a new archive asks for its first administrator; changing one’s own password', async ({ app, dataDir }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Archives', exact: true }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Second commission');
    await page.getByRole('textbox', { name: /^New folder/ }).fill(path.join(dataDir, 'Second.tessera'));
    await page.getByRole('button', { name: /^Create/ }).click();

    const setup = page.locator('[data-app-state="setup"]');
    await expect(setup).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Second commission');
    await expect(page.getByLabel(/^Your name/)).toBeFocused();
    await expect(setup).toContainText('At least 10 characters');
    await page.getByLabel(/^Your name/).fill('Ana Ruiz');
    await page.getByLabel(/^Password/).fill('twelve chars');
    await page.getByLabel(/^Repeat the password/).fill('twelve charz');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(/^Repeat the password/)).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await shot(page, 'setup');
    await page.getByLabel(/^Repeat the password/).fill('twelve chars');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-app-state="loaded"]')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Ana Ruiz');

    await page.getByRole('banner').getByRole('button', { name: /^Ana Ruiz/ }).click();
    await page.getByRole('menuitem', { name: 'Change password…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change your password' });
    await dialog.getByLabel(/^Current password/).fill('wrong current one');
    await dialog.getByLabel(/^New password/).fill('a longer passphrase');
    await dialog.getByLabel(/^Repeat the new password/).fill('a longer passphrase');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await expect(dialog.getByLabel(/^Current password/)).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText('That is not your current password');
    await expectNoAxeViolations(page, '.dialog[open]');
    await dialog.getByLabel(/^Current password/).fill('twelve chars');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await expect(dialog.getByRole('status')).toContainText('Your password is changed');
    await dialog.getByRole('button', { name: 'Close' }).first().click();

    await fromUserMenuAs(page, 'Ana Ruiz', 'Sign out');
    await signIn(page, 'Ana Ruiz', 'a longer passphrase');
  });
});

async function fromUserMenuAs(page: Page, name: string, item: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
