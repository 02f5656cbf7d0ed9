import { UNSAFE_FILE_CHARS } from '../../../shared/rules/file-name.ts';

// Windows also refuses names ending in a dot or space ("Ltd.") and hides those starting with one.
const part = (text: string): string =>
  text.replace(UNSAFE_FILE_CHARS, ' ').trim().replace(/\s+/g, '_').slice(0, 60).replace(/^[._]+|[._]+$/g, '');

/** e.g. 成果2_客户体验流程脚本_1.0_华东智能家居服务有限公司.docx: the deliverable's stem, then the team and company if any. */
export function docxFileName(stem: string, ...parts: string[]): string {
  return [stem, ...parts.map(part).filter(Boolean)].join('_') + '.docx';
}
