import { z } from 'zod';
import { ClassroomState, DisplayLink, DisplaysRevoked, type OpenClassroomRequest } from '../../shared/protocol/classroom.ts';
import { HTTP } from '../../shared/protocol/http.ts';
import { Reason } from '../../shared/protocol/reasons.ts';
import { apiFetch } from '../sync/session.ts';

/** What a call to the classroom routes came to: the room as the host now has it, or why not. */
export type ClassroomAnswer = { ok: true; state: ClassroomState } | { ok: false; reason: Reason | null };

const Refusal = z.object({ reason: Reason });

async function refusal(res: Response): Promise<{ ok: false; reason: Reason | null }> {
  const body = Refusal.safeParse(await res.json().catch(() => null));
  return { ok: false, reason: body.success ? body.data.reason : null };
}

export async function fetchClassroom(): Promise<ClassroomAnswer> {
  const res = await apiFetch(HTTP.classroom).catch(() => null);
  if (!res) return { ok: false, reason: null };
  if (!res.ok) return refusal(res);
  const state = ClassroomState.safeParse(await res.json().catch(() => null));
  return state.success ? { ok: true, state: state.data } : { ok: false, reason: null };
}

/** A JSON POST to the host; null when the host did not answer at all. */
const postJson = (path: string, body: unknown): Promise<Response | null> =>
  apiFetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => null);

/** POSTs an open or a close, then reads the room back (whatever the POST answers, the GET is the room's state). */
async function post(path: string, body: unknown): Promise<ClassroomAnswer> {
  const res = await postJson(path, body);
  if (!res) return { ok: false, reason: null };
  if (!res.ok) return refusal(res);
  return fetchClassroom();
}

export const openClassroom = (request: OpenClassroomRequest): Promise<ClassroomAnswer> => post(HTTP.classroomOpen, request);
export const closeClassroom = (workshopId: string): Promise<ClassroomAnswer> => post(HTTP.classroomClose, { workshopId });

/** A new read-only display link for the open classroom (another one each call), or why not. */
export async function newDisplayLink(workshopId: string): Promise<{ ok: true; link: DisplayLink } | { ok: false; reason: Reason | null }> {
  const res = await postJson(HTTP.classroomDisplay, { workshopId });
  if (!res) return { ok: false, reason: null };
  if (!res.ok) return refusal(res);
  const link = DisplayLink.safeParse(await res.json().catch(() => null));
  return link.success ? { ok: true, link: link.data } : { ok: false, reason: null };
}

/** Ends every display of the workshop; how many links stopped working, or null when the host did not answer. */
export async function revokeDisplayLinks(workshopId: string): Promise<number | null> {
  const res = await postJson(HTTP.classroomDisplayRevoke, { workshopId });
  if (!res?.ok) return null;
  const body = DisplaysRevoked.safeParse(await res.json().catch(() => null));
  return body.success ? body.data.revoked : null;
}
