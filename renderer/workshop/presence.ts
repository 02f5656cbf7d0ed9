import type { Peer } from '../../shared/protocol/messages.ts';
import type { Translate } from '../i18n/useUi.ts';

/**
 * What the others see for a peer: the name they gave, or else what they are: the trainer who typed no name shows as
 * 讲师 (a phone listing "未留名" beside the class's names reads as a stranger), a member as 未留名.
 */
export function peerName(peer: Pick<Peer, 'name' | 'role'>, t: Translate): string {
  const name = peer.name.trim();
  if (name) return name;
  return peer.role === 'member' ? t('workshop.unnamed') : t(`role.${peer.role}`);
}

/** Names of the others editing this entity (and field, when given), for a "… is editing" hint. */
export function editorsOf(peers: readonly Peer[], entityId: string, t: Translate, field?: string): string[] {
  return peers
    .filter((p) => p.editing && p.editing.entityId === entityId && (field === undefined || p.editing.field === field))
    .map((p) => peerName(p, t));
}

const CJK = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff]/u;

/**
 * One or two letters for an avatar. A name that ends in a CJK word ("第3组 王芳") shows that word's first character
 * (the surname); a latin name shows its first and last initials.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const lastFirst = [...words[words.length - 1]!][0]!;
  if (CJK.test(lastFirst)) return lastFirst;
  const first = [...words[0]!][0]!;
  return (words.length > 1 ? first + lastFirst : first).toUpperCase();
}

const AVATAR_COLORS = ['#1f5fa8', '#b02a37', '#2b7a3d', '#6741d9', '#a61e4d', '#0b7285', '#9c4a00', '#343a40'];

/** A stable colour per client, so the same person keeps the same avatar all day. */
export function avatarColor(clientId: string): string {
  let hash = 0;
  for (const ch of clientId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR_COLORS[hash % AVATAR_COLORS.length]!;
}
