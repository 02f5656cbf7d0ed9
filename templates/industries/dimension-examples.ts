import type { Dimension } from '../../shared/domain/dimensions.ts';
import type { Bilingual } from '../../shared/domain/library.ts';
import type { Industry } from '../../shared/domain/workshop.ts';
import { DIMENSION_GUIDES } from '../dimension-guides.ts';
import { templatesFor } from '../indicator-library.ts';
import { POST_TEMPLATES } from '../post-types.ts';
import { INDUSTRY_POSTS } from './industry-posts.ts';

const GENERAL_POSTS = INDUSTRY_POSTS.general;

/** The first sentence of a description: the requirement itself, without how it is checked. */
const firstClause = (text: string, lang: keyof Bilingual): string =>
  (lang === 'zh-CN' ? text.split(/[。；]/)[0] : text.split(/(?<=[a-z0-9)"])[.;] /)[0])!.replace(/[.。]$/, '');

/**
 * Examples of a dimension for the Word file's dimension chapter, in the room's industry: for an industry with posts of
 * its own, the heaviest suggested indicator of each of its posts ("客房服务员：…"), so a hotel chain reads about rooms
 * and lobbies rather than online chat and field engineers; otherwise the course's general examples.
 */
export function dimensionExamples(industry: Industry, dimension: Dimension): Bilingual[] {
  const posts = INDUSTRY_POSTS[industry];
  if (posts === GENERAL_POSTS) return DIMENSION_GUIDES.find((g) => g.dimension === dimension)?.examples ?? [];
  return posts.flatMap((type) => {
    const top = [...templatesFor(type, dimension)].sort((a, b) => b.weight - a.weight)[0];
    const post = POST_TEMPLATES.find((p) => p.type === type);
    if (!top || !post) return [];
    return [
      {
        'zh-CN': `${post.name['zh-CN']}：${firstClause(top.description['zh-CN'], 'zh-CN')}`,
        en: `${post.name.en}: ${firstClause(top.description.en, 'en')}`,
      },
    ];
  });
}
