// sef board-paper FILE --pack ID|--latest|--defaults [--set FIELD --text TEXT | --clear FIELD]: the board
// paper's own words, through the same 'boardPaper.*' operations the app uses. Without --set or --clear
// it prints every field as the paper will print it, and where each comes from.
import type { Command } from '../command';

export const boardPaperCommand: Command = {
  name: 'board-paper',
  summary: 'Show or set the board paper’s own words, for a pack or as the council’s defaults',
  usage: 'FILE --pack ID|--latest|--defaults [--set FIELD --text TEXT|--text-file FILE] [--clear FIELD]',
  description:
    'The board paper is a committee report. Each field (the meeting, lead member, publication and the ' +
    'paragraph of Schedule 12A relied on, purpose, background, implications, consultation, contact officer, ' +
    'background papers…) prints the pack’s own words, or else the council’s default, or else words SEF Studio ' +
    'writes from the pack. Without --set or --clear this prints every field and where it comes from. --set ' +
    'gives the pack (or, with --defaults, every pack) words of its own; --clear gives a field back. In text ' +
    'fields each line is a paragraph. Dates as 8/12/2026; key decision yes or no; publication automatic, open ' +
    'or exempt; the exempt paragraph a number from 1 to 7.',
  positionals: [{ name: 'FILE', description: 'The database' }],
  options: {
    pack: { type: 'string', short: 'p', value: 'ID', description: 'The pack whose board paper this is' },
    latest: { type: 'boolean', description: 'The newest pack' },
    defaults: { type: 'boolean', description: 'The council’s defaults for every board paper, kept in settings' },
    set: { type: 'string', value: 'FIELD', description: 'The field to set (without --set the command lists every field)' },
    text: { type: 'string', value: 'TEXT', description: 'The words for --set' },
    'text-file': { type: 'string', value: 'FILE', description: 'A text file holding the words for --set' },
    clear: { type: 'string', value: 'FIELD', description: 'Give the field back to the default (or the generated words)' },
  },
  examples: [
    'sef board-paper demo.sqlite --latest',
    'sef board-paper demo.sqlite --latest --set committee --text "Children’s Improvement Board"',
    'sef board-paper demo.sqlite --latest --set exemptParagraph --text 3',
    'sef board-paper demo.sqlite --defaults --set financial --text-file financial.txt',
    'sef board-paper demo.sqlite --latest --clear purpose',
  ],
  async run(input, io) {
    const { runBoardPaper } = await import('./board-paper-run');
    return runBoardPaper(input, io);
  },
};
