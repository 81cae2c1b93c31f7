import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const colorScheme of ['light', 'dark']) {
  const context = await browser.newContext({ ...devices['Pixel 7'], viewport: { width: 360, height: 740 }, colorScheme });
  const page = await context.newPage();
  await page.goto('http://localhost:4403/gids/facebook/#bezwaar-te-maken');
  const img = page.locator('li#bezwaar-te-maken img');
  await img.evaluate((el) => el.decode());
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/visual-shots/phone-${colorScheme}.png` });
  await context.close();
}
await browser.close();
