// Every `sef` command, in the order `sef --help` lists them. To add a command, write its module beside
// these (see ../command.ts for the shape and demo.ts for an example) and add one line here.
import type { Command } from '../command';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { dumpCommand } from './dump';
import { exportCommand } from './export';
import { importCommand } from './import';
import { sheetCommand } from './sheet';
import { teamCommand } from './team';

export const COMMANDS: readonly Command[] = [
  demoCommand,
  checkCommand,
  backupCommand,
  dumpCommand,
  importCommand,
  exportCommand,
  sheetCommand,
  teamCommand,
];
