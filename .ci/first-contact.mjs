// Signs in to a running instance as the demo leader in Debian's Chromium and waits for a drawn chart.
//   node first-contact.mjs BASE_URL SCREENSHOT.png
// Exits non-zero, with the reason, when the sign-in fails, the page shows an error, or no chart is drawn.
import { chromium } from 'playwright-core';

const [baseUrl, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  // development mode compiles the frontend on the first request: allow it a few minutes
  page.setDefaultTimeout(300_000);
  await page.goto(`${baseUrl}/login`);
  await page.locator('vaadin-login-form input[name=username]').fill('lanhdao');
  await page.locator('vaadin-login-form input[name=password]').fill('demo123');
  await page.locator('vaadin-login-form input[name=password]').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // a drawn chart: ApexCharts has rendered at least one series path inside an apex-chart element
  await page.locator('apex-chart .apexcharts-series path, apex-chart .apexcharts-pie-series path').first()
    .waitFor({ state: 'attached' });
  const text = await page.locator('body').innerText();
  for (const bad of ['Exception', 'Vite dev server failed', 'Failed to install Node', 'Whitelabel']) {
    if (text.includes(bad)) throw new Error(`the page shows "${bad}"`);
  }
  const charts = await page.locator('apex-chart').count();
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`first contact: signed in as lanhdao at ${page.url()}, ${charts} charts, a drawn series found`);
} finally {
  await browser.close();
}
