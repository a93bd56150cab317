/** Publishing rules for news posts: which posts a build publishes. */
import { localDate } from './dates.ts';

/**
 * Whether a post is published by a build made at `now`: never when it is a draft; otherwise from
 * its date on, counted in Vietnam time (a post dated 2026-12-02 appears in builds made from
 * 00:00 on 2 December in Asia/Ho_Chi_Minh, i.e. 17:00 UTC on 1 December).
 */
export function isPublished(post: { draft?: boolean | undefined; date: string }, now: Date): boolean {
  return !post.draft && post.date <= localDate(now);
}
