// Browser test of the school's "Class timetables" screen in Debian's headless Chromium, driven by playwright-core.
// Usage: node school-timetable-web.mjs <baseUrl> <screenshotDir> <classes> <periods>
// The demo director takes each class's week from the timetable published in the Timetables component (expecting
// <classes> classes and <periods> periods a week, nothing unmatched), then creates the current term's lessons.
import { browserTest, signIn } from './lib.mjs';

const [baseUrl, shots, classes, periods] = process.argv.slice(2);
if (!periods) {
  console.error('usage: node school-timetable-web.mjs <baseUrl> <screenshotDir> <classes> <periods>');
  process.exit(2);
}

await browserTest(shots, async (page, shot, state) => {
  state.step = 'sign in as the director and open Class timetables';
  await signIn(page, baseUrl, 'director', 'Director-2026!');
  await page.locator('#menu-class-timetable', { hasText: 'Class timetables' }).click();
  await page.locator('#class-timetable-view').waitFor();

  state.step = 'take the week from Timetables';
  await page.locator('#sch-tt-adopt').click();
  await page.locator('#sch-tt-result', { hasText: `${classes} class(es), ${periods} period(s) a week` }).waitFor();
  if (await page.locator('#sch-tt-result li').count() !== 0) {
    throw new Error('lessons left unmatched: ' + await page.locator('#sch-tt-result').innerText());
  }
  await shot('c01-adopted');

  state.step = 'create the term\'s lessons';
  await page.locator('#sch-tt-generate').click();
  await page.locator('#sch-tt-generated', { hasText: /[1-9][0-9]* new lesson/ }).waitFor({ timeout: 60000 });
  await shot('c02-generated');
});
