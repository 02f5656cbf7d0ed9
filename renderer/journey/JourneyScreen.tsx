import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { peakEnd } from '../../shared/deliverables/journey/peak-end.ts';
import { newId } from '../../shared/domain/ids.ts';
import { findJourneyTemplate } from '../../templates/journeys/index.ts';
import { journeyStartOps } from '../../templates/journeys/start.ts';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { ArtifactBar } from '../workshop/ArtifactBar.tsx';
import { ExportDocButton } from '../workshop/ExportDocButton.tsx';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useWorkshopMeta } from '../workshop/workshop-hooks.ts';
import { CardEditor } from './CardEditor.tsx';
import { useArtifactsOf, useJourneyView, useSelf } from './journey-hooks.ts';
import { NewJourneyDialog } from './NewJourneyDialog.tsx';
import { StageBar } from './StageBar.tsx';
import { useUndoableSubmit } from './use-undo.ts';
import { WarningsPanel } from './WarningsPanel.tsx';
import './journey.css';

// The canvas and the chart library load with the first map, not with the page.
const JourneyMap = lazy(() => import('./JourneyMap.tsx').then((m) => ({ default: m.JourneyMap })));
const EmotionCurve = lazy(() => import('./EmotionCurve.tsx').then((m) => ({ default: m.EmotionCurve })));

/** 成果2: the class's and the teams' journey maps; the chosen one as a map, its moments' editor, curve and warnings. */
export function JourneyScreen() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const meta = useWorkshopMeta();
  const self = useSelf();
  const maps = useArtifactsOf('journey');
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // A member starts on their team's map; everyone else on the first.
  const artifact = maps.find((a) => a.id === chosen) ?? maps.find((a) => self.teamId && a.teamId === self.teamId) ?? maps[0] ?? null;

  const create = (teamId: string | null, templateId: string | null) => {
    const artifactId = newId();
    const ops = journeyStartOps({ workshopId, artifactId, teamId, title: '', template: templateId ? (findJourneyTemplate(templateId) ?? null) : null, lang: meta.language });
    submit({ type: 'batch', payload: { workshopId, ops } });
    setChosen(artifactId);
  };

  return (
    <section className="journey" aria-labelledby="journey-heading">
      <div className="journey-head">
        <h2 id="journey-heading">
          {t('deliverable.journey.short')} {t('journey.heading')}
        </h2>
        <ArtifactBar
          label={t('journey.mapsLabel')}
          artifacts={maps}
          selectedId={artifact?.id ?? null}
          wholeWorkshop={t('journey.wholeWorkshop')}
          onSelect={setChosen}
          addLabel={t('journey.newMap')}
          onAdd={() => setCreating(true)}
        />
        {self.role === 'trainer' ? (
          <ExportDocButton
            deliverable="journey"
            fallbackName={`${meta.name}-${t('journey.heading')}`}
            words={{ button: t('journey.export'), busy: t('journey.exportBusy'), done: (name) => t('journey.exportDone', { name }), failed: (status) => t('journey.exportFailed', { status }) }}
          />
        ) : null}
      </div>
      {artifact ? <JourneyBoard key={artifact.id} artifactId={artifact.id} title={artifact.title} /> : <p className="placeholder">{t('journey.none')}</p>}
      {creating ? <NewJourneyDialog onCreate={create} onClose={() => setCreating(false)} /> : null}
    </section>
  );
}

/** One map with its tools: undo/redo, stages, the canvas, the editor of the chosen moment, the curve and the warnings. */
function JourneyBoard({ artifactId, title }: { artifactId: string; title: string }) {
  const { t } = useUi();
  const view = useJourneyView(artifactId);
  const { edit, undo, redo, canUndo, canRedo } = useUndoableSubmit();
  const [editing, setEditing] = useState<string | null>(null);
  const onEdit = useCallback((id: string) => setEditing(id), []);

  // Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac) undo and redo this user's own edits, except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  if (!view) return null;
  const { peak, end } = peakEnd(view);
  const editingId = editing && view.stages.some((s) => s.cards.some((c) => c.id === editing)) ? editing : null;

  return (
    <div className="journey-board">
      <div className="journey-tools">
        <button type="button" className="btn" disabled={!canUndo} onClick={undo}>
          ↶ {t('journey.undo')}
        </button>
        <button type="button" className="btn" disabled={!canRedo} onClick={redo}>
          ↷ {t('journey.redo')}
        </button>
        <p className="field-hint">{t('journey.editHint')}</p>
      </div>
      {/* Folded by default: on a projector the map needs the height; "focus a stage" stays above the map. */}
      <details className="stage-bar-box">
        <summary>{t('journey.stages')}</summary>
        <StageBar view={view} edit={edit} />
      </details>
      <Suspense fallback={<p className="placeholder" role="status">{t('app.loading')}</p>}>
      <div className={editingId ? 'journey-work journey-work-editing' : 'journey-work'}>
        <JourneyMap view={view} title={title || t('journey.heading')} selectedId={editingId} marks={{ peak: peak?.id ?? null, end: end?.id ?? null }} onEdit={onEdit} edit={edit} />
        {editingId ? <CardEditor key={editingId} cardId={editingId} edit={edit} onClose={() => setEditing(null)} /> : null}
      </div>
      <div className="journey-insights">
        <EmotionCurve view={view} selectedId={editingId} onEdit={onEdit} />
        <WarningsPanel view={view} />
      </div>
      </Suspense>
    </div>
  );
}
