/**
 * Schema errors as the content editor reads them: one line per problem, `trường "field": message`,
 * in Vietnamese, with the file named — for our own records loader and for Astro's `glob()` loader
 * alike. Astro's own wrapping ("data does not match collection schema", its hint and its link) is
 * left out.
 *
 * Astro parses entries with an error map of its own that outranks the global one ("Required",
 * "Expected type `number`, received `string`") and keeps no trace of the original issues. So when
 * an entry fails, its data is parsed once more with the collection's schema and the site's
 * messages (lib/schema-messages.ts), which show the value as written; a line Astro had for a field
 * that second parse does not name (a missing image file, say) is kept as Astro wrote it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { schemaMessage, yamlProblem, type SchemaIssue } from '../lib/schema-messages.ts';
import { withSet } from './store-set.ts';

/** One problem: the field's path ("" for the record itself) and what to do. */
interface FieldProblem {
  field: string;
  message: string;
}

/** Explains why data does not fit a collection's schema, in the site's words; [] when it fits. */
export type Explain = (data: unknown) => Promise<FieldProblem[]>;

/** The explanation for `schema`. */
export function explainWith(schema: z.ZodType): Explain {
  return async (data) => {
    const result = await schema.safeParseAsync(data, { error: (issue) => schemaMessage(issue as SchemaIssue) });
    return result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  };
}

/** The "field: message" problems in Astro's schema error. */
function astroProblems(error: unknown): FieldProblem[] {
  const message = error instanceof Error ? error.message : String(error);
  const found = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('**') && !l.includes('does not match collection schema'))
    .map((l) => {
      const [, field = '', rest = ''] = /^\*\*(.*?)\*\*:\s*(.*)$/.exec(l) ?? [];
      // Astro repeats the field path inside the message ("a.b: a.b: …"); say it once.
      return { field, message: rest.startsWith(`${field}: `) ? rest.slice(field.length + 2) : rest };
    });
  return found.length ? found : [{ field: '', message }];
}

/**
 * The lines for an entry Astro refused: the site's explanation of `data`, then any field Astro
 * named that the explanation does not.
 */
export async function schemaIssues(error: unknown, data: unknown, explain?: Explain): Promise<string[]> {
  const ours = explain ? await explain(data) : [];
  const named = new Set(ours.map((p) => p.field));
  const theirs = astroProblems(error).filter((p) => !named.has(p.field));
  return [...ours, ...theirs].map((p) => `trường "${p.field || '(bản ghi)'}": ${p.message}`);
}

/** The error that stops a sync: every problem of one collection, one per line. */
export function contentErrors(collection: string, errors: string[]): Error {
  return new Error(`Nội dung "${collection}" có ${errors.length} lỗi; hãy sửa rồi chạy lại:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/**
 * A Markdown file whose frontmatter is not valid YAML, as Astro reports it (a MarkdownError with
 * js-yaml's reason and the position), in the site's words; undefined for any other error.
 */
function frontmatterError(error: unknown, root: string, collection: string): Error | undefined {
  const e = error as { name?: string; message?: string; loc?: { file?: string; line?: number } };
  if (e?.name !== 'MarkdownError' || !e.loc?.file) return undefined;
  // js-yaml counts from 0 within the frontmatter, which starts on the line of the opening "---".
  const line = e.loc.line === undefined ? '' : ` (dòng ${e.loc.line + 1})`;
  return contentErrors(collection, [`${path.relative(root, e.loc.file)}${line}: phần đầu tệp (giữa hai dòng ---): ${yamlProblem(e.message ?? '')}`]);
}

/**
 * `loader` (Astro's `glob()`) reporting every entry whose data does not fit the schema, each with
 * its file and field, instead of stopping at the first in Astro's English. An entry that failed is
 * never stored, so the next sync reads it again. After the first load (the dev server's file
 * watcher), a failure is thrown as it comes, with the same words.
 */
export function everySchemaError(loader: Loader, explain?: Explain): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const errors: string[] = [];
      const failed = new Set<string>();
      let loaded = false;
      const parseData: typeof context.parseData = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const file = props.filePath ? path.relative(root, props.filePath) : `id "${props.id}"`;
          const lines = (await schemaIssues(error, props.data, explain)).map((issue) => `${file}: ${issue}`);
          if (loaded) throw contentErrors(context.collection, lines);
          errors.push(...lines);
          failed.add(props.id);
          // Handed back unparsed only so the loader can go on to the next file; never stored.
          return props.data;
        }
      };
      const store = withSet(context.store, (entry) => (failed.has(entry.id) ? false : context.store.set(entry)));
      try {
        await loader.load({ ...context, parseData, store });
      } catch (error) {
        throw frontmatterError(error, root, context.collection) ?? error;
      }
      loaded = true;
      if (errors.length) {
        for (const id of failed) context.store.delete(id);
        throw contentErrors(context.collection, errors);
      }
    },
  };
}
