// Browser test of the coding school's student screens in Debian's headless Chromium, driven by playwright-core.
// Usage: node coding-web.mjs <baseUrl> <screenshotDir>
// The demo student signs in, opens the task "A plus B", sees its statement and example, gets the translated error for
// an empty program, types a correct Python solution into the code editor (CodeMirror), submits it and sees "Accepted"
// in the verdict table, then replaces it with a wrong one and sees "Wrong answer"; the task list then shows the best
// verdict, and the menu is Kazakh after switching language. Exit code 0 = passed; the last line says what failed.
import { browserTest, chooseLanguage as chooseLanguageOn, expectText as expectTextOn } from './lib.mjs';

const [baseUrl, shots] = process.argv.slice(2);
if (!baseUrl || !shots) {
  console.error('usage: node coding-web.mjs <baseUrl> <screenshotDir>');
  process.exit(2);
}

await browserTest(shots, async (page, shot, state) => {
  const chooseLanguage = (name) => chooseLanguageOn(page, name);
  const expectText = (selector, text) => expectTextOn(page, selector, text);
  const shownSubmission = () => page.evaluate(() => {
    const r = document.querySelector('#coding-result');
    return r ? r.getAttribute('data-submission') : null;
  });
  // Waits until the result area shows a judged submission other than `before`; the verdict arrives by polling.
  const awaitJudged = async (before) => {
    await page.waitForFunction((prev) => {
      const r = document.querySelector('#coding-result');
      return r && r.getAttribute('data-submission') && r.getAttribute('data-submission') !== prev
        && r.getAttribute('data-status') === 'DONE';
    }, before, { timeout: 120000 });
  };
  const typeProgram = async (source) => {
    const content = page.locator('#code-editor .cm-content');
    await content.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(source);
  };
  state.step = 'sign in as the demo student';
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login$/);
  await page.locator('#username input').fill('student');
  await page.locator('#password input').fill('Student-2026!');
  await page.locator('#sign-in').click();
  await page.locator('#welcome').waitFor();
  await chooseLanguage('English');
  await expectText('#menu-coding', 'Programming tasks');

  state.step = 'open the task list';
  await page.locator('#menu-coding').click();
  await page.locator('#coding-tasks').waitFor();
  await expectText('#page-title', 'Programming tasks');
  await expectText('#coding-tasks', '64 MB');
  await shot('c01-tasks');

  state.step = 'open the task "A plus B"';
  await page.locator('#task-aplusb').click();
  await page.waitForURL(/\/coding\?task=aplusb$/);
  await expectText('#task-title', 'A plus B');
  await expectText('#task-statement', 'Print their sum a + b.');
  await expectText('#sample-1', '1 2');
  await expectText('#coding-language', 'Python');
  await page.locator('#code-editor .cm-content').waitFor();

  state.step = 'an empty program is refused with a translated message';
  await page.locator('#coding-submit').click();
  await expectText('#coding-error', 'The program is empty.');

  state.step = 'type a correct Python solution: the editor highlights it';
  await typeProgram('# A + B\na, b = map(int, input().split())\nprint(a + b)\n');
  const typed = await page.locator('#code-editor .cm-content').innerText();
  if (!typed.includes('print(a + b)')) {
    throw new Error('the editor holds: ' + typed);
  }
  // Python's grammar marks the comment as a token of its own (a span with a highlight class); plain text has none
  const comment = page.locator('#code-editor .cm-line span', { hasText: '# A + B' });
  if (await comment.count() !== 1 || !(await comment.getAttribute('class'))) {
    throw new Error('no syntax highlighting: the comment is not a highlighted token');
  }
  await shot('c02-typed');

  state.step = 'submit the correct solution and see Accepted';
  let before = await shownSubmission();
  await page.locator('#coding-submit').click();
  await awaitJudged(before);
  await expectText('#coding-verdict', 'Accepted');
  await expectText('#coding-tests tr[data-verdict="AC"]', 'Accepted');
  if (await page.locator('#coding-tests tr[data-verdict="WA"]').count() !== 0) {
    throw new Error('a test of the correct solution failed');
  }
  await shot('c03-accepted');

  state.step = 'submit a wrong solution and see Wrong answer';
  before = await shownSubmission();
  await typeProgram('a, b = map(int, input().split())\nprint(a - b)\n');
  await page.locator('#coding-submit').click();
  await awaitJudged(before);
  await expectText('#coding-verdict', 'Wrong answer');
  await expectText('#coding-tests tr[data-verdict="WA"]', 'Wrong answer');
  await expectText('#coding-history', 'Wrong answer');
  await expectText('#coding-history', 'Accepted');
  await shot('c04-wrong-answer');

  state.step = 'the task list shows the best verdict';
  await page.locator('#coding-view a', { hasText: 'All tasks' }).click();
  await page.locator('#coding-tasks').waitFor();
  await expectText('#coding-tasks [data-verdict="AC"]', 'Accepted');

  state.step = 'in Kazakh';
  await chooseLanguage('Қазақша');
  await expectText('#menu-coding', 'Бағдарламалау есептері');
  await page.locator('#menu-coding').click();
  await expectText('#coding-tasks [data-verdict="AC"]', 'Қабылданды');
  await shot('c05-tasks-kk');

  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);
}, { viewport: { width: 1200, height: 900 }, failedShot: 'c-failed' });
