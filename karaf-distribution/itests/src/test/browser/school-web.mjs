// Browser test of the school's journal and diary in Debian's headless Chromium, driven by playwright-core.
// Usage: node school-web.mjs <baseUrl> <screenshotDir> <daughterId> <markLessonId> <markLessonDate> <classmateId> <absenceLessonId>
// The demo teacher opens the 8А algebra journal of term 1, types 9 into the daughter's empty cell and "a" (absent) into
// a classmate's, sees both saved; types 11 into the daughter's cell and gets the translated range error with the 9
// restored; writes a comment to the daughter on her 9; attaches a worksheet to the lesson (a program named .pdf is refused first). The parent then opens the
// diary, switches to the daughter, goes back to that lesson's week, sees the 9 with the comment and downloads the worksheet.
// Exit code 0 = passed; the last line says what failed.
import { browserTest, chooseLanguage as chooseLanguageOn, expectText as expectTextOn, signIn as signInOn } from './lib.mjs';

const [baseUrl, shots, daughter, markLesson, markDate, classmate, absenceLesson] = process.argv.slice(2);
if (!absenceLesson) {
  console.error('usage: node school-web.mjs <baseUrl> <screenshotDir> <daughterId> <markLessonId> <markLessonDate> <classmateId> <absenceLessonId>');
  process.exit(2);
}

