import { z } from 'zod';

/**
 * Why the host refused something. The host sends a code (plus what the message needs);
 * each client translates it with the `reason.*` i18n keys, so the message is in the reader's language.
 */
export const ReasonCode = z.enum([
  'malformed',
  'invalid',
  'unknownWorkshop',
  'unknownEntity',
  'wrongWorkshop',
  'duplicateId',
  'opIdReused',
  'limitReached',
  // A participant's socket sent more messages than its rate limit allows.
  'tooManyOps',
  'unauthorized',
  'forbidden',
  'protocolMismatch',
  // Joining the classroom: a wrong code, too many wrong codes from one address, or the classroom is not open.
  'badJoinCode',
  'tooManyAttempts',
  'classroomClosed',
  // The host's disk or library file failed; the op itself was sound and was not applied.
  'storageFull',
  'storageReadOnly',
  'storageCorrupt',
  'storageBusy',
  'storageIo',
  'internal',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const Reason = z.object({
  code: ReasonCode,
  /** For `invalid`: where in the op, and which rule (tooLong, negative, over100, notANumber, required, badId…). */
  path: z.string().optional(),
  rule: z.string().optional(),
  limit: z.number().optional(),
  /** For `tooManyAttempts`: seconds until this address may try again. */
  retryAfterSeconds: z.number().optional(),
  /**
   * For storage failures: true when the same op may succeed unchanged once the condition clears (space freed,
   * lock released, file made writable), so the client keeps it pending; false when the library itself is damaged.
   */
  retryable: z.boolean().optional(),
  /** English, for logs; never shown instead of the translation. */
  detail: z.string().optional(),
});
export type Reason = z.infer<typeof Reason>;
