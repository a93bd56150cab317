/**
 * Runs for every page as it is rendered (at build time for this static site). Its one job: write
 * the JSON-LD a page set through `components/JsonLd.astro` into that component's placeholder.
 * Pages without structured data pass through untouched.
 *
 * Why not in the template: Astro leaves `{expressions}` inside `<script>` as literal text, and
 * every escaped way of giving an element text turns `"` into `&quot;`, which a `<script>` (a
 * raw-text element) does not decode, so the JSON would break. `fillJsonLd` escapes `<`, `>` and
 * `&` instead, which keeps the JSON valid and the element closed.
 */
import { defineMiddleware } from 'astro:middleware';
import { fillJsonLd } from './lib/json-ld.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const data = context.locals.jsonLd;
  if (data === undefined) return response;
  const html = fillJsonLd(await response.text(), data);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
