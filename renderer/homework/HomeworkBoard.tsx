import { useEffect, useRef, useState } from 'react';
import { homeworkArtifactId } from '../../shared/deliverables/homework/schemas.ts';
import { newId } from '../../shared/domain/ids.ts';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useWorkshopMeta } from '../workshop/workshop-hooks.ts';
import { DepartmentCard } from './DepartmentCard.tsx';
import { exportDeliverable } from '../workshop/export-deliverable.ts';
import { useHomeworkExists, useHomeworkPlan } from './homework-hooks.ts';
import './homework.css';

/** 第一天课后作业: every customer-facing department's actions along the 8 factors, edited by the room at once. */
export function HomeworkBoard() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const workshop = useWorkshopMeta();
  const submit = useSubmit();
  const exists = useHomeworkExists();
  const plan = useHomeworkPlan();
  const asked = useRef(false);
  const [status, setStatus] = useState<string | null>(null);
  const artifactId = homeworkArtifactId(workshopId);

  useEffect(() => {
    if (exists || asked.current) return;
    asked.current = true;
    submit({ type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'homework', fields: { title: '', teamId: null } } });
  }, [exists, workshopId, artifactId, submit]);

  if (!exists || !plan) return <p className="placeholder" role="status">{t('homework.preparing')}</p>;

  const addDepartment = () =>
    submit({ type: 'homework.department.add', payload: { workshopId, artifactId, departmentId: newId(), fields: { name: t('homework.newDepartment') } } });
  const runExport = async () => {
    setStatus(t('homework.exporting'));
    const r = await exportDeliverable(workshopId, 'homework', workshop.name);
    setStatus(r.ok ? t('homework.exported', { name: r.name }) : t('homework.exportFailed'));
  };

  return (
    <section className="homework" aria-labelledby="homework-title">
      <div className="homework-head">
        <h2 id="homework-title">{t('homework.title')}</h2>
        <button type="button" className="btn" onClick={addDepartment}>
          {t('homework.addDepartment')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void runExport()}>
          {t('homework.export')}
        </button>
      </div>
      <p className="homework-intro">{t('homework.intro')}</p>
      {status ? <p role="status">{status}</p> : null}
      {plan.departments.length === 0 ? <p className="placeholder">{t('homework.noDepartments')}</p> : null}
      {plan.departments.map(({ department, actions }) => (
        <DepartmentCard key={department.id} department={department} actions={actions} />
      ))}
    </section>
  );
}
