// What the interface offers each role, and the sentence it shows instead where a role cannot: the same
// rules the database enforces (PostgreSQL migration 004), read ahead of time so nobody tries in vain.
import { describe, expect, it } from 'vitest';
import { refusalFor, type TeamAction } from '../../src/shared/roles';

const EVERY_ACTION: TeamAction[] = [
  'approve', 'reopen', 'grade', 'editPack', 'createPack', 'deletePack', 'assign', 'agreeArea',
  'writeArea', 'editEvidence', 'deleteEvidence', 'editActions', 'editInspections', 'editSettings', 'editIndicators', 'comment',
];

describe('what a role may do', () => {
  it('lets one person in a local file, and a director, do everything', () => {
    for (const action of EVERY_ACTION) {
      expect(refusalFor({ role: null, login: 'sam' }, action)).toBeNull();
      expect(refusalFor({ role: 'director', login: 'dana' }, action)).toBeNull();
    }
  });

  it('keeps approval and reopening to a director, and nothing else from a quality lead', () => {
    const quinn = { role: 'quality_lead' as const, login: 'quinn' };
    expect(refusalFor(quinn, 'approve')).toMatch(/^Only a director approves/);
    expect(refusalFor(quinn, 'reopen')).toMatch(/^Only a director reopens/);
    for (const action of EVERY_ACTION.filter((a) => a !== 'approve' && a !== 'reopen')) expect(refusalFor(quinn, action)).toBeNull();
  });

  it('lets an author write only the areas assigned to them, and says whose an area is', () => {
    const alex = { role: 'author' as const, login: 'alex' };
    expect(refusalFor(alex, 'writeArea', 'alex')).toBeNull();
    expect(refusalFor(alex, 'writeArea', 'sam')).toMatch(/^This area is written by sam\./);
    expect(refusalFor(alex, 'writeArea', null)).toMatch(/not assigned to you.*ask your quality lead/);
    expect(refusalFor(alex, 'grade')).toMatch(/self-grade is set by the director or the quality lead/);
    expect(refusalFor(alex, 'editIndicators')).toMatch(/^Indicators, their wording and their figures are looked after by the director or the quality lead/);
    expect(refusalFor(alex, 'editEvidence')).toBeNull();
    expect(refusalFor(alex, 'comment')).toBeNull();
  });

  it('lets a reader change nothing, and says so', () => {
    for (const action of EVERY_ACTION) expect(refusalFor({ role: 'reader', login: 'rita' }, action)).toMatch(/reader: you can read and export/);
  });
});
