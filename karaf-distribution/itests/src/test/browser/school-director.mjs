// Browser test of the director's school screens (substitutions, reports) in headless Chromium, driven by playwright-core.
// Usage: node school-director.mjs <baseUrl> <screenshotDir> <teacherName> <teachersWorkbook.xlsx>
// The demo director opens Substitutions, marks the teacher absent for this week (the default dates), sees the lessons
// the absence leaves without a teacher, opens the free teachers of the first one, assigns the first, sees the
// substitute in the lesson's row and the lesson in the book of substituted lessons; then shows the knowledge-quality
// report of the current term and downloads it as XLSX; downloads the import template and sees a non-workbook refused; on
// Classes and students enrols a new student in 5А (a wrong IIN refused at its field first), puts her and a classmate in
// a new sub-group and moves her to 5Б; imports a workbook with a new teacher and downloads the first passwords; on Year
// and curriculum reads the quarters, gives 8А physics to the imported teacher, is refused deleting 8А algebra, adds the
// subject Robotics (its empty code refused first), adds and deletes a robotics assignment, and makes the next school year
// (a holiday that is no date refused first).
// Exit code 0 = passed.
import { browserTest, expectText as expectTextOn, signIn as signInOn } from './lib.mjs';

const [baseUrl, shots, teacherName, teachersWorkbook] = process.argv.slice(2);
if (!teachersWorkbook) {
  console.error('usage: node school-director.mjs <baseUrl> <screenshotDir> <teacherName> <teachersWorkbook.xlsx>');
  process.exit(2);
}

