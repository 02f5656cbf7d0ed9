import type { Bilingual } from '../../shared/domain/library.ts';

/** What every piece of template text must satisfy, shared by the template tests. */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]/;
/** Traditional-only forms that must not appear in simplified Chinese text (each has a distinct simplified form). */
const TRADITIONAL_ONLY = new Set(
  '務價體質專應滿確語這們來時說對點過還開關機會問題區電話號圖書長門間員單請難為爲與從樣發現實際義經麼裡後聽視見議認記設訴許論證讓負責資費購轉輕運進選遞錯鐘鍵隊離響頁頭顧風飲館驗齊準儀態誠兌諾懷週據練師檢測裝戶絡維標準範導',
);

/** Problems with one bilingual text, in words a failing test can print; empty when the text is fine. */
export function bilingualTextProblems(text: Bilingual): string[] {
  const problems: string[] = [];
  for (const s of [text['zh-CN'], text.en]) {
    if (s.trim().length === 0) problems.push('empty');
    else if (s !== s.trim()) problems.push(`untrimmed: "${s}"`);
  }
  if (!CJK.test(text['zh-CN'])) problems.push('zh-CN has no Chinese');
  const traditional = [...text['zh-CN']].filter((c) => TRADITIONAL_ONLY.has(c));
  if (traditional.length > 0) problems.push(`zh-CN has traditional forms: ${traditional.join('')}`);
  if (CJK.test(text.en)) problems.push('en has Chinese characters');
  if (FULL_WIDTH.test(text.en)) problems.push('en has full-width punctuation');
  return problems;
}
