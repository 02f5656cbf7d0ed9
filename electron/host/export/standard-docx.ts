import { Packer } from 'docx';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import { layoutMindMap } from '../../../shared/charts/mindmap-layout.ts';
import { radarOption } from '../../../shared/charts/radar.ts';
import { indicatorsOf } from '../../../shared/rules/weights.ts';
import { CHART_FONT } from './chart-fonts.ts';
import { chartPng } from './chart-image.ts';
import { workshopCover } from './docx-cover.ts';
import { buildDocument } from './docx-style.ts';
import { mindMapPng } from './mindmap-svg.ts';
import { purposeSection, dimensionsSection, overviewSection } from './standard-intro.ts';
import { postSection } from './standard-posts.ts';
import { issuesSection, scoringSection } from './standard-scoring.ts';
import { standardContext } from './standard-context.ts';
import { standardWords } from './standard-words.ts';
import { docxFileName } from './docx-file-name.ts';
import { roomGapsSection } from '../deliverables/activities/export/standard-room-gaps.ts';
import type { RoomGaps } from '../deliverables/activities/export/servqual-gaps.ts';

/**
 * 成果1 服务岗位内部服务考核标准 1.0 as a Word file, from the workshop as it stands (unbalanced weights included); with
 * the room's SERVQUAL rating poll, if the class ran one, beside the weight overview.
 */
export async function buildStandardDocx(state: WorkshopState, room: RoomGaps | null = null): Promise<Buffer> {
  const ctx = standardContext(state);
  const { workshop } = state;
  const [radar, ...mindMaps] = await Promise.all([
    ctx.posts.length ? chartPng(radarOption(ctx.posts, ctx.lang, CHART_FONT), 800, 620) : null,
    ...ctx.posts.map((p) =>
      indicatorsOf(state.indicators, p.id).length ? mindMapPng(layoutMindMap(state, p.id, ctx.lang, { spacing: 'print' })) : null,
    ),
  ]);
  const cover = workshopCover(workshop, ctx.w);
  const scoringChapter = 4 + ctx.posts.length; // purpose, dimensions and overview come before the posts
  const doc = buildDocument({
    lang: ctx.lang,
    title: ctx.w.headerTitle,
    company: workshop.company,
    cover,
    body: [
      ...purposeSection(ctx, scoringChapter),
      ...dimensionsSection(ctx),
      ...overviewSection(ctx, radar),
      ...(room ? roomGapsSection(ctx, room) : []),
      ...ctx.posts.flatMap((p, i) => postSection(ctx, p, mindMaps[i])),
      ...scoringSection(ctx),
      ...issuesSection(ctx),
    ],
  });
  return Packer.toBuffer(doc);
}

/** e.g. 成果1_服务岗位内部服务考核标准_1.0_华东智能家居服务有限公司.docx */
export const standardFileName = (state: WorkshopState): string =>
  docxFileName(standardWords(state.workshop.language).fileStem, state.workshop.company);
