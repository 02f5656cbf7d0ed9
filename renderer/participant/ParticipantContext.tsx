import { createContext, useContext } from 'react';
import type { Identity } from './identity.ts';

/** Who this phone is in the classroom: its workshop and its participant id (the session's id). */
export const ParticipantContext = createContext<Identity | null>(null);

export function useIdentity(): Identity {
  const identity = useContext(ParticipantContext);
  if (!identity) throw new Error('useIdentity outside the room');
  return identity;
}
