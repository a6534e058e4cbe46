// Browser test of the coding school's student screens in Debian's headless Chromium, driven by playwright-core.
// Usage: node coding-web.mjs <baseUrl> <screenshotDir>
// The demo student signs in, opens the task "A plus B", sees its statement and example, gets the translated error for
// an empty program, types a correct Python solution into the code editor (CodeMirror), submits it and sees "Accepted"
// in the verdict table, then replaces it with a wrong one and sees "Wrong answer"; the task list then shows the best
// verdict, and the menu is Kazakh after switching language; the student has no "Manage tasks". Then the demo teacher writes
// a task "double" in the Manage tasks form (three tests, one a sample), is told when a test is incomplete, saves it,
// downloads it as .zip and uploads that again as "double2" (a file that is not a zip is refused, translated), deletes
// "double2", and the student solves "double". Exit code 0 = passed; the last line says what failed.
import { readFileSync } from 'node:fs';
import { browserTest, chooseLanguage as chooseLanguageOn, expectText as expectTextOn, signIn } from './lib.mjs';

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
  // Waits until earlier notifications have gone, so that the next one is the answer to what follows.
  const noNotifications = () => page.waitForFunction(() => document.querySelectorAll('vaadin-notification-card').length === 0,
    null, { timeout: 20000 });
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

  state.step = 'a student has no Manage tasks';
  if (await page.locator('#menu-coding-manage').count() !== 0) {
    throw new Error('the student sees Manage tasks');
  }
  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);

  state.step = 'the teacher opens Manage tasks';
  await signIn(page, baseUrl, 'teacher', 'Teacher-2026!');
  await expectText('#menu-coding-manage', 'Manage tasks');
  await page.locator('#menu-coding-manage').click();
  await page.locator('#coding-manage-tasks').waitFor();
  await expectText('#coding-manage-tasks', 'aplusb');
  await page.locator('#task-upload').waitFor();
  await shot('c06-manage');

  state.step = 'the teacher writes a task with three tests';
  await page.locator('#task-new').click();
  await page.locator('#task-editor').waitFor();
  await page.locator('#task-id input').fill('double');
  await page.locator('#task-name-en input').fill('Double it');
  await page.locator('#task-name-kk input').fill('Екі есе');
  await page.locator('#task-statement-en textarea').fill('Read *n* and print **2n**.\n\n<script>window.pwned = true</script>');
  await page.locator('#task-time input').fill('2');
  const tests = [['21', '42'], ['0', '0'], ['-7', '-14']];
  for (let i = 0; i < tests.length; i++) {
    await page.locator(`#task-test-input-${i + 1} textarea`).fill(tests[i][0]);
    if (i < 2) {
      await page.locator(`#task-test-output-${i + 1} textarea`).fill(tests[i][1]);
    }
  }
  await page.locator('#task-save').click();
  await expectText('vaadin-notification-card', 'Test 3 needs an input and an expected output.');
  await page.locator('#task-test-output-3 textarea').fill(tests[2][1]);
  await shot('c07-task-form');
  await page.locator('#task-save').click();
  await page.locator('#coding-manage-tasks').waitFor();
  await expectText('#coding-manage-tasks', 'double');
  await expectText('#coding-manage-tasks', 'Double it');
  await shot('c08-task-saved');

  state.step = 'the teacher downloads the task as .zip and uploads it again as another task';
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#task-download-double').click()]);
  if (download.suggestedFilename() !== 'double.zip') {
    throw new Error('downloaded ' + download.suggestedFilename());
  }
  const zip = readFileSync(await download.path());
  await page.locator('#task-upload-id input').fill('double2');
  await page.locator('#task-upload-id input').press('Tab'); // the value reaches the server when the field is left
  await noNotifications();
  await page.locator('#task-upload input[type=file]').setInputFiles({ name: 'double.zip', mimeType: 'application/zip', buffer: zip });
  const said = page.locator('vaadin-notification-card').first();
  await said.waitFor();
  if (!(await said.innerText()).includes('added with 3 tests')) {
    throw new Error('the upload of ' + zip.length + ' bytes said: ' + await said.innerText());
  }
  await page.locator('#task-edit-double2').waitFor();

  state.step = 'a file that is not a zip is refused and changes nothing';
  await noNotifications();
  await page.locator('#task-upload input[type=file]').setInputFiles({ name: 'notes.zip', mimeType: 'application/zip',
    buffer: Buffer.from('these are my notes, not a task package') });
  await expectText('vaadin-notification-card', 'The task package must be a .zip file.');
  await shot('c08b-upload-refused');

  state.step = 'the teacher deletes the copy';
  await page.locator('#task-delete-double2').click();
  await expectText('vaadin-dialog-overlay', 'Delete the task');
  await page.locator('#task-delete-yes').click();
  await page.locator('#task-edit-double2').waitFor({ state: 'detached' });
  await page.locator('#task-edit-double').waitFor();

  state.step = 'the teacher opens it again: the form holds what was saved';
  await page.locator('#task-edit-double').click();
  await page.locator('#task-editor').waitFor();
  const input3 = await page.locator('#task-test-input-3 textarea').inputValue();
  if (input3.trim() !== "-7" || !(await page.locator("#task-test-sample-1 input").isChecked())) {
    throw new Error('the saved task reads back as: test 3 input ' + JSON.stringify(input3));
  }
  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);

  state.step = 'the student solves the new task';
  await signIn(page, baseUrl, 'student', 'Student-2026!');
  await page.locator('#menu-coding').click();
  await page.locator('#task-double').click();
  await page.waitForURL(/\/coding\?task=double$/);
  await expectText('#task-title', 'Double it');
  await expectText('#task-statement', 'Read n and print 2n.');
  // the statement is Markdown: emphasis is rendered, raw HTML is shown as text and never runs
  await page.locator('#task-statement strong', { hasText: '2n' }).waitFor();
  await page.locator('#task-statement em', { hasText: 'n' }).waitFor();
  await expectText('#task-statement', '<script>window.pwned = true</script>');
  if (await page.evaluate(() => window.pwned === true) || await page.locator('#task-statement script').count() > 0) {
    throw new Error('raw HTML in a statement must not become live');
  }
  await expectText('#sample-1', '21');
  await page.locator('#code-editor .cm-content').waitFor();
  before = await shownSubmission();
  await typeProgram('print(2 * int(input()))\n');
  await page.locator('#coding-submit').click();
  await awaitJudged(before);
  await expectText('#coding-verdict', 'Accepted');
  await shot('c09-new-task-accepted');

  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);
}, { viewport: { width: 1200, height: 900 }, failedShot: 'c-failed' });
