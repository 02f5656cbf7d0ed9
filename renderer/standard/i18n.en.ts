/** Words of 成果1's grid editor (merged into the interface strings under `standardGrid`). */
export const standardGridEn = {
  standardGrid: {
    label: 'Indicators: one per row',
    col: { dimension: 'Dimension', name: 'Indicator', weight: 'Weight %', scoring: 'Scoring rule', dataSource: 'Data source', cycle: 'Cycle' },
    colDimension: 'Dimension',
    deductionShort: '−{{points}} per occurrence',
    notSaved: 'not saved',
    unsavedCount_one: '{{count}} edit not saved',
    unsavedCount_other: '{{count}} edits not saved',
    unsavedIssue_one: '{{count}} edit is not saved (the cell marked "not saved"): correct it or press Esc to discard it',
    unsavedIssue_other: '{{count}} edits are not saved (the cells marked "not saved"): correct them or press Esc to discard them',
    emptyRow: '{{dimension}}: no indicators yet',
    emptyHint: 'No indicators yet · press Enter to add one, or insert suggestions on the right',
    keysHelp: 'Arrows move · Enter / F2 edit · typing replaces · Tab next cell · Esc cancels · Ctrl+Enter adds an indicator to this dimension',
    detailsOf: 'Indicator details: {{name}}',
  },
};
