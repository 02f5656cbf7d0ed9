import type { DomainStrings } from './domain.zh-CN.ts';

export const domainEn: DomainStrings = {
  dimension: {
    tangibles: { name: 'Tangibles', short: 'Facilities and the appearance of service staff' },
    assurance: { name: 'Assurance', short: "Staff's professional competence and service attitude" },
    responsiveness: { name: 'Responsiveness', short: "Answering and resolving customers' requests promptly" },
    reliability: {
      name: 'Reliability',
      short: 'Keeping every promise to customers, without exception; no major complaints or safety incidents',
    },
    empathy: { name: 'Empathy', short: 'Putting yourself in the customer’s place, candour, exceeding expectations' },
  },
  dataSource: {
    mysteryShopper: 'Mystery shopper',
    survey: 'Satisfaction survey',
    systemRecord: 'System record',
    supervisorCheck: 'Supervisor check',
  },
  cycle: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' },
  scoring: {
    scale5: '5-point scale',
    deduction: 'Deduction per occurrence',
    passFail: 'Pass / fail',
    scale5Rule: 'Rated 1–5; 5 equals 100 points (20 points per step)',
    deductionRule: 'Starts at 100; {{points}} points off per occurrence, down to 0',
    passFailRule: 'Met: 100 points; not met: 0',
  },
  reason: {
    malformed: 'A message could not be understood and was ignored.',
    invalid: 'Invalid input: {{field}} {{rule}}',
    unknownWorkshop: 'This workshop no longer exists; it may have been deleted.',
    unknownEntity: 'What you edited no longer exists; someone may have deleted it.',
    wrongWorkshop: 'That item belongs to another workshop; the change was refused.',
    duplicateId: 'That item already exists.',
    opIdReused: 'This change reused the id of a different change and was refused.',
    limitReached: 'Limit reached (at most {{limit}}).',
    unauthorized: "The connection was not authenticated. Use the full link from the trainer's screen.",
    forbidden: 'Your role may not do this.',
    protocolMismatch: 'App versions differ. Reload the page or use the same version of the app.',
    storageFull: "The host computer's disk is full, so the change was not saved. Free some disk space there.",
    storageReadOnly:
      'The library file on the host computer can no longer be written (it is read-only), so the change was not saved. Make it writable there.',
    storageCorrupt:
      'The library file on the host computer is damaged, so the change was not saved. Close the app there and restore the library from a backup.',
    storageBusy:
      'Another program is holding the library file, so the change was not saved. Close that program (a second copy of the app, a backup or sync tool) and try again.',
    storageIo:
      'The host computer could not read or write its library file (a disk error, or the drive was removed), so the change was not saved. Check the drive and try again.',
    internal: 'The host hit an internal error; the change was not saved. Please try again.',
  },
  rule: {
    tooLong: 'is too long (at most {{limit}} characters)',
    required: 'must not be empty',
    negative: 'must not be negative',
    over100: 'must not exceed 100',
    notANumber: 'must be a number',
    decimals: 'may have at most two decimals',
    endBeforeStart: 'must not be before the start date',
    badId: 'has a malformed id',
    deductionRange: 'points per occurrence must be between 0 and 100',
    other: 'is not in the expected format',
  },
  field: {
    name: 'Name',
    company: 'Company',
    trainer: 'Trainer',
    startDate: 'Start date',
    endDate: 'End date',
    language: 'Language',
    industry: 'Industry',
    description: 'Description',
    weight: 'Weight',
    scoring: 'Scoring rule',
    dataSource: 'Data source',
    cycle: 'Assessment cycle',
  },
  issue: {
    dimensionsSum: 'The five dimension weights add up to {{sum}}, not 100',
    indicatorsSum: 'Indicator weights under “{{dimension}}” add up to {{sum}}, not 100',
    weightedDimensionEmpty: '“{{dimension}}” has a weight but no indicators yet',
    postEmpty: 'This post has no indicators yet',
  },
};
