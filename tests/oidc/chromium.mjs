#!/usr/bin/env node
// A person's browser for tok's authorization code test: Debian's chromium,
// headless, driven by playwright-core. Given as $BROWSER, it opens the
// address tok passes, types a login and password into oidc-provider's
// sign-in page, presses Continue on the consent page, and waits until the
// browser lands on tok's loopback redirect and shows tok's answer. Exits 0
// only if that page says the sign-in worked; with TOK_TEST_BROWSER_LOG set,
// also writes what it saw there (tok does not wait for its browser).
//
//   chromium.mjs URL
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.argv[2];
const profile = mkdtempSync(join(tmpdir(), 'tok-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.TOK_TEST_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});
let ok = false;
let said = '';
try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(url);
  await page.fill('input[name=login]', 'alice');
  await page.fill('input[name=password]', 'any-password');
  await page.click('button[type=submit]');
  await page.waitForSelector('input[name=prompt][value=consent]', { state: 'attached' });
  await page.click('button[type=submit]');
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/callback\?/);
  said = await page.textContent('body');
  ok = /Signed in/.test(said);
} catch (e) {
  said = `chromium.mjs: ${e.message}`;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(said);
if (process.env.TOK_TEST_BROWSER_LOG) {
  writeFileSync(process.env.TOK_TEST_BROWSER_LOG, `${ok ? 'ok' : 'failed'} ${said}\n`);
}
process.exit(ok ? 0 : 1);
