import { z } from 'zod';
import { Id } from '../../shared/domain/ids.ts';
import type { JoinAnswer } from '../../shared/protocol/classroom.ts';
import { forgetSessionToken, sessionToken, storeSessionToken } from '../sync/session.ts';

/** Who this device joined as: the welcome names no participant, so the join answer's ids are kept beside the token. */
export const Identity = z.object({ workshopId: Id, participantId: Id });
export type Identity = z.infer<typeof Identity>;

const IDENTITY_KEY = 'satisfy.participant';

export function parseIdentity(stored: string | null): Identity | null {
  if (!stored) return null;
  try {
    const parsed = Identity.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The identity this device holds, only with its token (one without the other cannot get back in). */
export function loadIdentity(): Identity | null {
  try {
    return sessionToken() ? parseIdentity(localStorage.getItem(IDENTITY_KEY)) : null;
  } catch {
    return null;
  }
}

export function saveIdentity(answer: JoinAnswer): Identity {
  storeSessionToken(answer.token);
  const identity = { workshopId: answer.workshopId, participantId: answer.participantId };
  try {
    localStorage.setItem(IDENTITY_KEY, JSON.stringify(identity));
  } catch {
    // Without storage the place lasts for this page only.
  }
  return identity;
}

export function forgetIdentity(): void {
  forgetSessionToken();
  try {
    localStorage.removeItem(IDENTITY_KEY);
  } catch {
    // Nothing was kept.
  }
}
