// Browser test: a signed-in session left alone expires, and the browser is back at the sign-in page by itself.
// Usage: node session-expiry.mjs <baseUrl> <screenshotDir>   (the server runs with a session timeout of a few seconds)
import { browserTest, signIn } from './lib.mjs';

const [baseUrl, shots] = process.argv.slice(2);

await browserTest(shots, async (page, shot, state) => {
  state.step = 'sign in';
  await signIn(page, baseUrl, 'director', 'Director-2026!');
  await page.locator('#menu-users').waitFor();

  state.step = 'left alone, the session expires and the page goes back to the sign-in form';
  await page.waitForURL(/\/login$/, { timeout: 60000 });
  await page.locator('#username input').waitFor();
  await shot('x01-expired');

  state.step = 'what was open needs a new sign-in';
  await page.goto(baseUrl + '/users');
  await page.waitForURL(/\/login$/);
}, { viewport: { width: 1200, height: 800 }, failedShot: 'x-failed' });
