// Every benchmark section, in the order `npm run bench` runs them. To add one, write a module beside
// these that exports a Section (see ../section.ts and evidence-library.ts) and add one line here.
import type { Section } from '../section';
import { exportSection } from '../export';
import { claimsSection } from './claims';
import { evidenceLibrarySection } from './evidence-library';
import { interchangeSection } from './interchange';
import { sheetsSection } from './sheets';
import { sqliteEngineSection } from './sqlite-engine';
import { teamDatabaseSection } from './team-database';
import { uiEvidenceSection } from '../ui-evidence';

export const SECTIONS: readonly Section[] = [
  sqliteEngineSection,
  teamDatabaseSection,
  evidenceLibrarySection(5000),
  evidenceLibrarySection(10_000),
  interchangeSection,
  sheetsSection,
  claimsSection,
  exportSection,
  uiEvidenceSection(10_000),
];
