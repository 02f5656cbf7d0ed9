import { Indicator, Post } from '../../domain/standard.ts';

/** 成果1's entities: posts (with their five dimension weights) and the indicators under them. */
export const standardCollections = { posts: Post, indicators: Indicator };
