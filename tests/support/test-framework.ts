// A small framework written for the pack tests, imported through frameworks.import so the tests see
// exactly the areas and sections they assert on: two graded judgements, one with an ungraded theme
// that has narrative sections of its own, and a scale with the Ofsted grade ids.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreContext } from '../../src/core/context';
import { call } from '../../src/core/dispatch';
import type { Framework } from '../../src/shared/framework';

export const TEST_FRAMEWORK: Framework = {
  schemaVersion: 1,
  id: 'test-council-sef',
  title: 'Test council self-evaluation framework',
  shortTitle: 'Test SEF',
  publisher: 'Test council',
  version: '1',
  validFrom: '2025-04-01',
  validTo: null,
  sector: 'children',
  source: { title: 'Written for the tests' },
  scale: {
    kind: 'ordinal',
    levels: [
      { id: 'outstanding', label: 'Outstanding', shortLabel: 'Outstanding', colour: '#1D6B3A', descriptor: '' },
      { id: 'good', label: 'Good', shortLabel: 'Good', colour: '#4C9A2A', descriptor: '' },
      { id: 'requires-improvement', label: 'Requires improvement to be good', shortLabel: 'RI', colour: '#F2A900', descriptor: '' },
      { id: 'inadequate', label: 'Inadequate', shortLabel: 'Inadequate', colour: '#B3261E', descriptor: '' },
    ],
  },
  sections: [
    { id: 'what-we-know', title: 'What do you know?', prompt: 'Describe practice as children experience it.' },
    { id: 'how-we-know', title: 'How do you know it?' },
    { id: 'plans', title: 'What are your plans?' },
  ],
  areas: [
    {
      id: 'leaders',
      title: 'The impact of leaders',
      kind: 'judgement',
      graded: true,
      description: 'How leaders know and shape practice.',
      prompts: ['Workforce stability', 'Management oversight'],
      promptsAreGuidance: true,
    },
    {
      id: 'help-and-protection',
      title: 'Help and protection',
      kind: 'judgement',
      graded: true,
      prompts: [],
      promptsAreGuidance: false,
      children: [
        {
          id: 'front-door',
          title: 'The front door',
          kind: 'theme',
          graded: false,
          prompts: ['Contacts and referrals'],
          promptsAreGuidance: true,
          sections: [{ id: 'summary', title: 'Summary of the front door', prompt: 'Thresholds and consent.' }],
        },
      ],
    },
  ],
};

export async function writeJsonFile(dir: string, name: string, value: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

export async function importTestFramework(ctx: CoreContext, dir: string, framework: Framework = TEST_FRAMEWORK): Promise<void> {
  const path = await writeJsonFile(dir, `${framework.id}.json`, framework);
  await call(ctx, 'frameworks.import', { file: ctx.files.grant(path, 'import-framework') });
}
