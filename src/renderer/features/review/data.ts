// Review's reads: people named as the team names them. In a team database assignments and comments
// name people by login, so the screens show the member's name instead; in a local file names are names.
import { useMemo } from 'react';
import { useOp } from '../../data/ops';
import { personOf, useSession } from '../team/data';

/** "Alex Author" for the login "alex" in a team; the name itself in a local file. */
export function usePeopleNames(): (person: string | null) => string {
  const members = useOp('members.list', {}).data;
  return useMemo(() => {
    const names = new Map((members ?? []).map((m) => [m.login, m.name]));
    return (person) => (person === null ? 'Nobody' : (names.get(person) ?? person));
  }, [members]);
}

/** How the signed-in person appears in "waiting for" and assignments, or null while unknown. */
export function useMe(): string | null {
  const session = useSession().data;
  return session ? personOf(session) : null;
}
