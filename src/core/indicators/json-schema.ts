// resources/indicators/indicators.schema.json is generated from IndicatorLibrarySchema, the single source
// of truth, so that anyone editing the library file can validate it with any JSON Schema tool. A test fails
// if the committed file and this generator drift apart. To regenerate:
//   npx tsx src/core/indicators/json-schema.ts
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { IndicatorLibrarySchema } from '../../shared/indicators/definition';

/** The JSON Schema of the library file (its input side, so "$schema" is allowed). Unique ids are checked by zod. */
export function indicatorLibraryJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(IndicatorLibrarySchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: 'SEF Studio indicator library',
    description:
      'The performance indicators SEF Studio knows: what each counts, its unit, which way is better, the framework areas it informs and its public source. Generated from IndicatorLibrarySchema in src/shared/indicators/definition.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
}

export function indicatorLibraryJsonSchemaText(): string {
  return `${JSON.stringify(indicatorLibraryJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../../../resources/indicators/indicators.schema.json', import.meta.url));
  await writeFile(target, indicatorLibraryJsonSchemaText(), 'utf8');
  console.log(`Wrote ${target}`);
}
