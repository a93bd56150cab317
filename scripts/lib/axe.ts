/**
 * Running axe-core in a page, for the browser tests (tests/e2e/env.ts) and the benchmark's audit of
 * the national build (scripts/bench/site-checks.ts): the same rules, the same way of injecting it.
 *
 * axe is injected with `page.evaluate(source)`, not `page.addScriptTag({ content })`: an inline
 * `<script>` added to the page is blocked by the site's CSP (no 'unsafe-inline'), and a
 * `bypassCSP` context would change the page under test. `evaluate` goes through the DevTools
 * protocol, which CSP does not govern, so axe audits the page exactly as visitors get it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core rule tags the site promises to meet. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One rule a page breaks, with the elements that break it. */
export interface AxeViolation {
  id: string;
  impact?: string | null | undefined;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string | undefined }[];
}

let axeSource: string | undefined;

/** Run axe-core in the page (rules tagged {@link AXE_TAGS}) and return its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** A violation in one line: rule, impact, help and its first three elements. */
export function describeViolation(v: AxeViolation): string {
  const nodes = v.nodes
    .slice(0, 3)
    .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`)
    .join('; ');
  const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
  return `axe ${v.id} [${v.impact ?? '?'}] ${v.help}: ${nodes}${more}`;
}
