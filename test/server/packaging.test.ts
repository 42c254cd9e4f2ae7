import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The electron-builder configuration cannot be exercised here (packaging downloads Electron),
 * so it is checked the way electron-builder 26 itself checks it (its own schema validator),
 * plus the promises it makes: fuses, shipped migrations, unpacked native module, targets, icon.
 */
const ROOT = path.resolve(__dirname, '..', '..');
// Resolve electron-builder's own YAML parser and validator, exactly the versions it uses.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json', { paths: [ROOT] }));
const yaml = builderRequire('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = builderRequire('./out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  files: string[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'build', 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder configuration', () => {
  it('passes electron-builder 26 schema validation', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
    // The validator does reject unknown keys (otherwise this test could not fail).
    await expect(validateConfiguration({ ...config, notAnOption: true }, { isEnabled: false, add: () => {} })).rejects.toThrow(
      /notAnOption/,
    );
  });

  it('is what `npm run dist` uses, on the entry electron-vite builds', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.yml');
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config).toMatchObject({ appId: expect.stringMatching(/^[a-z]+(\.[a-z]+)+$/), productName: 'Corridor', npmRebuild: false });
  });

  it('flips the security fuses and re-signs an unsigned macOS build', () => {
    expect(config.electronFuses).toEqual({
      resetAdHocDarwinSignature: true,
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the migrations where db/open.ts looks and unpacks the native module', () => {
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'db/migrations', to: 'migrations' }));
    expect(fs.existsSync(path.join(ROOT, 'db', 'migrations', 'meta', '_journal.json'))).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, 'db', 'open.ts'), 'utf8')).toMatch(/resourcesPath[^\n]*\n?[^\n]*'migrations'/);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/*.node']);
    const prebuilds = fs.readdirSync(path.join(ROOT, 'node_modules', 'better-sqlite3', 'prebuilds'));
    expect(prebuilds.filter((f) => f.endsWith('.node')).length).toBeGreaterThan(0);
  });

  it('builds AppImage, NSIS and dmg with a 512×512 icon', () => {
    // deb needs a project homepage and maintainer email Corridor does not have (README, Packaging).
    expect(config.linux.target).toEqual(['AppImage']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      const png = fs.readFileSync(path.join(ROOT, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });
});
