import type { FileChild } from 'docx';
import type { Activity, Note } from '../../../../../shared/deliverables/activities/schemas.ts';
import { dotVoteTally, notesOf } from '../../../../../shared/deliverables/activities/view.ts';
import { para, strong, table, type CellText, type Column } from '../../../export/docx-blocks.ts';
import { docWords } from '../../../export/doc-words.ts';
import { COLORS } from '../../../export/docx-style.ts';
import { teamName, type RecordContext } from './record-context.ts';
import { fillCount } from './record-words.ts';

/** Who wrote a note: nobody in an anonymous brainstorm, else the writer's current name (they may have renamed). */
function authorOf(ctx: RecordContext, note: Note): CellText {
  if (!note.authorId) return { text: ctx.w.anonymous, color: COLORS.muted };
  return ctx.doc.participants[note.authorId]?.name || note.authorName || '—';
}

/** Dots each note of a brainstorm received, summed over every dot vote held on it. */
function dotsOn(ctx: RecordContext, brainstormId: string): Map<string, number> | null {
  const votes = new Set(Object.values(ctx.doc.activities).filter((a) => a.kind === 'dotVote' && a.sourceActivityId === brainstormId).map((a) => a.id));
  if (!votes.size) return null;
  const dots = new Map<string, number>();
  for (const v of Object.values(ctx.doc.votes)) if (votes.has(v.activityId)) dots.set(v.noteId, (dots.get(v.noteId) ?? 0) + 1);
  return dots;
}

/** Competition ranking (1, 1, 3): notes with as many dots share a place. */
const ranks = (counts: number[]): number[] => counts.map((c) => counts.findIndex((x) => x === c) + 1);

/** A brainstorm's notes; ranked by their dots when the room voted on them, else in the order they were written. */
export function brainstormBody(ctx: RecordContext, activity: Activity): FileChild[] {
  const { w } = ctx;
  const notes = notesOf(ctx.doc, activity.id);
  if (!notes.length) return [para(w.noNotes)];
  const dots = dotsOn(ctx, activity.id);
  const ranked = dots ? [...notes].sort((a, b) => (dots.get(b.id) ?? 0) - (dots.get(a.id) ?? 0)) : notes;
  const columns: Column[] = [
    { header: w.colNo, width: 0.8, align: 'center' },
    { header: w.colNote, width: 5.4 },
    { header: w.colAuthor, width: 1.8 },
    { header: w.colTeam, width: 2.4 },
    ...(dots ? [{ header: w.colDots, width: 1, align: 'center' as const }] : []),
  ];
  const rows = ranked.map((note, i): CellText[] => [
    String(i + 1),
    note.text,
    authorOf(ctx, note),
    teamName(ctx, note.teamId) ?? '—',
    ...(dots ? [String(dots.get(note.id) ?? 0)] : []),
  ]);
  return [para(fillCount(dots ? w.notesRanked : w.notesIntro, notes.length, { count: notes.length })), table(columns, rows)];
}

/** A dot vote: what was voted on, how many took part, the notes that received dots ranked, and how many got none. */
export function dotVoteBody(ctx: RecordContext, activity: Activity): FileChild[] {
  const { w } = ctx;
  const source = activity.sourceActivityId ? ctx.doc.activities[activity.sourceActivityId] : undefined;
  const colon = docWords(ctx.lang).colon;
  const target = source ? fillCount(w.voteTarget, activity.votesPerPerson, { prompt: source.prompt, n: activity.votesPerPerson }) : w.voteOnMissing;
  const on = para([strong(`${w.voteOn}${colon}`), target]);
  if (!source) return [on];
  const tally = dotVoteTally(ctx.doc, activity);
  if (!tally.length) return [on, para(w.noVoteNotes)];
  const votes = Object.values(ctx.doc.votes).filter((v) => v.activityId === activity.id);
  if (!votes.length) return [on, para(w.noVotes)];
  const voters = new Set(votes.map((v) => v.voterId)).size;
  const voted = tally.filter((t) => t.votes > 0);
  const place = ranks(voted.map((t) => t.votes));
  const rows = voted.map((t, i): CellText[] => [String(place[i]), t.note.text, authorOf(ctx, t.note), String(t.votes)]);
  const unvoted = tally.length - voted.length;
  return [
    on,
    para(fillCount(w.voteSummary, voters, { voters, dots: votes.length })),
    table(
      [
        { header: w.colRank, width: 0.8, align: 'center' },
        { header: w.colNote, width: 7 },
        { header: w.colAuthor, width: 1.8 },
        { header: w.colDots, width: 1, align: 'center' },
      ],
      rows,
    ),
    ...(unvoted ? [para(fillCount(w.unvoted, unvoted, { count: unvoted }), { before: 120 })] : []),
  ];
}
