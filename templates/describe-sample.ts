import type { SampleDescription, SampleWorkshop } from '../shared/domain/sample-workshop.ts';
import type { Language } from '../shared/domain/workshop.ts';

/**
 * The sample in one language with fresh ids, as plain data: the caller turns it into ops. Ids come from the caller
 * (a client makes ids, see shared/domain/ids.ts), which keeps this function pure and its tests deterministic.
 */
export function describeSampleWorkshop(sample: SampleWorkshop, language: Language, newId: () => string): SampleDescription {
  return {
    workshop: {
      name: sample.name[language],
      company: sample.company[language],
      trainer: sample.trainer[language],
      startDate: sample.startDate,
      endDate: sample.endDate,
      language,
      industry: 'hotel',
    },
    posts: sample.posts.map((post) => ({
      id: newId(),
      fields: { name: post.name[language], description: post.description[language] },
      dimensionWeights: { ...post.dimensionWeights },
      indicators: post.indicators.map((indicator) => ({
        id: newId(),
        dimension: indicator.dimension,
        fields: {
          name: indicator.name[language],
          description: indicator.description[language],
          weight: indicator.weight,
          scoring: { ...indicator.scoring },
          dataSource: indicator.dataSource,
          cycle: indicator.cycle,
        },
      })),
    })),
  };
}
