import { describe, expect, it } from 'vitest';
import { testState } from '../../../shared/charts/test-state.ts';
import { mindKey, outline } from './mind-outline.ts';

const state = testState({ lang: 'zh-CN' });
const post = state.posts[0]!;
const dim = `${post.id}/tangibles`;

describe('mind map keys', () => {
  it('walks the visible topics in reading order, and a folded dimension hides its indicators', () => {
    const open = outline(state, post.id, new Set());
    const folded = outline(state, post.id, new Set([dim]));
    expect(open[0]).toMatchObject({ kind: 'post' });
    expect(open[1]).toMatchObject({ kind: 'dimension', dimension: 'tangibles' });
    expect(open[2]).toMatchObject({ kind: 'indicator', dimension: 'tangibles' });
    expect(folded[2]).toMatchObject({ kind: 'dimension', dimension: 'assurance' });
  });

  it('folds with ← on an open dimension, goes to the parent from an indicator, unfolds with →', () => {
    const open = outline(state, post.id, new Set());
    const first = open[2]!.id;
    expect(mindKey('ArrowLeft', open, dim, new Set())).toEqual({ kind: 'fold', id: dim, fold: true });
    expect(mindKey('ArrowLeft', open, first, new Set())).toEqual({ kind: 'select', id: dim });
    expect(mindKey('ArrowRight', outline(state, post.id, new Set([dim])), dim, new Set([dim]))).toEqual({ kind: 'fold', id: dim, fold: false });
    expect(mindKey('ArrowRight', open, post.id, new Set())).toEqual({ kind: 'select', id: dim });
  });

  it('removes only indicators and takes a digit as the start of a weight, never on the post', () => {
    const open = outline(state, post.id, new Set());
    expect(mindKey('Delete', open, dim, new Set())).toEqual({ kind: 'none' });
    expect(mindKey('Delete', open, open[2]!.id, new Set())).toEqual({ kind: 'remove' });
    expect(mindKey('7', open, dim, new Set())).toEqual({ kind: 'weight', seed: '7' });
    expect(mindKey('7', open, post.id, new Set())).toEqual({ kind: 'none' });
  });
});
