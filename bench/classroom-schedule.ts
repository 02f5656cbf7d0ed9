import type { Seeded } from '../electron/host/testing/seeded.ts';
import type { Room } from './classroom-room.ts';

/** What someone does at one moment; `person` is an index into the room's people, or -1 for the trainer. */
export interface Step {
  at: number;
  person: number;
  message: { type: 'op'; op: { type: string; payload: unknown } } | { type: 'presence'; workshopId: string; editing: { entityId: string; field: string } | null };
}

const FIELDS = ['script', 'expectation', 'standard', 'wow'] as const;
const WORDS = ['您好，', '欢迎入住，', '请稍等，', '我马上为您办理，', '这是您的房卡，', '早餐在二楼，', '祝您入住愉快。', '如有需要请拨打 8 号键。'];

/**
 * A class at work, decided in advance and seeded: nobody waits for an ack, as people do not (the bench only holds a
 * vote or an answer until its sender has seen what it acts on), and the baseline replays the very same sends. Everyone edits cards of their team's journey in bursts — focus a field (presence),
 * one typed update every 1–3 s, leave it — the whole time. Meanwhile the trainer runs the live activities: a brainstorm
 * at 10 % (1–2 notes each), a dot vote on its notes at 33 % (3 dots each, some taken back), an NPS poll at 62 % (some
 * change their answer), and reveals both results at 90 %.
 */
export function classSchedule(rng: Seeded, room: Room, seconds: number): Step[] {
  const end = seconds * 1000;
  const steps: Step[] = [];
  const { workshopId } = room;
  const op = (type: string, payload: Record<string, unknown>): Step['message'] => ({ type: 'op', op: { type, payload: { workshopId, ...payload } } });
  const at = (from: number, to: number) => Math.round(end * (from + rng.next() * (to - from)));

  const brainstorm = rng.id();
  const dotVote = rng.id();
  const nps = rng.id();
  const activity = (kind: string, prompt: string, extra: Record<string, unknown> = {}) => ({
    kind,
    prompt,
    stepId: null,
    anonymous: false,
    votesPerPerson: 3,
    sourceActivityId: null,
    dimensions: [],
    ...extra,
  });
  const trainer = (when: number, message: Step['message']) => steps.push({ at: Math.round(end * when), person: -1, message });
  trainer(0.1, op('activity.start', { activityId: brainstorm, fields: activity('brainstorm', '客户在哪个时刻最失望？') }));
  trainer(0.33, op('activity.start', { activityId: dotVote, fields: activity('dotVote', '先改哪一个？', { sourceActivityId: brainstorm }) }));
  trainer(0.62, op('activity.start', { activityId: nps, fields: activity('npsPoll', '您会向朋友推荐这门课吗？') }));
  trainer(0.9, op('activity.update', { activityId: nps, patch: { revealed: true } }));
  trainer(0.91, op('activity.update', { activityId: dotVote, patch: { revealed: true } }));

  const notes: string[] = [];
  room.people.forEach((person, p) => {
    const me = person.session.sessionId;
    const name = person.session.name;
    const cards = room.teams[person.team]!.cardIds;
    const mine = cards[Math.floor(p / room.teams.length)]!;
    let t = rng.int(0, 3000);
    while (t < end) {
      const cardId = rng.chance(0.7) ? mine : rng.pick(cards);
      const field = rng.pick(FIELDS);
      steps.push({ at: t, person: p, message: { type: 'presence', workshopId, editing: { entityId: cardId, field } } });
      let text = '';
      for (let n = rng.int(3, 8); n > 0 && t < end; n--) {
        t += rng.int(1000, 3000);
        text = (text.length > 200 ? '' : text) + rng.pick(WORDS);
        steps.push({ at: t, person: p, message: op('card.update', { cardId, patch: { [field]: text } }) });
      }
      t += rng.int(200, 800);
      steps.push({ at: t, person: p, message: { type: 'presence', workshopId, editing: null } });
      t += rng.int(1000, 4000);
    }
    for (let n = rng.chance(0.5) ? 2 : 1; n > 0; n--) {
      const noteId = rng.id();
      notes.push(noteId);
      steps.push({ at: at(0.12, 0.3), person: p, message: op('note.add', { activityId: brainstorm, noteId, text: `${name}：${rng.pick(WORDS)}`, authorId: me, authorName: name }) });
    }
  });
  room.people.forEach((person, p) => {
    const me = person.session.sessionId;
    const votes = [rng.id(), rng.id(), rng.id()];
    for (const voteId of votes) {
      steps.push({ at: at(0.35, 0.5), person: p, message: op('vote.cast', { activityId: dotVote, voteId, noteId: rng.pick(notes), voterId: me }) });
    }
    if (rng.chance(0.2)) steps.push({ at: at(0.52, 0.6), person: p, message: op('vote.retract', { voteId: votes[0] }) });
    steps.push({ at: at(0.64, 0.75), person: p, message: op('poll.answer', { activityId: nps, responseId: rng.id(), respondentId: me, score: rng.int(0, 10), ratings: [] }) });
    if (rng.chance(0.15)) {
      steps.push({ at: at(0.78, 0.86), person: p, message: op('poll.answer', { activityId: nps, responseId: rng.id(), respondentId: me, score: rng.int(0, 10), ratings: [] }) });
    }
  });
  return steps.sort((a, b) => a.at - b.at);
}
