import { describe, expect, it } from 'vitest';
import { joinCodeFromHash, joinProblems, readJoinAnswer } from './join.ts';
import { parseIdentity } from './identity.ts';

describe('the join form', () => {
  it('takes the code from a scanned link, and nothing from other fragments', () => {
    expect(joinCodeFromHash('#code=AB3D-EF7H')).toBe('AB3D-EF7H');
    expect(joinCodeFromHash('#x=1&code=ABCDEFGH')).toBe('ABCDEFGH');
    expect(joinCodeFromHash('#token=secret')).toBe('');
    expect(joinCodeFromHash('#code=%E0%A4%A')).toBe('');
  });

  it('accepts a code typed in lower case with a dash, and refuses one with a letter that is not in the alphabet', () => {
    expect(joinProblems({ code: 'ab3d-ef7h', name: '王芳', language: 'zh-CN' })).toEqual({});
    expect(joinProblems({ code: 'AB0DEF7H', name: '王芳', language: 'zh-CN' })).toEqual({ code: 'reason.badJoinCode' });
  });

  it('asks for a name, and refuses one over 40 characters', () => {
    expect(joinProblems({ code: 'ABCDEFGH', name: '   ', language: 'en' })).toEqual({ name: 'participant.join.nameRequired' });
    expect(joinProblems({ code: 'ABCDEFGH', name: 'x'.repeat(41), language: 'en' })).toEqual({ name: 'participant.join.nameTooLong' });
  });
});

describe("the host's answer to a join", () => {
  const answer = { token: 't'.repeat(32), workshopId: 'w'.repeat(10), participantId: 'p'.repeat(10) };

  it('joins with the answer', () => {
    expect(readJoinAnswer(200, answer, null)).toEqual({ kind: 'joined', answer });
  });

  it('says a wrong code with its reason', () => {
    expect(readJoinAnswer(401, { reason: { code: 'badJoinCode' } }, null)).toEqual({ kind: 'refused', reason: { code: 'badJoinCode' } });
    expect(readJoinAnswer(401, null, null)).toEqual({ kind: 'refused', reason: { code: 'badJoinCode' } });
  });

  it('says how long to wait after too many tries, from the reason or else the Retry-After header', () => {
    expect(readJoinAnswer(429, { reason: { code: 'tooManyAttempts', retryAfterSeconds: 42.2 } }, null)).toEqual({ kind: 'wait', seconds: 43 });
    expect(readJoinAnswer(429, null, '30')).toEqual({ kind: 'wait', seconds: 30 });
  });

  it('treats a closed classroom as a refusal, and a garbled answer as the host being away', () => {
    expect(readJoinAnswer(403, { reason: { code: 'classroomClosed' } }, null)).toEqual({ kind: 'refused', reason: { code: 'classroomClosed' } });
    expect(readJoinAnswer(200, { token: 1 }, null)).toEqual({ kind: 'unreachable' });
    expect(readJoinAnswer(502, 'gateway', null)).toEqual({ kind: 'unreachable' });
  });
});

describe('the identity a device keeps', () => {
  it('reads back what was stored and ignores anything else', () => {
    expect(parseIdentity(JSON.stringify({ workshopId: 'w'.repeat(10), participantId: 'p'.repeat(10) }))).toEqual({ workshopId: 'w'.repeat(10), participantId: 'p'.repeat(10) });
    expect(parseIdentity('{"workshopId":1}')).toBeNull();
    expect(parseIdentity('not json')).toBeNull();
    expect(parseIdentity(null)).toBeNull();
  });
});
