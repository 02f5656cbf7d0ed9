import { UNSAFE_FILE_CHARS } from '../../../shared/rules/file-name.ts';

/** e.g. 成果2_客户体验流程脚本_1.0_华东智能家居服务有限公司.docx: the deliverable's stem, then the company. */
export function docxFileName(stem: string, company: string): string {
  // Windows also refuses names ending in a dot or space ("Ltd.") and hides those starting with one.
  const part = company.replace(UNSAFE_FILE_CHARS, ' ').trim().replace(/\s+/g, '_').slice(0, 60).replace(/^[._]+|[._]+$/g, '');
  return `${part ? `${stem}_${part}` : stem}.docx`;
}
