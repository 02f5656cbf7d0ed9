import { useUi } from '../../i18n/useUi.ts';
import { usePresence } from '../../sync/hooks.ts';
import { editorsOf } from '../../workshop/presence.ts';
import { useIdentity } from '../ParticipantContext.tsx';

/** Names of the others editing an entity right now, read from presence (a hook: call it once per list). */
export function useEditorsOf(): (entityId: string) => string[] {
  const { workshopId } = useIdentity();
  const peers = usePresence(workshopId);
  const { t } = useUi();
  return (entityId) => editorsOf(peers, entityId, t);
}
