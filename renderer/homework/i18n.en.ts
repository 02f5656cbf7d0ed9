import type { homeworkZh } from './i18n.zh-CN.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const homeworkEn: Shape<typeof homeworkZh> = {
  homework: {
    title: 'Day 1 homework: actions along the 8 factors',
    intro: 'Each customer-facing department writes actions along the 8 factors: what, who owns it, by when, how it is measured.',
    preparing: 'Preparing the board…',
    addDepartment: 'Add department',
    departmentName: 'Department name',
    newDepartment: 'New department',
    removeDepartment: 'Remove department {{name}}',
    confirmRemove: 'Remove “{{name}}” and all its {{count}} actions?',
    noDepartments: 'No departments yet. Add a department that meets customers first.',
    factor: 'Factor',
    what: 'Action',
    owner: 'Owner',
    deadline: 'Deadline',
    measure: 'Measured by',
    addAction: 'Add action',
    removeAction: 'Remove this action',
    actionsOf: 'Actions of {{name}}',
    noActions: 'No actions yet.',
    coverage: '{{n}} of 8 factors covered',
    export: 'Export the Word action plan',
    exporting: 'Exporting…',
    exported: 'Exported: {{name}}',
    exportFailed: 'The export failed. Please try again.',
    required: 'Required',
  },
};
