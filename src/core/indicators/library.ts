// The indicator library that ships with SEF Studio (resources/indicators/library.json), imported
// statically so it is bundled by vite and loads under vitest and tsx alike, and parsed when this module
// loads: a broken file fails loudly, naming itself.
import { describeIssues } from '../../shared/framework';
import { IndicatorLibrarySchema, type IndicatorDefinition, type IndicatorLibrary } from '../../shared/indicators/definition';
import libraryJson from '../../../resources/indicators/library.json' with { type: 'json' };

export function parseIndicatorLibrary(json: unknown, file = 'resources/indicators/library.json'): IndicatorLibrary {
  const parsed = IndicatorLibrarySchema.safeParse(json);
  if (!parsed.success) throw new Error(`The indicator library ${file} is not valid: ${describeIssues(parsed.error).join('; ')}.`);
  return parsed.data;
}

export const INDICATOR_LIBRARY: IndicatorLibrary = parseIndicatorLibrary(libraryJson);

const byId = new Map(INDICATOR_LIBRARY.indicators.map((i) => [i.id, i]));

export function libraryIndicator(id: string): IndicatorDefinition | undefined {
  return byId.get(id);
}
