// Debian's Chromium, headless, with the flags this machine's closed network needs.
import { chromium } from 'playwright-core';

export const baseUrl = process.env.BASE_URL ?? 'http://localhost:8080';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens Tasklist and logs in. */
export async function logIn(page, user, password) {
  await page.goto(`${baseUrl}/camunda/app/tasklist/`);
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', password);
  await page.click('button[type="submit"]');
}
