import type { FileChild } from 'docx';
import { sortByOrder } from '../../../../../shared/core/order.ts';
import type { Participant } from '../../../../../shared/deliverables/classroom/schemas.ts';
import { heading, para, table, type CellText } from '../../../export/docx-blocks.ts';
import type { RecordContext } from './record-context.ts';
import { fillCount } from './record-words.ts';

/** Chapter 1: who joined, team by team (teams in their order, then those in none), names in each language's collation. */
export function participantsSection(ctx: RecordContext): FileChild[] {
  const { w, doc } = ctx;
  const head = heading(w.participants, 1, { newPage: true });
  const people = Object.values(doc.participants);
  if (!people.length) return [head, para(w.noParticipants)];
  const collator = new Intl.Collator(ctx.lang === 'en' ? 'en' : 'zh-CN', { numeric: true });
  const byName = (a: Participant, b: Participant) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const inTeam = (teamId: string | null) => people.filter((p) => p.teamId === teamId).sort(byName);
  // A participant whose team was removed belongs to no team any more.
  const known = new Set(Object.keys(doc.teams));
  const teams = sortByOrder(Object.values(doc.teams))
    .map((t) => ({ name: t.name, members: inTeam(t.id) }))
    .filter((g) => g.members.length);
  const unassigned = people.filter((p) => !p.teamId || !known.has(p.teamId)).sort(byName);
  const groups = unassigned.length ? [...teams, { name: w.noTeam, members: unassigned }] : teams;
  const rows: CellText[][] = groups.map((g) => [
    { text: g.name, bold: true },
    String(g.members.length),
    g.members.map((p) => p.name).join(ctx.lang === 'en' ? ', ' : '、'),
  ]);
  return [
    head,
    para(teams.length ? fillCount(w.participantsIntro, teams.length, { people: people.length, teams: teams.length }) : fillCount(w.participantsIntroNoTeams, people.length, { people: people.length })),
    table(
      [
        { header: w.colTeam, width: 2.4 },
        { header: w.colCount, width: 1, align: 'center' },
        { header: w.colNames, width: 8 },
      ],
      rows,
    ),
  ];
}
