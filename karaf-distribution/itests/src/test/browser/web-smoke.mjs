// Browser test of the Vaadin shell in Debian's headless Chromium, driven by playwright-core.
// Usage: node web-smoke.mjs <baseUrl> <screenshotDir> <newUsername>
// Signs in as the demo director, switches the UI to Kazakh and checks Kazakh labels, shows a validation error
// per field, creates a user, signs out; then the new user replaces the password the director chose, enrols an authenticator (QR code, TOTP) in "My profile"
// and signs in again with the TOTP step, gives an e-mail address and phone (a wrong one refused first); a wrong
// password is refused and the director finds it among the sign-in attempts and the contact change in the audit
// CSV; finally the page is controlled by the shell's service worker and, offline, a reload shows the offline page.
// Exit code 0 = passed; the last line of output says what failed otherwise.
import { createHmac } from 'node:crypto';
import { browserTest, chooseLanguage as chooseLanguageOn, expectText as expectTextOn } from './lib.mjs';

const [baseUrl, shots, newUser] = process.argv.slice(2);
if (!baseUrl || !shots || !newUser) {
  console.error('usage: node web-smoke.mjs <baseUrl> <screenshotDir> <newUsername>');
  process.exit(2);
}

await browserTest(shots, async (page, shot, state) => {
  // RFC 6238 code (HMAC-SHA1, 30 s, 6 digits) for a Base32 secret at a time step.
  const totp = (secret, step) => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = '';
    for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
    const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(step));
    const h = createHmac('sha1', key).update(counter).digest();
    const o = h[h.length - 1] & 0xf;
    return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0');
  };
  const chooseLanguage = (name) => chooseLanguageOn(page, name);
  const expectText = (selector, text) => expectTextOn(page, selector, text);
  state.step = 'open the login page';
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login$/);
  await page.locator('#username input').waitFor();
  await shot('01-login');

  state.step = 'sign in as director';
  const sessionId = async () => ((await page.context().cookies()).find((c) => c.name === 'JSESSIONID') || {}).value;
  const anonymousSession = await sessionId();
  await page.locator('#username input').fill('director');
  await page.locator('#password input').fill('Director-2026!');
  await page.locator('#sign-in').click();
  await page.locator('#menu-users').waitFor();
  await page.locator('#welcome').waitFor();
  if (!anonymousSession || anonymousSession === await sessionId()) {
    throw new Error('the session id must change at sign-in (session fixation)');
  }

  state.step = 'switch the language to English';
  await chooseLanguage('English');
  await expectText('#sign-out', 'Sign out');
  await expectText('#menu-users', 'Users');
  await expectText('#welcome', 'Welcome');
  await shot('02-home-en');

  state.step = 'switch the language to Kazakh';
  await chooseLanguage('Қазақша');
  await expectText('#sign-out', 'Шығу');
  await expectText('#menu-users', 'Пайдаланушылар');
  await expectText('#menu-profile', 'Менің профилім');
  await expectText('#welcome', 'Қош келдіңіз');
  await shot('03-home-kk');

  state.step = 'open the users view';
  await page.locator('#menu-users').click();
  await page.locator('#users-grid').waitFor();
  await expectText('#page-title', 'Пайдаланушылар');
  await expectText('#create-user', 'Пайдаланушы құру');

  state.step = 'create a user with empty fields: errors per field';
  await page.locator('#create-user').click();
  await page.locator('#new-username[invalid]').waitFor();
  await shot('04-validation-kk');

  state.step = 'create a user';
  await page.locator('#new-username input').fill(newUser);
  await page.locator('#new-password input').fill('Browser-Test-2026!');
  await page.locator('#new-last-name input').fill('Сейітқали');
  await page.locator('#new-first-name input').fill('Айгерім');
  await page.locator('#create-user').click();
  await page.getByText(newUser + ' пайдаланушысы құрылды.').waitFor();
  await page.locator('#users-grid').getByText(newUser, { exact: true }).waitFor();
  await shot('05-user-created-kk');

  state.step = 'sign out';
  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);
  await page.locator('#username input').waitFor();
  await shot('06-signed-out');

  state.step = 'after signing out the users view needs a new sign-in';
  await page.goto(baseUrl + '/users');
  await page.waitForURL(/\/login$/);
  await page.locator('#username input').waitFor();

  state.step = 'the new user signs in with the password the director chose and must replace it first';
  await page.locator('#username input').fill(newUser);
  await page.locator('#password input').fill('Browser-Test-2026!');
  await page.locator('#sign-in').click();
  await expectText('#password-change-required', 'Құпиясөзді сізге басқа адам берген');
  await shot('06a-own-password-kk');
  await page.goto(baseUrl + '/');
  await page.locator('#password-change-required').waitFor();
  await page.locator('#current-password input').fill('Browser-Test-2026!');
  await page.locator('#new-password input').fill('Aigerim-Own-2026!');
  await page.locator('#change-password').click();
  await page.getByText('Құпиясөзіңіз ауыстырылды.').waitFor();
  await page.goto(baseUrl + '/');
  await expectText('#welcome', 'Айгерім');

  state.step = 'the new user is greeted by a notification: the bell shows it unread, opening it goes to the profile';
  await page.locator('#notifications-bell[data-unread="1"]').waitFor();
  await page.locator('#notifications-bell').click();
  await page.locator('#notifications-list .notification.unread').first().waitFor();
  await shot('06b-notification');
  await page.locator('#notifications-list .notification.unread').first().click();
  await page.waitForURL(/\/profile$/);
  await page.locator('#notifications-bell[data-unread="0"]').waitFor();

  state.step = 'the new user gives contacts for notifications: a wrong address is refused, then they are saved';
  await page.locator('#contact-email input').fill('aigerim@');
  await page.locator('#contact-phone input').fill('8 701 234 56 78');
  await page.locator('#contacts-save').click();
  await page.locator('#contact-email[invalid]').waitFor();
  await page.waitForFunction(() => (document.querySelector('#contact-email').errorMessage || '').includes('электрондық пошта'));
  await shot('06c-contacts-refused-kk');
  await page.locator('#contact-email input').fill('Aigerim@Mail.KZ');
  await page.locator('#contacts-save').click();
  await page.getByText('Байланыс деректері сақталды').waitFor();
  await page.waitForFunction(() => document.querySelector('#contact-phone input').value === '+77012345678'
      && document.querySelector('#contact-email input').value === 'Aigerim@mail.kz');

  state.step = 'the new user enrols an authenticator';
  await page.locator('#menu-profile').click();
  await page.locator('#mfa-enrol').click();
  await page.locator('#mfa-qr').waitFor();
  await page.waitForFunction(() => { const i = document.querySelector('#mfa-qr'); return i && i.complete && i.naturalWidth > 0; });
  const secret = await page.locator('#mfa-secret input').inputValue();
  const confirmStep = Math.floor(Date.now() / 30000);
  await page.locator('#mfa-code input').fill(totp(secret, confirmStep));
  await shot('07-mfa-enrol-kk');
  await page.locator('#mfa-confirm').click();
  await page.getByText('Екі факторлы кіру қосулы.').waitFor();
  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);

  state.step = 'sign-in with the TOTP step';
  await page.locator('#username input').fill(newUser);
  await page.locator('#password input').fill('Aigerim-Own-2026!');
  await page.locator('#sign-in').click();
  await page.locator('#totp input').waitFor({ state: 'visible' });
  await shot('08-totp-step');
  // a code is accepted once: use the next time step (the server accepts ±1 step)
  await page.locator('#totp input').fill(totp(secret, Math.max(confirmStep + 1, Math.floor(Date.now() / 30000))));
  await page.locator('#sign-in').click();
  await expectText('#welcome', 'Айгерім');
  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);

  state.step = 'a wrong password is refused';
  await page.locator('#username input').fill(newUser);
  await page.locator('#password input').fill('Not-The-Password-1');
  await page.locator('#sign-in').click();
  await page.waitForFunction(() => (document.querySelector('#login-error')?.textContent || '').trim().length > 0);

  state.step = 'the director finds the refused attempt among the sign-in attempts';
  await page.locator('#username input').fill('director');
  await page.locator('#password input').fill('Director-2026!');
  await page.locator('#sign-in').click();
  await page.locator('#menu-access-log').waitFor();
  await expectText('#menu-access-log', 'Жүйеге кіру әрекеттері');
  await page.locator('#menu-access-log').click();
  await page.locator('#access-grid').waitFor();
  await page.locator('#access-grid').getByText('құпиясөз қате').first().waitFor();
  await page.locator('#access-grid').getByText(newUser, { exact: true }).first().waitFor();
  await shot('09-access-log-kk');

  state.step = 'the director downloads the audit log as CSV and finds the contact change in it';
  await page.locator('#menu-audit').click();
  await page.locator('#audit-grid').waitFor();
  const downloading = page.waitForEvent('download');
  await page.locator('#audit-export').click();
  const download = await downloading;
  const csv = await new Promise((resolve, reject) => download.createReadStream().then((stream) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  }, reject));
  if (!csv.startsWith('id,at,actor') || !csv.includes('user.contacts') || !csv.includes('+77012345678')) {
    throw new Error('the audit CSV lacks the contact change: ' + csv.slice(0, 300));
  }

  state.step = 'the app is installable: its service worker controls the page, and offline a reload shows the offline page';
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  await page.reload();
  await expectText('section[lang=kk] h1', 'Байланыс жоқ');
  await expectText('section[lang=en] h1', 'No connection');
  await shot('10-offline');
  await page.context().setOffline(false);
  await page.goto(baseUrl + '/audit');
  await page.locator('#audit-grid').waitFor();
  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);
}, { viewport: { width: 1200, height: 800 }, failedShot: 'failed' });