await browserTest(shots, async (page, shot, state) => {
  const chooseLanguage = (name) => chooseLanguageOn(page, name);
  const expectText = (selector, text) => expectTextOn(page, selector, text);
  const signIn = (user, password) => signInOn(page, baseUrl, user, password);
  const cellSelector = (student, lesson) => `#journal-table tr[data-student="${student}"] td[data-lesson="${lesson}"]`;
  // Waits until the server has answered for the cell (no pending value) and it shows `text`.
  const awaitCell = async (selector, text) => {
    await page.waitForFunction(([sel, want]) => {
      const td = document.querySelector(sel);
      return td && !td.hasAttribute('data-pending') && td.textContent.trim() === want;
    }, [selector, text]);
  };
  const typeInto = async (selector, text) => {
    await page.locator(selector).click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };
  state.step = 'the teacher signs in and opens the journal';
  await signIn('teacher', 'Teacher-2026!');
  await expectText('#menu-journal', 'Class journal');
  await page.locator('#menu-journal').click();
  await page.locator('#journal-table').waitFor();
  await expectText('#page-title', 'Class journal');

  state.step = 'choose 8А algebra, term 1';
  await page.locator('#journal-select input').fill('8А');
  await page.locator('vaadin-combo-box-item', { hasText: /8А · Algebra/ }).click();
  await expectText('#journal-title', '8А · Algebra');
  await page.locator('#term-select').click();
  await page.locator('vaadin-select-list-box vaadin-select-item', { hasText: 'Term 1' }).click();
  await expectText('#journal-title', 'Term 1');
  const daughterCell = cellSelector(daughter, markLesson);
  await page.locator(daughterCell).waitFor();
  await expectText(`#journal-table tr[data-student="${daughter}"] td.name`, 'Серікова Аружан');
  if ((await page.locator(daughterCell).innerText()).trim() !== '') {
    throw new Error('the daughter\'s cell is not empty: ' + await page.locator(daughterCell).innerText());
  }
  await expectText('#journal-legend', 'absent');
  await shot('s01-journal');

  state.step = 'type 9 for the daughter';
  await typeInto(daughterCell, '9');
  await awaitCell(daughterCell, '9');
  await expectText('#journal-status[data-state="ok"]', 'Saved: 9 for Серікова Аружан');

  state.step = 'mark a classmate absent in another lesson';
  const classmateCell = cellSelector(classmate, absenceLesson);
  await typeInto(classmateCell, 'a');
  await awaitCell(classmateCell, 'a');
  if (await page.locator(classmateCell).getAttribute('data-att') !== 'ABSENT') {
    throw new Error('the classmate\'s cell is not marked absent');
  }
  await expectText('#journal-status[data-state="ok"]', 'Saved: absent');
  await shot('s02-saved');

  state.step = 'the address keeps the journal and term: a reload shows the same page with the 9';
  await page.waitForURL(/\/journal\?(assignment=\d+&term=\d+|term=\d+&assignment=\d+)$/, { timeout: 10000 })
    .catch(() => { throw new Error('the address is ' + page.url()); });
  await page.reload();
  await expectText('#journal-title', '8А · Algebra');
  await expectText('#journal-title', 'Term 1');
  await awaitCell(daughterCell, '9');
  // a link to a journal that is not hers: said so, and her first journal is shown
  const keep = page.url();
  await page.goto(keep.replace(/assignment=\d+/, 'assignment=999999999'));
  await expectText('vaadin-notification-card', 'is not one you keep or read');
  await page.locator('#journal-title').waitFor();
  await page.goto(keep);
  await expectText('#journal-title', '8А · Algebra');
  await expectText('#journal-title', 'Term 1');
  await awaitCell(daughterCell, '9');

  state.step = 'an 11 in a formative lesson is refused with a translated message and the 9 comes back';
  await typeInto(daughterCell, '11');
  await expectText('#journal-status[data-state="error"]', 'A formative mark is a whole number from 1 to 10.');
  await expectText('vaadin-notification-card', 'A formative mark is a whole number from 1 to 10.');
  await awaitCell(daughterCell, '9');
  await shot('s03-range-error');

  state.step = 'the history shows the new mark';
  await page.locator('#journal-history').click();
  await expectText('#history-grid', 'Серікова Аружан');
  await page.locator('#history-close').click();

  state.step = 'the teacher writes a comment to the daughter on her 9 (Shift+Enter on the cell)';
  await page.locator(daughterCell).click();
  await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), daughterCell);
  await page.keyboard.press('Shift+Enter');
  await page.locator('#comment-text textarea').fill('Жарайсың, Аружан!');
  await page.locator('#comment-save').click();
  await expectText('#journal-status[data-state="ok"]', 'Comment saved for Серікова Аружан');
  await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute('data-comment'), daughterCell);

  state.step = 'the teacher attaches a worksheet to the lesson; a program named .pdf is refused';
  await page.locator(`#journal-table th[data-lesson="${markLesson}"]`).click();
  await expectText('#lesson-files', 'No files.');
  await page.locator('#lesson-file-upload input[type=file]').setInputFiles({ name: 'worksheet.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('MZ this is a program, not a PDF') });
  await expectText('vaadin-notification-card', 'This kind of file is not accepted');
  await expectText('#lesson-files', 'No files.');
  const worksheet = '%PDF-1.4\n% Algebra worksheet 3\n%%EOF\n';
  await page.locator('#lesson-file-upload input[type=file]').setInputFiles({ name: 'Жұмыс парағы.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from(worksheet) });
  await expectText('#lesson-files .edu-homework-file', 'Жұмыс парағы.pdf');
  await shot('s03b-lesson-file');
  await page.locator('#lesson-close').click();
  await page.locator('#lesson-dialog').waitFor({ state: 'detached' });

  state.step = 'the teacher writes the calendar-thematic plan: a wrong line is named, then the lessons take its topics';
  await page.locator('#journal-plan').click();
  await page.locator('#plan-topics textarea').fill('Квадрат теңдеулер; 30\nВиет теоремасы; көп');
  await page.locator('#plan-save').click();
  await expectText('vaadin-notification-card', 'Topic 2: hours are a whole number from 1 to 20.');
  await page.locator('#plan-topics textarea').fill('Квадрат теңдеулер; 20\nВиет теоремасы; 20\nБөлшек-рационал теңдеулер; 20');
  await page.locator('#plan-save').click();
  await expectText('#plan-hours', '3 topics, 60 hours');
  await page.locator('#plan-overwrite').click();
  await page.locator('#plan-fill').click();
  await expectText('#plan-result', 'Topics filled in');
  await shot('s03c-plan');
  await page.locator('#plan-close').click();
  await page.waitForFunction(() => (document.querySelector('#journal-table th[data-lesson]')?.getAttribute('title') || '')
      .includes('Квадрат теңдеулер'));

  state.step = 'the teacher confirms a year grade';
  await page.locator('#journal-year').click();
  const firstFinal = page.locator('#year-grades .year-final').first();
  await firstFinal.waitFor();
  const yearStudent = await firstFinal.getAttribute('data-student');
  await firstFinal.click();
  // every select of the grid has its own (hidden) list of items: take the open one's
  await page.locator('vaadin-select-item:visible').filter({ hasText: '5' }).first().click();
  await page.locator(`#year-grades .year-final[data-student="${yearStudent}"][data-saved="5"]`).waitFor({ state: 'attached' });
  await shot('s03d-year-grades');
  await page.locator('#year-close').click();
  console.log('YEAR ' + yearStudent);

  state.step = 'the parent opens the diary of the daughter';
  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);
  await signIn('parent', 'Parent-2026!');
  await expectText('#menu-diary', 'Diary');
  if (await page.locator('#menu-journal').count() !== 0) {
    throw new Error('the parent sees the journal in the menu');
  }
  await page.locator('#menu-diary').click();
  await page.locator('#diary-week').waitFor();
  await page.locator('#diary-student').click();
  // the list's item, not the copy of the selected one that the select shows in its field
  await page.locator('vaadin-select-list-box vaadin-select-item', { hasText: 'Серікова Аружан' }).click();
  await expectText('#diary-student', 'Серікова Аружан');

  state.step = 'go back to the week of the lesson';
  const d = new Date(markDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  const monday = d.toISOString().slice(0, 10);
  for (let i = 0; i < 60; i++) {
    const shown = await page.locator('#diary-week').getAttribute('data-monday');
    if (shown === monday) {
      break;
    }
    await page.locator(shown > monday ? '#diary-prev' : '#diary-next').click();
    await page.waitForFunction((prev) => document.querySelector('#diary-week').getAttribute('data-monday') !== prev, shown);
  }
  if (await page.locator('#diary-week').getAttribute('data-monday') !== monday) {
    throw new Error('could not reach the week of ' + monday);
  }
  await expectText(`.edu-diary-lesson[data-lesson="${markLesson}"] .edu-diary-mark`, '9');
  await expectText(`.edu-diary-lesson[data-lesson="${markLesson}"] .edu-diary-comment`, "Teacher's comment: Жарайсың, Аружан!");
  await expectText(`.edu-diary-lesson[data-lesson="${markLesson}"]`, 'Algebra');
  await expectText('#diary-summary', 'Algebra');
  await shot('s04-diary');

  state.step = 'the parent downloads the worksheet from the diary';
  const fileLink = page.locator(`.edu-diary-lesson[data-lesson="${markLesson}"] .edu-homework-file`, { hasText: 'Жұмыс парағы.pdf' });
  const [download] = await Promise.all([page.waitForEvent('download'), fileLink.click()]);
  const got = await new Promise((resolve, reject) => download.createReadStream().then((stream) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    stream.on('error', reject);
  }, reject));
  if (got !== worksheet) {
    throw new Error('the downloaded worksheet differs: ' + JSON.stringify(got));
  }

  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);
}, { viewport: { width: 1280, height: 900 }, failedShot: 's-failed' });