await browserTest(shots, async (page, shot, state) => {
  const expectText = (selector, text) => expectTextOn(page, selector, text);
  state.step = 'the director opens Substitutions';
  await signInOn(page, baseUrl, 'director', 'Director-2026!');
  await expectText('#menu-substitutions', 'Substitutions');
  await page.locator('#menu-substitutions').click();
  await page.locator('#subst-teacher').waitFor();

  state.step = 'a teacher not chosen is asked for';
  await page.locator('#subst-mark').click();
  await page.locator('#subst-teacher[invalid]').waitFor();

  state.step = 'mark the teacher absent for this week';
  await page.locator('#subst-teacher input').fill(teacherName);
  await page.locator('vaadin-combo-box-item', { hasText: teacherName }).first().click();
  await page.locator('#subst-reason input').fill('Course in Astana');
  await page.locator('#subst-mark').click();
  await expectText('vaadin-notification-card', 'is marked absent');
  await expectText('#subst-absences', 'Course in Astana');
  await page.locator('#subst-lessons .subst-choose').first().waitFor();
  await shot('u01-affected');

  state.step = 'choose a free teacher for the first lesson';
  const lessonId = await page.locator('#subst-lessons .subst-choose').first().getAttribute('data-lesson');
  await page.locator(`#subst-lessons .subst-choose[data-lesson="${lessonId}"]`).click();
  await page.locator('#subst-candidates .subst-assign').first().waitFor();
  await shot('u02-candidates');
  await page.locator('#subst-candidates .subst-assign').first().click();
  await expectText('vaadin-notification-card', 'will substitute');
  await page.locator(`#subst-lessons .subst-choose[data-lesson="${lessonId}"]`, { hasText: 'Change' }).waitFor();
  await page.locator('#subst-lessons .subst-remove').first().waitFor();

  state.step = 'the lesson is in the book of substituted lessons';
  await page.locator('#subst-book-show').click();
  await expectText('#subst-book', teacherName);
  await shot('u03-book');

  state.step = 'the director shows the knowledge-quality report and downloads it as XLSX';
  await page.locator('#menu-school-reports').click();
  await expectText('#rep-kind', 'Knowledge quality and success rate');
  await page.locator('#rep-show').click();
  await page.locator('#rep-title').waitFor();
  await page.locator('#rep-table-0 vaadin-grid-cell-content', { hasText: '8А' }).first().waitFor();
  await shot('u04-report');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#rep-xlsx').click()]);
  const bytes = await new Promise((resolve, reject) => download.createReadStream().then((stream) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  }, reject));
  if (bytes.length < 100 || bytes.toString('latin1', 0, 2) !== 'PK' || !download.suggestedFilename().endsWith('.xlsx')) {
    throw new Error('the report download is not an XLSX workbook: ' + download.suggestedFilename() + ', ' + bytes.length + ' bytes');
  }
  state.step = 'the director downloads the import template and a file that is not a workbook is refused with the reason';
  await page.locator('#menu-school-import').click();
  const [template] = await Promise.all([page.waitForEvent('download'), page.locator('#import-template').click()]);
  if (!template.suggestedFilename().endsWith('.xlsx')) {
    throw new Error('the template is ' + template.suggestedFilename());
  }
  await page.locator('#import-upload input[type=file]').setInputFiles({ name: 'classes.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('name;class\nАйгерім;1А\n') });
  await expectText('#import-result', 'nothing was changed');
  await page.locator('#import-errors li').first().waitFor();
  await shot('u05-import-refused');

  state.step = 'the director imports a workbook with a new teacher and downloads the first passwords';
  await page.locator('#import-upload input[type=file]').setInputFiles(teachersWorkbook);
  await expectText('#import-result', '1 teachers');
  await expectText('#import-result', 'the passwords are shown only once');
  const [passwords] = await Promise.all([page.waitForEvent('download'), page.locator('#import-credentials').click()]);
  if (!passwords.suggestedFilename().endsWith('.xlsx')) {
    throw new Error('the first passwords come as ' + passwords.suggestedFilename());
  }
  await shot('u05b-import-teacher');

  state.step = 'the director enrols a new student in 5А: a wrong IIN is named at its field, then she is in the list';
  await page.locator('#menu-school-classes').click();
  await page.locator('#classes-class').waitFor();
  await page.locator('#classes-class').click();
  await page.locator('vaadin-select-item:visible', { hasText: /^\s*5А\s*$/ }).click();
  await expectText('#classes-view h3', 'Class 5А');
  await page.locator('#classes-enrol').click();
  await page.locator('#enrol-last input').fill('Қасымова');
  await page.locator('#enrol-first input').fill('Айдана');
  await page.locator('#enrol-iin input').fill('123456789012');
  await page.locator('#enrol-save').click();
  await page.locator('#enrol-iin[invalid]').waitFor();
  await shot('u06-enrol-refused');
  await page.locator('#enrol-iin input').fill('');
  await page.locator('#enrol-order input').fill('№ 45');
  await page.locator('#enrol-save').click();
  await expectText('vaadin-notification-card', 'is enrolled in class 5А');
  await page.locator('#classes-students vaadin-grid-cell-content', { hasText: 'Қасымова Айдана' }).first().waitFor();

  state.step = 'the director makes a sub-group «Ағылшын 1» of her and one classmate';
  await page.locator('#classes-new-group').click();
  await page.locator('#group-name input').fill('Ағылшын 1');
  await page.locator('#group-members vaadin-checkbox', { hasText: 'Қасымова Айдана' }).click();
  await page.locator('#group-members vaadin-checkbox:not([checked])').first().click();
  await page.locator('#group-save').click();
  await expectText('vaadin-notification-card', 'Group «Ағылшын 1»: 2 students.');
  await page.locator('#classes-groups vaadin-grid-cell-content', { hasText: 'Ағылшын 1' }).first().waitFor();
  await shot('u07-group');

  state.step = 'the director moves her to 5Б: she leaves the list of 5А';
  await page.locator('#classes-students .classes-transfer[data-name="Қасымова Айдана"]').click();
  await page.locator('#transfer-to').click();
  await page.locator('vaadin-select-item:visible', { hasText: /^\s*5Б\s*$/ }).click();
  await page.locator('#transfer-order input').fill('№ 46');
  await page.locator('#transfer-save').click();
  await expectText('vaadin-notification-card', 'is in class 5Б now');
  await page.locator('#classes-students .classes-transfer[data-name="Қасымова Айдана"]').waitFor({ state: 'detached' });
  await shot('u08-transferred');

  state.step = 'Year and curriculum shows the year\'s quarters and holidays';
  await page.locator('#menu-school-curriculum').click();
  await expectText('#curr-terms vaadin-grid-cell-content', 'Term 4');
  await expectText('#curr-terms vaadin-grid-cell-content', '25.05.2027');
  await expectText('#curr-holidays', '16.12.2026');

  state.step = 'the director gives 8А physics to the teacher imported above, 3 hours a week';
  await page.locator('#curr-class').click();
  await page.locator('vaadin-select-item:visible', { hasText: /^\s*8А\s*$/ }).click();
  await page.locator('#curr-assignments .curr-assignment-change[data-subject="Physics"]').click();
  await page.locator('#assignment-teacher input').fill('Омарова');
  await page.locator('vaadin-combo-box-item', { hasText: 'Омарова Гүлнар' }).first().click();
  await page.locator('#assignment-hours input').fill('3');
  await page.locator('#assignment-save').click();
  await expectText('vaadin-notification-card', 'Physics: Омарова Гүлнар, 3 h a week.');
  await expectText('#curr-assignments vaadin-grid-cell-content', 'Омарова Гүлнар');

  state.step = 'an assignment with lessons is not deleted';
  await page.locator('#curr-assignments .curr-assignment-delete[data-subject="Algebra"]').click();
  await expectText('vaadin-notification-card', 'cannot be deleted');

  state.step = 'a new subject: the empty code is named at its field, then «Robotics» is in the list';
  await page.locator('#curr-new-subject').click();
  await page.locator('#subject-en input').fill('Robotics');
  await page.locator('#subject-save').click();
  await page.locator('#subject-code[invalid]').waitFor();
  await page.locator('#subject-code input').fill('robotics');
  await page.locator('#subject-kk input').fill('Робототехника');
  await page.locator('#subject-ru input').fill('Робототехника');
  await page.locator('#subject-save').click();
  await expectText('vaadin-notification-card', 'Subject «Robotics» added.');
  await expectText('#curr-subjects vaadin-grid-cell-content', 'robotics');

  state.step = 'an assignment of robotics made by mistake is added and deleted';
  await page.locator('#curr-new-assignment').click();
  await page.locator('#assignment-subject input').fill('Robot');
  await page.locator('vaadin-combo-box-item', { hasText: 'Robotics' }).first().click();
  await page.locator('#assignment-teacher input').fill('Омарова');
  await page.locator('vaadin-combo-box-item', { hasText: 'Омарова Гүлнар' }).first().click();
  await page.locator('#assignment-hours input').fill('1');
  await page.locator('#assignment-save').click();
  await expectText('vaadin-notification-card', 'Robotics: Омарова Гүлнар, 1 h a week.');
  await page.locator('#curr-assignments .curr-assignment-delete[data-subject="Robotics"]').click();
  await expectText('vaadin-notification-card', 'The assignment «Robotics» is deleted.');
  await page.locator('#curr-assignments .curr-assignment-delete[data-subject="Robotics"]').waitFor({ state: 'detached' });
  await shot('u09-curriculum');

  state.step = 'next year with four quarters: a word that is no date is named among the holidays, then the year is made';
  await page.locator('#curr-new-year').click();
  await page.locator('#year-name input').waitFor();
  if ((await page.locator('#year-name input').inputValue()) !== '2027-2028') {
    throw new Error('the next year is proposed as ' + await page.locator('#year-name input').inputValue());
  }
  await page.locator('#year-holidays textarea').fill('16.12.2027, soon');
  await page.locator('#year-save').click();
  await page.locator('#year-holidays[invalid]').waitFor();
  await page.locator('#year-holidays textarea').fill('16.12.2027');
  await page.locator('#year-save').click();
  await expectText('vaadin-notification-card', 'The school year 2027-2028 is created with 4 terms.');

  await page.locator('#sign-out').click();
  await page.waitForURL(/\/login$/);
  console.log('LESSON ' + lessonId);
}, { viewport: { width: 1280, height: 900 }, failedShot: 'u-failed' });
