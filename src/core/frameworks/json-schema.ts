// resources/frameworks/framework.schema.json is generated from FrameworkSchema, the single source of
// truth, so that people writing their own framework files can validate them with any JSON Schema tool.
// A test fails if the committed file and this generator drift apart. To regenerate:
//   npx tsx src/core/frameworks/json-schema.ts
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FrameworkSchema } from '../../shared/framework';

/**
 * The JSON Schema of a framework file, as an object. It describes what FrameworkSchema accepts (its
 * input side, so unknown keys such as "$schema" are allowed, as zod strips them). The refinements
 * (unique area ids, dates in order, scores on numeric scales) can only be checked by zod.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(FrameworkSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  // The recursive area type comes out as "__schema0"; give it a name a person can read.
  const schema = JSON.parse(JSON.stringify(generated).replaceAll('__schema0', 'FrameworkArea')) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'SEF Studio framework',
    description:
      'One version of an inspection framework: its grade scale and its tree of areas. Generated from FrameworkSchema in src/shared/framework.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The file's exact text: two-space indentation and a final newline. */
export function frameworkJsonSchemaText(): string {
  return `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`;
}

export async function writeFrameworkJsonSchema(path: string): Promise<void> {
  await writeFile(path, frameworkJsonSchemaText(), 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../../../resources/frameworks/framework.schema.json', import.meta.url));
  void writeFrameworkJsonSchema(target).then(() => console.log(`Wrote ${target}`));
}
