// The desktop app connecting to a team database, in the built renderer behind the same DatabaseHost and
// TeamConnections the main process uses, against a real PostgreSQL server: File > Connect to a team
// database… opens the dialog, bad details are said beside the fields, a refusal is said in words that
// say what to do and the password is cleared from the form, and on success the window starts afresh on
// the team database. Then the server goes away: a banner says so, an autosaved field keeps what was typed,
// and when the server is back the banner goes and the field is saved by itself. The server serves TLS with a
// certificate from a certificate authority made for the test, as a council's own would be: reached by a
// name that is not this computer's, it is refused until that authority's file is chosen in the dialog.
import { findPostgres, startCluster, type Cluster } from '../support/postgres-cluster';
import { findOpenssl, makePrivateCa, type PrivateCa } from '../support/private-ca';
import { holdConnections } from '../support/held-server';
import { openTeamDatabase } from '../../src/core/db/postgres';
import { coreContext } from '../../src/core/context';
import { call } from '../../src/core/dispatch';
import { memberUrl, PASSWORD, teamDatabaseWith } from '../support/team-logins';
import { expectNoAxeViolations } from './axe';
import { expect, test, type BrowserHost } from './fixtures';
import type { Page } from '@playwright/test';
import { editor, savedDoc, waitSaved } from './editor-helpers';
import { firstGradedArea, openArea } from './pack-helpers';

const postgres = findPostgres();
const openssl = findOpenssl();
test.skip('missing' in postgres, 'missing' in postgres ? postgres.missing : '');
test.skip('missing' in openssl, 'missing' in openssl ? openssl.missing : '');

let cluster: Cluster;
let ca: PrivateCa;
test.beforeAll(async () => {
  if (!('bin' in postgres) || 'missing' in openssl) return;
  ca = makePrivateCa(['DNS:127.1', 'IP:127.0.0.1']);
  cluster = await startCluster(postgres.bin, { tls: { certFile: ca.serverCert, keyFile: ca.serverKey } });
  await teamDatabaseWith(cluster.adminUrl);
});
test.afterAll(() => {
  cluster?.stop();
  ca?.cleanup();
});

function server() {
  const url = new URL(cluster.adminUrl);
  return { host: url.hostname, port: Number(url.port), database: 'postgres' };
}

