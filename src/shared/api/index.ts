// The contract: every operation the interface can ask of the core, with a zod schema for its input and
// its output. The core's handler map is typed from this object, so a missing handler fails to compile;
// hosts (Electron IPC, the CLI, the browser tests) all carry the same { op, input } and Result. Each part
// of the app declares its operations in a module of its own here; this file only puts them together.
import type { z } from 'zod';
import { actionsApi } from './actions';
import { evidenceApi } from './evidence';
import { exportApi } from './export';
import { frameworksApi } from './frameworks';
import { indicatorsApi } from './indicators';
import { inspectionsApi } from './inspections';
import { packsApi } from './packs';
import { reviewApi } from './review';
import { settingsApi } from './settings';
import { sheetsApi } from './sheets';
import { teamApi } from './team';

export { EvidenceQuerySchema, type EvidenceQuery } from './evidence';
export { ExportOptionsSchema, type ExportOptions } from './export';

export const api = {
  ...settingsApi,
  ...frameworksApi,
  ...packsApi,
  ...evidenceApi,
  ...actionsApi,
  ...inspectionsApi,
  ...exportApi,
  ...indicatorsApi,
  ...sheetsApi,
  ...reviewApi,
  ...teamApi,
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
export type OpInput<N extends OpName> = z.input<Api[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Api[N]['input']>;
export type OpOutput<N extends OpName> = z.output<Api[N]['output']>;

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
