/**
 * A digest of a text (base64url SHA-1): what a view holds of a text its route renders from `entry`
 * (page.ts). The text may come in pieces (an export's, exports.ts), so that it is never one string.
 */
import { createHash } from 'node:crypto';

export function textDigest(text: string | Iterable<string>): string {
  const hash = createHash('sha1');
  for (const piece of typeof text === 'string' ? [text] : text) hash.update(piece);
  return hash.digest('base64url');
}
