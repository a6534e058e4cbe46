// Browser test of an account whose first password someone else chose (a school's import), in headless Chromium.
// Usage: node first-password.mjs <baseUrl> <screenshotDir> <login> <firstPassword>
// The person signs in with the first password and lands on My profile, told to choose their own; another page sends
// them back there; once they have changed it, the home page opens. Exit code 0 = passed.
import { browserTest, expectText as expectTextOn } from './lib.mjs';

const [baseUrl, shots, login, firstPassword] = process.argv.slice(2);
if (!firstPassword) {
  console.error('usage: node first-password.mjs <baseUrl> <screenshotDir> <login> <firstPassword>');
  process.exit(2);
}

await browserTest(shots, async (page, shot, state) => {
  const expectText = (selector, text) => expectTextOn(page, selector, text);
  state.step = 'sign in with the first password: My profile asks for an own password';
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login$/);
  await page.locator('#username input').fill(login);
  await page.locator('#password input').fill(firstPassword);
  await page.locator('#sign-in').click();
  await page.locator('#change-password').waitFor();
  await expectText('#password-change-required', 'задайте ниже собственный'); // a new account speaks Russian until it chooses
  await shot('p01-first-password');

  state.step = 'another page leads back to My profile';
  await page.goto(baseUrl + '/');
  await page.locator('#change-password').waitFor();
  if (await page.locator('#welcome').count() > 0) {
    throw new Error('the home page opened before the password was changed');
  }

  state.step = 'choose an own password: the home page opens';
  await page.locator('#current-password input').fill(firstPassword);
  await page.locator('#new-password input').fill('My-Own-Pass-2026');
  await page.locator('#change-password').click();
  await expectText('vaadin-notification-card', 'Пароль изменён.');
  await page.goto(baseUrl + '/');
  await page.locator('#welcome').waitFor();
  await shot('p02-own-password');
}, { viewport: { width: 1200, height: 800 }, failedShot: 'p-failed' });
