import { JoinAnswer, JoinRequest, JOIN_CODE_FRAGMENT } from '../../shared/protocol/classroom.ts';
import { HTTP } from '../../shared/protocol/http.ts';
import { Reason } from '../../shared/protocol/reasons.ts';
import type { ParticipantLanguage } from '../../shared/deliverables/classroom/schemas.ts';

export interface JoinDraft {
  code: string;
  name: string;
  language: ParticipantLanguage;
}

/** The code a scanned QR link carries (`#code=XXXXXXXX`), or '' when the address has none. */
export function joinCodeFromHash(hash: string): string {
  const match = new RegExp(`(?:^#|&)${JOIN_CODE_FRAGMENT}=([^&]*)`).exec(hash);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]!).slice(0, 20);
  } catch {
    return '';
  }
}

/** Which fields of the form cannot be sent as they are: translation keys per field (none when it may be sent). */
export function joinProblems(draft: JoinDraft): { code?: string; name?: string } {
  const parsed = JoinRequest.safeParse(draft);
  if (parsed.success) return {};
  const problems: { code?: string; name?: string } = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'code') problems.code ??= 'reason.badJoinCode';
    if (field === 'name') problems.name ??= issue.message === 'tooLong' ? 'participant.join.nameTooLong' : 'participant.join.nameRequired';
  }
  return problems;
}

export type JoinOutcome =
  | { kind: 'joined'; answer: JoinAnswer }
  | { kind: 'refused'; reason: Reason }
  | { kind: 'wait'; seconds: number }
  | { kind: 'unreachable' };

/** What the host's answer to POST /api/join means for the form. */
export function readJoinAnswer(status: number, body: unknown, retryAfterHeader: string | null): JoinOutcome {
  if (status === 200) {
    const answer = JoinAnswer.safeParse(body);
    return answer.success ? { kind: 'joined', answer: answer.data } : { kind: 'unreachable' };
  }
  const reason = Reason.safeParse((body as { reason?: unknown } | null)?.reason);
  if (status === 429 || (reason.success && reason.data.code === 'tooManyAttempts')) {
    const fromBody = reason.success ? reason.data.retryAfterSeconds : undefined;
    const fromHeader = Number(retryAfterHeader);
    const seconds = fromBody ?? (Number.isFinite(fromHeader) && fromHeader > 0 ? fromHeader : 60);
    return { kind: 'wait', seconds: Math.max(1, Math.ceil(seconds)) };
  }
  if (reason.success) return { kind: 'refused', reason: reason.data };
  if (status === 401) return { kind: 'refused', reason: { code: 'badJoinCode' } };
  return { kind: 'unreachable' };
}

export async function postJoin(draft: JoinDraft): Promise<JoinOutcome> {
  try {
    const res = await fetch(HTTP.join, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(draft) });
    const body: unknown = await res.json().catch(() => null);
    return readJoinAnswer(res.status, body, res.headers.get('retry-after'));
  } catch {
    return { kind: 'unreachable' };
  }
}
