// Issue 7, "an app that IT can deploy": the electron-builder configuration, checked without building (this
// machine has no Electron binary). It must pass electron-builder's own validation, say what a council's IT
// needs (an MSI per machine with a fixed upgrade code, an NSIS installer per user without admin rights,
// AppImage and deb), set Electron's fuses, have no update feed, and package exactly the files the app loads.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from '../../electron/main/policy';

const root = resolve(__dirname, '../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  npmRebuild: boolean;
  publish: unknown;
  electronFuses: Record<string, boolean>;
  win: { target: string[]; icon: string };
  msi: { perMachine: boolean; oneClick: boolean; upgradeCode: string; runAfterFinish: boolean };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  linux: { target: string[]; icon: string; category: string };
}

async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const config = await getConfig(root, join(root, 'electron-builder.yml'), null, async () => pkg);
  // Throws, naming the field, when the configuration is not one electron-builder accepts.
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

describe('the packaged app', () => {
  it('is a configuration electron-builder accepts, named SEF Studio', async () => {
    const config = await builderConfig();
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    expect(config).toMatchObject({ productName: 'SEF Studio', appId: 'uk.sefstudio.desktop', asar: true, npmRebuild: false });
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(pkg.scripts.dist).toMatch(/electron-builder --config electron-builder\.yml/);
  });

  it('installs per machine from an MSI that upgrades in place, and per user from NSIS without admin rights', async () => {
    const config = await builderConfig();
    expect(config.win.target).toEqual(['msi', 'nsis']);
    // Fixed for ever: changing it makes Windows install a second copy beside the first.
    expect(config.msi).toMatchObject({ perMachine: true, upgradeCode: '708E3804-0119-45D8-A997-85571061059F', runAfterFinish: false });
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('never phones home for updates', async () => {
    expect((await builderConfig()).publish).toBeNull();
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater');
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS, no inspector, encrypted cookies, only a checked app.asar', async () => {
    expect((await builderConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the files the app loads, from where the main process looks for them, and no maps or databases', async () => {
    // minimatch 3 (electron-builder's own) exports the function itself.
    const minimatch = require('minimatch') as (file: string, pattern: string, options: { dot: boolean }) => boolean;
    // The globs as written (electron-builder normalises them into its own objects).
    const { load } = require('js-yaml') as { load(text: string): { files: string[] } };
    const { files } = load(await readFile(join(root, 'electron-builder.yml'), 'utf8'));
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const packaged = (file: string) => {
      let included = false;
      for (const pattern of files)
        if (pattern.startsWith('!')) included &&= !minimatch(file, pattern.slice(1), { dot: true });
        else included ||= minimatch(file, pattern, { dot: true });
      return included;
    };
    // electron/main/index.ts loads the preload and the renderer relative to out/main.
    const main = pkg.main as string;
    expect(main).toBe('out/main/index.js');
    for (const file of [main, 'out/main/chunks/export-worker.js', join('out/main', '../preload/index.cjs'), join('out/main', '../renderer/index.html'), 'out/renderer/assets/index.js', 'package.json'])
      expect(packaged(file), file).toBe(true);
    for (const file of ['out/main/index.js.map', 'src/core/context.ts', 'tests/unit/packaging.test.ts', 'out/demo.sqlite', 'out/board.docx', 'electron-builder.yml'])
      expect(packaged(file), file).toBe(false);
  });

  it('has an icon big enough for every platform', async () => {
    const config = await builderConfig();
    for (const icon of [config.win.icon, config.linux.icon]) {
      const png = await readFile(join(root, icon));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(256);
    }
  });
});
