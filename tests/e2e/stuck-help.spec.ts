// Help where readers get stuck: "Lukt het niet?" under a step opens and closes without
// JavaScript and links on; the home page's first phone screen shows where to start.
import { expect, test } from '@playwright/test';

const SMALL_PHONE = { width: 360, height: 740 };

test.describe('‘Lukt het niet?’ without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: SMALL_PHONE });

  test('is closed, opens with a tap, links on, and closes again', async ({ page }) => {
    await page.goto('/gids/facebook/#bezwaar-te-maken');
    const step = page.locator('li#bezwaar-te-maken');
    const help = step.locator('details.step-stuck');
    const firstLink = help.locator('li a').first();
    await expect(help).not.toHaveAttribute('open');
    await expect(firstLink).toBeHidden();
    await help.getByText('Lukt het niet?').click();
    await expect(help).toHaveAttribute('open');
    await expect(firstLink).toBeVisible();
    expect(await help.locator('li').count()).toBeGreaterThanOrEqual(3);
    await help.getByText('Lukt het niet?').click();
    await expect(firstLink).toBeHidden();
  });

  test('a link in it leads to the right answer', async ({ page }) => {
    await page.goto('/gids/facebook/#bevestiging');
    const help = page.locator('li#bevestiging details.step-stuck');
    await help.getByText('Lukt het niet?').click();
    await help.getByRole('link', { name: 'Lees wat je doet als de bevestiging niet komt' }).click();
    await expect(page).toHaveURL(/\/gids\/na-je-bezwaar\/#geen-mail$/);
    await expect(page.locator('li#geen-mail h2')).toContainText('Geen bevestiging?');
  });

  test('a step opened from a link shows where its route comes from on the first screen', async ({ page }) => {
    await page.goto('/gids/instagram/#privacycentrum');
    const line = page.locator('li#privacycentrum .step-place-where');
    await expect(line).toContainText('route uit bronnen van april en mei 2025');
    const box = (await line.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(SMALL_PHONE.height);
  });
});

test.describe('home page on a small phone', () => {
  test.use({ viewport: SMALL_PHONE });

  test('the first screen links to the Facebook guide, the Instagram guide and the plan', async ({ page }) => {
    await page.goto('/');
    for (const href of ['/gids/facebook/', '/gids/instagram/', '/mijn-plan/']) {
      const link = page.locator(`main a.choice[href^="${href}"]`);
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, href).toBeLessThanOrEqual(SMALL_PHONE.height);
    }
  });

  test('shows its update date and its sources', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main time[datetime]')).toHaveCount(1);
    await expect(page.locator('main .home-updated')).toContainText(/^Bijgewerkt op \d{1,2} \p{L}+ \d{4}\.$/u);
    expect(await page.locator('main .source-list li a[href^="https://"]').count()).toBeGreaterThanOrEqual(3);
  });
});
