/** A digest of a text (base64url SHA-1): what a view holds of a text its route renders from `entry` (page.ts). */
import { createHash } from 'node:crypto';

export const textDigest = (text: string): string => createHash('sha1').update(text).digest('base64url');