async function openConnectDialog(page: Page, host: BrowserHost) {
  await host.open();
  await expect(page.getByRole('banner')).toContainText('Local file sef-studio.sqlite');
  expect(await host.sendMenuCommand('connect-team')).toBeGreaterThan(0);
  const dialog = page.getByRole('dialog', { name: 'Connect to a team database' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('File > Connect to a team database…: what is wrong is said, the password is not kept, and the window moves to the team database', async ({ page, host }) => {
  const dialog = await openConnectDialog(page, host);
  await expect(dialog).toContainText('Any server but this computer is reached only over an encrypted connection (TLS), with the server’s certificate checked: if it cannot be verified, SEF Studio does not connect.');
  await expect(dialog.getByLabel('Port')).toHaveValue('5432');
  await expect(dialog.getByRole('checkbox', { name: 'Remember my password on this computer' })).not.toBeChecked();
  await expectNoAxeViolations(page);

  // Nothing typed: each box says what it needs, and nothing reaches the host.
  await dialog.getByLabel('Port').fill('fifty');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByLabel('Server')).toHaveAccessibleDescription(/Enter the server’s name, for example sef\.council\.gov\.uk/);
  await expect(dialog.getByLabel('Port')).toHaveAccessibleDescription(/Enter the port as a number; it is usually 5432\./);
  await expect(dialog.getByLabel('Your login')).toHaveAccessibleDescription(/Enter your own login for the team database/);
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/Enter your password for the team database\./);
  expect(host.connectRequests).toEqual([]);

  // A wrong password: the server's refusal in words, and the password box emptied.
  await dialog.getByLabel('Server').fill(server().host);
  await dialog.getByLabel('Port').fill(String(server().port));
  await dialog.getByLabel('Database').fill(server().database);
  await dialog.getByLabel('Your login').fill('dana');
  await dialog.getByLabel('Password', { exact: true }).fill('not my password');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(
    /did not accept that login and password\. Check them, or ask IT to reset your password\./,
  );
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('Password', { exact: true })).toBeFocused();
  await expect(page.getByRole('banner')).toContainText('Local file sef-studio.sqlite');
  await page.screenshot({ path: test.info().outputPath('connect-dialog-refused.png') });

  // A server that does not answer: said beside the Connect button, and the file stays open.
  await dialog.getByLabel('Port').fill('1');
  await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/could not reach a team database at .*:1\. Check the server name and port with IT, and that this computer is on the council’s network/);
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveValue('');
  await page.screenshot({ path: test.info().outputPath('connect-dialog-unreachable.png') });
  await dialog.getByLabel('Port').fill(String(server().port));

  // The right one, remembered: the window starts afresh on the team database, signed in as Dana.
  await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await dialog.getByRole('checkbox', { name: 'Remember my password on this computer' }).check();
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('banner')).toContainText(/Team database dana@.*\/postgres.*Signed in as Dana Director · director/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(host.connectRequests).toEqual([
    { ...server(), login: 'dana', remember: false, passwordLength: 'not my password'.length },
    { ...server(), port: 1, login: 'dana', remember: false, passwordLength: PASSWORD.length },
    { ...server(), login: 'dana', remember: true, passwordLength: PASSWORD.length },
  ]);
  expect(host.database.onTeamDatabase).toBe(true);

  // Next time the dialog opens with the address filled in, the password box empty, and "Remember" still ticked.
  expect(await host.sendMenuCommand('connect-team')).toBeGreaterThan(0);
  await expect(page.getByRole('dialog').getByLabel('Your login')).toHaveValue('dana');
  await expect(page.getByRole('dialog').getByRole('checkbox', { name: 'Remember my password on this computer' })).toBeChecked();
  await expect(page.getByRole('dialog').getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByRole('dialog').getByLabel('Password', { exact: true })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('connect-dialog.png') });
});

test('a council’s own certificate authority: the refusal says to choose it, a wrong file is said beside the choice, and with it the window connects', async ({ page, host }) => {
  const dialog = await openConnectDialog(page, host);
  const authority = dialog.getByRole('group', { name: 'Certificate authority (optional)' });
  await expect(authority).toContainText('checked against the well-known public certificate authorities');
  // 127.1 is this computer by a name SEF Studio treats as a server elsewhere: its certificate is checked.
  await dialog.getByLabel('Server').fill('127.1');
  await dialog.getByLabel('Port').fill(String(server().port));
  await dialog.getByLabel('Database').fill(server().database);
  await dialog.getByLabel('Your login').fill('dana');
  await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    /did not show a certificate SEF Studio could verify \([A-Z_]+\), so nothing was sent to it\. If your council uses its own certificate authority, choose its certificate file \(IT can give it to you\) under “Certificate authority”/,
  );

  // Cancelled: nothing changes. The server's private key: refused beside the choice, in words that say why.
  host.queueCertificateAuthority(null);
  await authority.getByRole('button', { name: 'Choose certificate file…' }).click();
  await expect(authority).toContainText('the well-known public certificate authorities');
  host.queueCertificateAuthority(ca.serverKey);
  await authority.getByRole('button', { name: 'Choose certificate file…' }).click();
  await expect(authority.getByRole('alert')).toContainText('server.key cannot be used as the certificate authority: it holds a private key, which must stay on the server.');

  // The CA's certificate: its name is shown (never its folder), and Remove goes back.
  host.queueCertificateAuthority(ca.caFile);
  await authority.getByRole('button', { name: 'Choose certificate file…' }).click();
  await expect(authority).toContainText('The server’s certificate is checked against ca.pem.');
  await expect(authority.getByRole('alert')).toHaveCount(0);
  await expect(dialog).not.toContainText(ca.dir);
  await authority.getByRole('button', { name: 'Remove' }).click();
  await expect(authority).toContainText('the well-known public certificate authorities');
  await expect(authority.getByRole('button', { name: 'Choose certificate file…' })).toBeFocused();
  host.queueCertificateAuthority(ca.caFile);
  await authority.getByRole('button', { name: 'Choose certificate file…' }).click();
  await expect(authority).toContainText('checked against ca.pem');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('connect-dialog-certificate-authority.png') });

  await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('banner')).toContainText(/Team database dana@127\.1:.*Signed in as Dana Director/);
  expect(host.connectRequests.at(-1)).toMatchObject({ host: '127.1', certificateAuthority: expect.stringMatching(/^[0-9a-f]{32}$/) });

  // Next time the dialog opens with the same authority chosen for that server.
  expect(await host.sendMenuCommand('connect-team')).toBeGreaterThan(0);
  await expect(page.getByRole('dialog').getByRole('group', { name: 'Certificate authority (optional)' })).toContainText('checked against ca.pem');
});

