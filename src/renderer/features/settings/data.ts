// Settings: the organisation and the person (saved field by field), the logo, and the database's own
// housekeeping. Each saved field shows its own reason when refused.
import { useState } from 'react';
import type { OpInput } from '../../../shared/api';
import type { Settings } from '../../../shared/entities';
import { ApiError, messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';

type SettingsPatch = OpInput<'settings.update'>;

/** The logo as a data: URL for an <img>, or null when there is none. */
export function useLogoUrl(): string | null {
  const logo = useOp('settings.getLogo', {}).data;
  return logo ? `data:${logo.mediaType};base64,${logo.dataBase64}` : null;
}

/** Saves one setting at a time; a refused value keeps its reason beside its field until it is saved. */
export function useSaveSetting(settings: Settings | undefined) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const mutation = useOpMutation('settings.update');
  const clear = (key: string) => setFieldErrors((e) => ({ ...e, [key]: '' }));
  const save = async <K extends keyof SettingsPatch>(key: K, value: SettingsPatch[K]): Promise<boolean> => {
    if (settings && settings[key as keyof Settings] === value) {
      clear(key);
      return true;
    }
    try {
      await mutation.mutateAsync({ [key]: value });
      clear(key);
      return true;
    } catch (err) {
      const message = err instanceof ApiError ? (err.fields[key] ?? err.message) : messageOf(err);
      setFieldErrors((e) => ({ ...e, [key]: message }));
      return false;
    }
  };
  return { save, fieldErrors };
}
