import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { PostType } from '../../shared/domain/library.ts';
import type { PostFields } from '../../shared/domain/standard.ts';
import { newId } from '../../shared/domain/ids.ts';
import { postTypeOf } from '../../templates/post-type-guess.ts';
import { INDUSTRY_POSTS } from '../../templates/industries/industry-posts.ts';
import { Tabs } from '../components/Tabs.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { usePosts, usePostsBalanced, useWorkshopMeta } from '../workshop/workshop-hooks.ts';
import { ExportButton, type ProblemPlace } from './export/ExportButton.tsx';
import { useUnsavedDrafts } from './grid/drafts.ts';
import type { GridRequest } from './grid/StandardGrid.tsx';
import { XlsxButtons } from './xlsx/XlsxButtons.tsx';
import { AddPostDialog } from './posts/AddPostDialog.tsx';
import { PostPicker } from './posts/PostPicker.tsx';
import { StandardTable } from './table/StandardTable.tsx';
import './standard.css';

// The canvas and the chart libraries load when their tab is first opened, not with the page.
const MindMapView = lazy(() => import('./mindmap/MindMapView.tsx').then((m) => ({ default: m.MindMapView })));
const RadarView = lazy(() => import('./radar/RadarView.tsx').then((m) => ({ default: m.RadarView })));

type View = 'table' | 'mindmap' | 'radar';
const VIEWS: readonly View[] = ['table', 'mindmap', 'radar'];

/** 成果1: the posts of the workshop, and for the chosen one its standard as a table, a mind map or a radar. */
export function StandardEditor() {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const { language, industry } = useWorkshopMeta();
  const posts = usePosts();
  const drafts = useUnsavedDrafts(workshopId);
  // A post with an unsaved draft is not called balanced, whatever its stored weights say.
  const balanced = usePostsBalanced().map((ok, i) => ok && !drafts.some((d) => d.postId === posts[i]?.id));
  const [focus, setFocus] = useState<GridRequest | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [view, setView] = useState<View>('table');
  const [adding, setAdding] = useState(false);
  const [postTypes, setPostTypes] = useState<Record<string, PostType>>({});
  const viewsRef = useRef<HTMLDivElement>(null);
  const shownView = useRef(view);

  // Opening the mind map or the radar brings the tabs to the top, so the picture fills the projected screen.
  useEffect(() => {
    if (view !== shownView.current && view !== 'table') viewsRef.current?.scrollIntoView({ block: 'start' });
    shownView.current = view;
  }, [view]);

  const post = posts.find((p) => p.id === chosenId) ?? posts[0] ?? null;
  // A name no keyword fits starts on the industry's first example post; the trainer can switch.
  const fallback = INDUSTRY_POSTS[industry][0]!;
  const postType = post ? (postTypes[post.id] ?? postTypeOf(post.name, industry) ?? fallback) : fallback;
  const postId = post?.id ?? null;
  // Stable, so the memoized table is not re-rendered by edits that only change this screen's post list.
  const onPostType = useCallback((type: PostType) => postId && setPostTypes((types) => ({ ...types, [postId]: type })), [postId]);

  const goTo = useCallback((place: ProblemPlace) => {
    setChosenId(place.postId);
    setView('table');
    setFocus({ kind: 'focus', dimension: place.dimension });
  }, []);

  const addPost = (fields: PostFields): void => {
    const postId = newId();
    submit({ type: 'post.add', payload: { workshopId, artifactId: workshopId, postId, fields } });
    setChosenId(postId);
    setView('table');
  };

  return (
    <section className="standard" aria-labelledby="standard-heading">
      <div className="standard-head">
        <h2 id="standard-heading" className="sr-only">
          {t('deliverable.standard.short')} {t('deliverable.standard.title')}
        </h2>
        <PostPicker
          posts={posts}
          balanced={balanced}
          selectedId={post?.id ?? null}
          onSelect={(id) => {
            setChosenId(id);
            setFocus(null);
          }}
          onAdd={() => setAdding(true)}
        />
        <div className="standard-actions">
          <XlsxButtons />
          <ExportButton onGoTo={goTo} />
        </div>
      </div>

      {post ? (
        <div ref={viewsRef} className={view === 'table' ? 'views' : 'views views-canvas'}>
        <Tabs<View>
          label={t('standard.viewsLabel')}
          tabs={VIEWS.map((key) => ({ key, label: t(`standard.views.${key}`) }))}
          selected={view}
          onSelect={setView}
        >
          {view === 'table' ? (
            <StandardTable key={post.id} postId={post.id} postType={postType} onPostType={onPostType} focus={focus} />
          ) : (
            <Suspense fallback={<p className="placeholder" role="status">{t('app.loading')}</p>}>
              {view === 'mindmap' ? <MindMapView postId={post.id} /> : <RadarView />}
            </Suspense>
          )}
        </Tabs>
        </div>
      ) : (
        <p className="placeholder">{t('standard.noPosts')}</p>
      )}

      {adding ? <AddPostDialog contentLang={language} onAdd={addPost} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