test.describe('on a computer that cannot keep a password safely', () => {
  test.use({ keyring: false });
  test('the dialog says the password is not saved, and offers no box to tick', async ({ page, host }) => {
    const dialog = await openConnectDialog(page, host);
    await expect(dialog).toContainText('This computer has no keychain SEF Studio can keep a password in safely, so your password is not saved');
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test('the server goes away: a banner says so, a field and a narrative keep what was typed, and both are saved when the server is back', async ({ page, host }) => {
  expect((await host.teams.connect({ ...server(), login: 'dana', password: PASSWORD, remember: false })).ok).toBe(true);
  const pack = await host.call('packs.create', { title: 'Northmoor SEF 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });
  await host.open();
  await page.getByRole('link', { name: pack.title, exact: true }).click();
  await page.getByRole('tab', { name: 'Pack details' }).click();
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue(pack.title);
  const area = await firstGradedArea(host, pack.id);

  cluster.kill();
  const banner = page.getByRole('alert').filter({ hasText: 'The connection to the team database was lost.' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(banner).toContainText('What you type stays on screen and is saved when the connection comes back. SEF Studio is reconnecting by itself');
  await title.fill('Northmoor self-evaluation, written offline');
  await title.blur();
  await expect(title).toHaveAccessibleDescription(/cannot be reached just now, so that was not saved/);
  await expect(title).toHaveValue('Northmoor self-evaluation, written offline');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('connection-lost.png') });

  cluster.start();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Northmoor self-evaluation, written offline' })).toBeVisible({ timeout: 20_000 });
  await expect(title).toHaveValue('Northmoor self-evaluation, written offline');
  await expect(title).not.toHaveAccessibleDescription(/not saved/);
  expect((await host.call('packs.get', { packId: pack.id })).pack.title).toBe('Northmoor self-evaluation, written offline');

  // The narrative editor too: a paragraph typed while the server is away stays, and goes when it is back.
  await openArea(page, area.title);
  cluster.kill();
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await editor(page).click();
  await page.keyboard.type('Leaders know their services well.');
  await expect(page.getByText(/Not saved: .*cannot be reached just now.* Your text is still here\./)).toBeVisible({ timeout: 20_000 });
  cluster.start();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await waitSaved(page);
  await expect(editor(page)).toContainText('Leaders know their services well.');
  expect(JSON.stringify(await savedDoc(host, area.id))).toContain('Leaders know their services well.');
});

test('the header says who else has the pack open, and where, and forgets them when they leave', async ({ page, host }) => {
  expect((await host.teams.connect({ ...server(), login: 'dana', password: PASSWORD, remember: false })).ok).toBe(true);
  const pack = await host.call('packs.create', { title: 'Presence pack 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });
  const area = await firstGradedArea(host, pack.id);
  await host.open();
  await page.getByRole('link', { name: pack.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: pack.title })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('Also here');

  // Quinn opens the same pack's area in her own app: Dana's header says so without reloading.
  const quinnDb = await openTeamDatabase(memberUrl(cluster.adminUrl, 'quinn'));
  const quinn = coreContext({ db: quinnDb, appVersion: '0.0.0-test' });
  await call(quinn, 'presence.here', { packId: pack.id, areaId: area.id });
  await expect(page.getByRole('banner')).toContainText(`Also here: Quinn Quality (in ${area.title})`);
  // And Dana's own app has said where she is, for Quinn's.
  await expect.poll(async () => (await call(quinn, 'presence.list', { packId: pack.id })).map((p) => p.login)).toEqual(['dana']);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('presence.png') });

  // Quinn closes her app: she is no longer shown.
  await quinnDb.close();
  await expect(page.getByRole('banner')).not.toContainText('Also here');
});

test.describe('when the file would not open at start-up', () => {
  test.use({ database: 'damaged-no-backup' });

  test('the start-up screen offers the team database, and connecting goes straight to it', async ({ page, host }) => {
    await host.open();
    await expect(page.getByRole('heading', { name: 'The database file is damaged' })).toBeVisible();
    await page.getByRole('button', { name: 'Connect to a team database…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect to a team database' });
    await dialog.getByLabel('Server').fill(server().host);
    await dialog.getByLabel('Port').fill(String(server().port));
    await dialog.getByLabel('Database').fill(server().database);
    await dialog.getByLabel('Your login').fill('quinn');
    await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('banner')).toContainText(/Team database quinn@.*Signed in as Quinn Quality/);
    await expect(page.getByRole('heading', { name: 'The database file is damaged' })).toHaveCount(0);
  });
});

test.describe('at start-up, going back to the team database', () => {
  // The test starts the host as the desktop app's main process does: back to the team database it was on.
  test.use({ openAtStart: false });

  /** The last team database is behind a server that holds connections unanswered until told. */
  async function startBehindSilence(host: BrowserHost) {
    const silent = await holdConnections({ host: server().host, port: server().port });
    await host.credentials.save({ ...server(), port: silent.port, login: 'dana' }, PASSWORD, true, null);
    const start = await host.teams.reconnectAtStartup();
    if (!start) throw new Error('Start-up did not try the team database');
    return { silent, start, place: `postgres on ${server().host}, port ${silent.port}, signed in as dana` };
  }

  test('a silent server: the window says at once that it is connecting, and "Work on a local file instead" works meanwhile', async ({ page, host }) => {
    const { silent, start, place } = await startBehindSilence(host);
    try {
      await host.open();
      await expect(page.getByRole('heading', { level: 1, name: 'Connecting to your team database…' })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(place);
      await expect(page.getByRole('status')).toContainText('You need not wait: your local file is there whenever you want it.');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: test.info().outputPath('startup-connecting.png') });
      expect(silent.held).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Work on a local file instead' }).click();
      await expect(page.getByRole('banner')).toContainText('Local file sef-studio.sqlite');
      // The server answers after all: the window stays on the file the person chose.
      silent.release();
      expect(await start.outcome).toEqual({ ok: false, superseded: true });
      await expect(page.getByRole('banner')).toContainText('Local file sef-studio.sqlite');
      expect(host.database.onTeamDatabase).toBe(false);
    } finally {
      await silent.close();
    }
  });

  test('the connection comes: the page moves on to the team database by itself', async ({ page, host }) => {
    const { silent, place } = await startBehindSilence(host);
    try {
      await host.open();
      await expect(page.getByRole('heading', { level: 1, name: 'Connecting to your team database…' })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(place);
      silent.release();
      await expect(page.getByRole('banner')).toContainText(/Team database dana@.*Signed in as Dana Director · director/);
      await expect(page.getByRole('heading', { name: /Connecting to/ })).toHaveCount(0);
    } finally {
      await silent.close();
    }
  });

  test('the connection fails: the local file opens and the page moves on to it', async ({ page, host }) => {
    const { silent, start, place } = await startBehindSilence(host);
    try {
      await host.open();
      await expect(page.getByRole('heading', { level: 1, name: 'Connecting to your team database…' })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(place);
      silent.refuse();
      await expect(page.getByRole('banner')).toContainText('Local file sef-studio.sqlite');
      // What the desktop app then says in a message box.
      expect(await start.outcome).toMatchObject({ ok: false, where: expect.stringMatching(/^team database dana@/), error: { code: 'offline' }, local: { ok: true } });
    } finally {
      await silent.close();
    }
  });
});
