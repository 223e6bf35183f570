// Who else has this pack open, in the header, on a team database: their names and, when they are in an
// area, which one. This window says where its person is whenever they move and every half minute while
// they stay (PRESENCE_HEARTBEAT_SECONDS), so others see them; someone whose app stops saying so drops off
// after PRESENCE_SECONDS. A local file has nobody else, and says nothing.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { PRESENCE_HEARTBEAT_SECONDS } from '../../../shared/api/team';
import { currentPackId, useNavigation } from '../../app/navigation';
import { skipToken, useOp, useOpMutation } from '../../data/ops';
import { useSession } from './data';

function useOnTeamDatabase(): boolean {
  const session = useSession().data;
  return !!session && session.role !== null;
}

/** Tells the team database where this person is; mounted once, in the app frame. */
export function usePresenceHeartbeat(): void {
  const onTeam = useOnTeamDatabase();
  const packId = useNavigation((s) => currentPackId(s.route) ?? null);
  const areaId = useNavigation((s) => (s.route.name === 'area' ? s.route.areaId : null));
  // Not a save the person made: it stays out of the header's "Saving…".
  const here = useOpMutation('presence.here', { tracked: false }).mutate;
  const client = useQueryClient();
  useEffect(() => {
    if (!onTeam) return;
    here({ packId, areaId });
    const timer = setInterval(() => {
      here({ packId, areaId });
      // Someone whose app has gone quiet is dropped by time, which no change event announces.
      void client.invalidateQueries({ queryKey: ['presence.list'] });
    }, PRESENCE_HEARTBEAT_SECONDS * 1000);
    // Each move starts the heartbeat afresh, so one never follows a move by less than its period.
    return () => clearInterval(timer);
  }, [onTeam, packId, areaId, here, client]);
}

export function PresentPeople() {
  const onTeam = useOnTeamDatabase();
  const packId = useNavigation((s) => currentPackId(s.route));
  const people = useOp('presence.list', onTeam && packId ? { packId } : skipToken).data;
  if (!people?.length) return null;
  const text = people.map((p) => (p.areaTitle ? `${p.name} (in ${p.areaTitle})` : p.name)).join(', ');
  return (
    <p className="presence" title={text}>
      <span className="presence__label">Also here: </span>
      {text}
    </p>
  );
}
