// Shared steps of the browser tests: Debian's headless Chromium through playwright-core, sign-in, language.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Starts Chromium with a fresh profile; `run(page, shot, state)` does the test (keeping `state.step` up to date);
 * prints BROWSER TEST PASSED, or FAILED with the step and a screenshot named `failedShot`.
 */
export async function browserTest(shots, run, { viewport = { width: 1280, height: 900 }, failedShot = 's-failed' } = {}) {
  mkdirSync(shots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'edu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
    viewport,
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(30000);
  const shot = (name) => page.screenshot({ path: join(shots, name + '.png'), fullPage: true });
  const state = { step: 'start' };
  try {
    await run(page, shot, state);
    console.log('BROWSER TEST PASSED');
  } catch (e) {
    await shot(failedShot).catch(() => {});
    console.log('BROWSER TEST FAILED at step "' + state.step + '": ' + (e && e.message ? e.message.split('\n')[0] : e));
    process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Chooses the UI language in the shell's switch (by its name in the list, e.g. "English"). */
export async function chooseLanguage(page, name) {
  const select = page.locator('#language');
  if ((await select.innerText()).includes(name)) {
    return;
  }
  await select.click();
  await page.locator('vaadin-select-item', { hasText: name }).click();
}

/** Waits until an element matching `selector` with `text` in it is visible. */
export async function expectText(page, selector, text) {
  await page.locator(selector, { hasText: text }).first().waitFor({ state: 'visible' });
}

/** Signs in on the shell's login page and switches the UI to `language`. */
export async function signIn(page, baseUrl, user, password, language = 'English') {
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login$/);
  await page.locator('#username input').fill(user);
  await page.locator('#password input').fill(password);
  await page.locator('#sign-in').click();
  await page.locator('#welcome').waitFor();
  await chooseLanguage(page, language);
}
