// The four roles of a team database and what each may do. The database is the guard (grants and row-level
// security in PostgreSQL migration 004: a modified client gets no further); the app reads the same rules
// here only to hide what a role cannot do and to say why, before anyone tries.
export const TEAM_ROLES = ['director', 'quality_lead', 'author', 'reader'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const ROLE_LABELS: Record<TeamRole, string> = {
  director: 'director',
  quality_lead: 'quality lead',
  author: 'author',
  reader: 'reader',
};

/** The things a role may or may not do, as the interface offers them. */
export type TeamAction =
  | 'approve'
  | 'reopen'
  | 'grade'
  | 'editPack'
  | 'createPack'
  | 'deletePack'
  | 'assign'
  | 'agreeArea'
  | 'writeArea'
  | 'editEvidence'
  | 'deleteEvidence'
  | 'editActions'
  | 'editInspections'
  | 'editSettings'
  | 'editIndicators'
  | 'comment';

/** Who is asking: their role (null in a local file, where one person does everything) and login. */
export interface Asker {
  role: TeamRole | null;
  login: string;
}

const READER = 'You are signed in as a reader: you can read and export, not change anything.';
const LEADS = 'the director or the quality lead';

/**
 * null when `who` may do `action`; otherwise the sentence that says why not, to show where the control
 * would be. `areaAuthor` is the login an area is assigned to, for what an author may do in an area.
 */
export function refusalFor(who: Asker, action: TeamAction, areaAuthor?: string | null): string | null {
  const { role } = who;
  if (role === null || role === 'director') return null;
  if (role === 'reader') return READER;
  if (action === 'approve') return 'Only a director approves a pack: they sign it off as themselves.';
  if (action === 'reopen') return 'Only a director reopens an approved pack.';
  if (role === 'quality_lead') return null;
  // An author from here on.
  switch (action) {
    case 'grade':
      return `The self-grade is set by ${LEADS}. As an author you write the narrative, strengths and areas for development.`;
    case 'editPack':
    case 'createPack':
    case 'deletePack':
      return `Packs and their details are looked after by ${LEADS}.`;
    case 'assign':
      return `Areas are assigned to authors and reviewers by ${LEADS}.`;
    case 'agreeArea':
      return `An area is agreed by its reviewer (${LEADS}). As its author you submit it for review.`;
    case 'deleteEvidence':
      return `Evidence is deleted by ${LEADS}; you can add and change it.`;
    case 'editInspections':
      return `Inspections and their recommendations are recorded by ${LEADS}.`;
    case 'editSettings':
      return `Settings are changed by ${LEADS}.`;
    case 'editIndicators':
      return `Indicators, their wording and their figures are looked after by ${LEADS}.`;
    case 'writeArea':
    case 'editActions':
      if (areaAuthor === who.login) return null;
      return areaAuthor
        ? `This area is written by ${areaAuthor}. As an author you write only the areas assigned to you.`
        : 'This area is not assigned to you. As an author you write only the areas assigned to you; ask your quality lead to assign it.';
    case 'editEvidence':
    case 'comment':
      return null;
  }
}
