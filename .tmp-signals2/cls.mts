import { chromium } from '@playwright/test';
import { startShop } from '/work/wt-signals2/tests/shop/server';
const shop = await startShop();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const path of ['/odd/deals.html']) {
  await page.goto(shop.origin + path);
  await page.waitForTimeout(1500);
  const cls = await page.evaluate(() => new Promise((resolve) => new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e: any) => sum + (e.hadRecentInput ? 0 : e.value), 0))).observe({ type: 'layout-shift', buffered: true })).then((v) => v).catch(() => 0));
  console.log(path, cls, page.viewportSize());
}
await browser.close();
await shop.close();
