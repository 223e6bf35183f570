// Organisation settings, the logo, and the database's own housekeeping (check and back up).
import { create } from 'zustand';
import type { OpInput, OpOutput } from '../../shared/api';
import type { Settings } from '../../shared/entities';
import type { WrittenFile } from '../../shared/files';
import { ApiError, bridge, call, messageOf } from '../api';
import { saving } from './saveStatus';

type SettingsPatch = OpInput<'settings.update'>;
type AppInfo = OpOutput<'app.info'>;
type CheckResult = OpOutput<'database.check'>;

interface SettingsState {
  settings: Settings | null;
  info: AppInfo | null;
  /** The logo as a data: URL for an <img>, or null when there is none. */
  logoUrl: string | null;
  loading: boolean;
  error: string | null;
  fieldErrors: Record<string, string>;
  logoError: string | null;
  logoBusy: boolean;
  check: { busy: boolean; result: CheckResult | null; error: string | null };
  backup: { busy: boolean; message: string | null; error: string | null; file: WrittenFile | null };

  load(): Promise<void>;
  save<K extends keyof SettingsPatch>(key: K, value: SettingsPatch[K]): Promise<boolean>;
  chooseLogo(): Promise<void>;
  removeLogo(): Promise<void>;
  checkDatabase(): Promise<void>;
  backUp(): Promise<void>;
}

function dataUrlOf(logo: OpOutput<'settings.getLogo'>): string | null {
  return logo ? `data:${logo.mediaType};base64,${logo.dataBase64}` : null;
}

function backupName(today: string): string {
  return `sef-studio backup ${today}.sqlite`;
}

export const useSettings = create<SettingsState>((set, get) => ({
  settings: null,
  info: null,
  logoUrl: null,
  loading: false,
  error: null,
  fieldErrors: {},
  logoError: null,
  logoBusy: false,
  check: { busy: false, result: null, error: null },
  backup: { busy: false, message: null, error: null, file: null },

  load: async () => {
    set({ loading: true, error: null });
    try {
      const [settings, info, logo] = await Promise.all([call('settings.get', {}), call('app.info', {}), call('settings.getLogo', {})]);
      set({ settings, info, logoUrl: dataUrlOf(logo), loading: false });
    } catch (err) {
      set({ loading: false, error: messageOf(err) });
    }
  },

  save: async (key, value) => {
    const current = get().settings;
    if (current && current[key as keyof Settings] === value) {
      set((s) => ({ fieldErrors: { ...s.fieldErrors, [key]: '' } }));
      return true;
    }
    try {
      const settings = await saving(call('settings.update', { [key]: value }));
      set((s) => ({ settings, fieldErrors: { ...s.fieldErrors, [key]: '' } }));
      return true;
    } catch (err) {
      const message = err instanceof ApiError ? (err.fields[key] ?? err.message) : messageOf(err);
      set((s) => ({ fieldErrors: { ...s.fieldErrors, [key]: message } }));
      return false;
    }
  },

  chooseLogo: async () => {
    set({ logoError: null });
    const [chosen] = await bridge().chooseFiles({
      title: 'Choose a logo',
      purpose: 'set-logo',
      filters: [{ name: 'PNG or JPEG images', extensions: ['png', 'jpg', 'jpeg'] }],
      multiple: false,
    });
    if (!chosen) return;
    set({ logoBusy: true });
    try {
      const settings = await saving(call('settings.setLogo', { file: chosen.grant }));
      const logo = await call('settings.getLogo', {});
      set({ settings, logoUrl: dataUrlOf(logo), logoBusy: false });
    } catch (err) {
      set({ logoError: messageOf(err), logoBusy: false });
    }
  },

  removeLogo: async () => {
    set({ logoError: null, logoBusy: true });
    try {
      const settings = await saving(call('settings.setLogo', { file: null }));
      set({ settings, logoUrl: null, logoBusy: false });
    } catch (err) {
      set({ logoError: messageOf(err), logoBusy: false });
    }
  },

  checkDatabase: async () => {
    set({ check: { busy: true, result: null, error: null } });
    try {
      const result = await call('database.check', {});
      set({ check: { busy: false, result, error: null } });
    } catch (err) {
      set({ check: { busy: false, result: null, error: messageOf(err) } });
    }
  },

  backUp: async () => {
    const today = get().info?.today ?? new Date().toISOString().slice(0, 10);
    const target = await bridge().chooseSaveFile({
      title: 'Back up the database',
      purpose: 'backup-database',
      defaultName: backupName(today),
      filters: [{ name: 'SEF Studio database', extensions: ['sqlite', 'sqlite3', 'db'] }],
    });
    if (!target) return;
    set({ backup: { busy: true, message: null, error: null, file: null } });
    try {
      const result = await call('database.backup', { file: target.grant });
      set({ backup: { busy: false, message: `Backed up to ${result.file.location}`, error: null, file: result.file } });
    } catch (err) {
      set({ backup: { busy: false, message: null, error: messageOf(err), file: null } });
    }
  },
}));
