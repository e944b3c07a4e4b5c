import { t } from '../../i18n/index.ts';

/** A file size for readers: bytes below 1 KB, else KB or MB with one decimal (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return t('data.size.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
