// A manager opens a confirm-order task in Tasklist, reads the order in Ukrainian and confirms it.
// Usage: BASE_URL=http://localhost:8080 USER_NAME=manager1 USER_PASSWORD=... node confirm-order.mjs [outDir]
import { launch, logIn } from './browser.mjs';

const out = process.argv[2] ?? '.';
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await logIn(page, process.env.USER_NAME ?? 'manager1', process.env.USER_PASSWORD);
  await page.getByText('Задачі групи').first().click();
  const card = page.locator('.tasks-list li').filter({ hasText: /Підтвердити замовлення \d+ з покупцем/ }).first();
  await card.waitFor({ timeout: 30000 });
  await card.click();
  await page.getByText('Результат дзвінка').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(1000); // the form renders its texts after the variables arrive
  await page.screenshot({ path: `${out}/confirm-order-form.png`, fullPage: true });
  const formText = (await page.locator('.task-details, [cam-tasklist-task]').first().innerText()).replace(/\s+/g, ' ');
  const orderLine = formText.match(/Замовлення № (\d+)/);
  // take the task («Взяти»), choose "Підтверджено" and complete it («Завершити»)
  await page.getByText('Взяти', { exact: true }).first().click();
  await page.waitForTimeout(1500); // Tasklist re-renders the form as editable once the task is claimed
  await page.getByLabel('Покупець підтвердив замовлення').first().check();
  await page.getByRole('button', { name: /Завершити/ }).first().click();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${out}/confirm-order-completed.png`, fullPage: true });
  console.log(JSON.stringify({ order: orderLine ? orderLine[1] : null, form: formText.slice(0, 1500) }));
} finally {
  await browser.close();
}
