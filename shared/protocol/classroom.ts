import { z } from 'zod';
import { DisplayName, ParticipantLanguage } from '../deliverables/classroom/schemas.ts';
import { Id } from '../domain/ids.ts';
import { Role } from './session.ts';

/**
 * The join code shown on the projector: 8 characters from 31 that cannot be misread for one another (no 0/O, 1/I/L),
 * about 39.6 bits; with a handful of failed attempts allowed per address, guessing it is hopeless.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 8;
export const JoinCode = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'badJoinCode'));

export const JoinRequest = z.object({ code: JoinCode, name: DisplayName, language: ParticipantLanguage }).strict();
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinAnswer = z.object({ token: z.string(), workshopId: Id, participantId: Id });
export type JoinAnswer = z.infer<typeof JoinAnswer>;

/** One address the classroom could listen on, as the trainer's join screen lists it (usable ones first). */
export const ClassroomAddress = z.object({
  address: z.string(),
  interfaceName: z.string(),
  /** VPNs, virtual machines' and containers' adapters: listed last, rarely what phones can reach. */
  virtual: z.boolean(),
  /** The host could listen on it and reach itself there (says nothing of client isolation on the Wi-Fi). */
  reachable: z.boolean(),
});
export type ClassroomAddress = z.infer<typeof ClassroomAddress>;

export const ClassroomState = z.discriminatedUnion('open', [
  z.object({ open: z.literal(false), addresses: z.array(ClassroomAddress) }),
  z.object({
    open: z.literal(true),
    addresses: z.array(ClassroomAddress),
    workshopId: Id,
    address: z.string(),
    port: z.number().int(),
    /** What participants type or scan: http://address:port/ (the QR code also carries the join code). */
    joinUrl: z.string(),
    joinCode: z.string(),
  }),
]);
export type ClassroomState = z.infer<typeof ClassroomState>;

export const OpenClassroomRequest = z.object({ workshopId: Id, address: z.string().max(64) }).strict();
export type OpenClassroomRequest = z.infer<typeof OpenClassroomRequest>;

/** The fragment a join link (and its QR code) may carry so a scanning phone need not type the code. */
export const JOIN_CODE_FRAGMENT = 'code';

/**
 * A read-only display (大屏): a projector's computer or a hall's extra screen shows the join card and the live
 * activity's results from this link. It carries a viewer session in the fragment, which browsers never send.
 */
export const DISPLAY_FRAGMENT = 'display';
export const DisplayRequest = z.object({ workshopId: Id }).strict();
export type DisplayRequest = z.infer<typeof DisplayRequest>;
export const DisplayLink = z.object({ url: z.string() });
export type DisplayLink = z.infer<typeof DisplayLink>;
export const DisplaysRevoked = z.object({ revoked: z.number().int().nonnegative() });
export type DisplaysRevoked = z.infer<typeof DisplaysRevoked>;

/**
 * GET /api/session: who the bearer is. A display also learns its workshop and the code now on the projector (a
 * reopened classroom has a new one), so it can show the join card.
 */
export const SessionInfo = z.object({
  role: Role,
  protocol: z.number().int(),
  appVersion: z.string(),
  workshopId: Id.nullable(),
  joinCode: z.string().optional(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
