// Logs in to Tasklist in headless Chromium and saves screenshots.
// Usage: BASE_URL=http://localhost:8080 ADMIN_USER=admin ADMIN_PASSWORD=... node tasklist-login.mjs [outDir]
import { baseUrl as base, launch } from './browser.mjs';

const out = process.argv[2] ?? '.';
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/camunda/app/tasklist/`);
  await page.fill('input[ng-model="username"]', process.env.ADMIN_USER ?? 'admin');
  await page.fill('input[ng-model="password"]', process.env.ADMIN_PASSWORD);
  await page.screenshot({ path: `${out}/tasklist-login.png` });
  await page.click('button[type="submit"]');
  await page.waitForURL(url => !url.hash.includes('login'), { timeout: 30000 });
  await page.getByText('Задачі групи').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(1500); // let the filter list render its counts for the screenshot
  await page.screenshot({ path: `${out}/tasklist-after-login.png` });
  const filters = await page.locator('.task-filters .item, [cam-tasklist-filters] .item, .filters li').allInnerTexts();
  console.log(JSON.stringify({ url: page.url(), filters: filters.map(f => f.replace(/\s+/g, ' ').trim()) }));
} finally {
  await browser.close();
}
