/** HTTP routes of the host, shared so the renderer and the host cannot drift apart. */
export const HTTP = {
  /** Answers 200 with the caller's role when the bearer token is right, 401 otherwise. */
  session: '/api/session',
  /**
   * A deliverable of a workshop as a Word file; deliverables are named by id ('standard' for 成果1). `artifact` picks
   * one instance (a team's playbook); without it, the workshop's first instance of that deliverable.
   */
  exportDeliverable: (workshopId: string, deliverable: string, artifactId?: string) =>
    `/api/workshops/${workshopId}/export/${deliverable}${artifactId ? `?artifact=${encodeURIComponent(artifactId)}` : ''}`,
  exportPattern: /^\/api\/workshops\/([A-Za-z0-9_-]{8,40})\/export\/([a-z][a-zA-Z0-9-]{0,39})$/,
  /** 成果1 as an Excel workbook (GET), and a workbook to import into it (POST: the host answers with a preview, applies nothing). */
  standardXlsx: (workshopId: string, direction: 'export' | 'import') => `/api/workshops/${workshopId}/${direction}/standard.xlsx`,
  standardXlsxPattern: /^\/api\/workshops\/([A-Za-z0-9_-]{8,40})\/(export|import)\/standard\.xlsx$/,
  socket: '/ws',
  /**
   * The participant app's one API (on the classroom listener): POST a join code and a display name, get a member
   * session for the open workshop (see JoinRequest / JoinAnswer).
   */
  join: '/api/join',
  /** The trainer's control of the classroom (loopback only): GET the state, POST open / close. */
  classroom: '/api/classroom',
  classroomOpen: '/api/classroom/open',
  classroomClose: '/api/classroom/close',
  /**
   * Read-only display links (loopback, trainer only): POST a new one for the open classroom (a viewer session on the
   * classroom address), or revoke every display of the workshop.
   */
  classroomDisplay: '/api/classroom/display',
  classroomDisplayRevoke: '/api/classroom/display/revoke',
  /** The page the classroom listener serves at `/`: the participant app alone. */
  participantPage: '/participant.html',
} as const;

/** The trainer's URL carries the token in the fragment, which browsers never send to a server or a Referer. */
export const TOKEN_FRAGMENT = 'token';
