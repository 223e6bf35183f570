// Shared steps for the packs, overview and area specs: make a pack through the core, open it in the app,
// and find things the way a person would (by role and label).
import type { Page } from '@playwright/test';
import type { Pack } from '../../src/shared/entities';
import { expect, openApp, type BrowserHost } from './fixtures';

export const FRAMEWORK = 'ilacs-2026';

export async function makePack(host: BrowserHost, title = 'Northmoor self-evaluation 2026–27'): Promise<Pack> {
  return host.call('packs.create', { title, frameworkId: FRAMEWORK, period: '2026–27', asAt: '2026-11-23' });
}

export async function makeEvidence(
  host: BrowserHost,
  title: string,
  extra: Partial<{ owner: string; sensitivity: 'official' | 'official_sensitive' | 'personal_data' }> = {},
) {
  return host.call('evidence.create', { title, type: 'case_file_audit', ...extra });
}

/** Loads the app and opens the pack's overview from the packs list. */
export async function openPack(page: Page, host: BrowserHost, title: string): Promise<void> {
  await openApp(page, host);
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens an area from the overview's table. */
export async function openArea(page: Page, areaTitle: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: areaTitle, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: areaTitle })).toBeVisible();
}

export async function firstGradedArea(host: BrowserHost, packId: string) {
  const detail = await host.call('packs.get', { packId });
  const area = detail.areas.find((a) => a.graded);
  if (!area) throw new Error('The framework has no graded area');
  return area;
}

export async function setDisplayName(host: BrowserHost, displayName: string): Promise<void> {
  await host.call('settings.update', { displayName });
}
