/**
 * The open data's field dictionary: the check every published value goes through (the dist tests
 * run it over the build's files), and the dictionary's own consistency.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS, tableSchemaField, valueProblem, type Field } from '../../src/lib/open-data-dictionary.ts';

describe('the dictionary check itself', () => {
  const stars: Field = { name: 'ocopStars', type: 'integer', meaning: '', example: '4', optional: true };
  it.each([
    [stars, 4, undefined],
    [stars, null, undefined],
    [stars, '4', 'phải là số nguyên'],
    [stars, 4.5, 'phải là số nguyên'],
    [{ ...stars, optional: false }, null, 'bắt buộc'],
    [{ name: 'd', type: 'date', meaning: '', example: '' }, '02/12/2026', 'YYYY-MM-DD'],
    [{ name: 's', type: 'datetime', meaning: '', example: '' }, '2026-12-06T07:00:00+07:00', undefined],
    [{ name: 's', type: 'datetime', meaning: '', example: '' }, '2026-12-06 07:00', 'ISO 8601'],
    [{ name: 'k', type: 'string', meaning: '', example: '', values: ['a', 'b'] }, 'c', 'không thuộc a, b'],
    [{ name: 'u', type: 'string', format: 'uri', meaning: '', example: '' }, '/du-lieu/', 'địa chỉ tuyệt đối'],
    [{ name: 'p', type: 'string', format: 'ids', meaning: '', example: '' }, 'a-b c', undefined],
    [{ name: 'p', type: 'string', format: 'ids', meaning: '', example: '' }, 'a, b', 'các mã'],
  ] as [Field, unknown, string | undefined][])('%j with %j', (field, value, problem) => {
    const found = valueProblem(field, value);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

describe('the dictionaries', () => {
  it.each(DATASETS.map((d) => [d.id, d] as const))('%s: starts with id, names each field once, every example fits its field', (_id, info) => {
    expect(info.fields[0]!.name).toBe('id');
    expect(new Set(info.fields.map((f) => f.name)).size).toBe(info.fields.length);
    for (const field of info.fields) {
      const example = field.type === 'integer' || field.type === 'number' ? Number(field.example) : field.type === 'boolean' ? field.example === 'true' : field.example;
      expect(valueProblem(field, example), `${info.id}.${field.name}`).toBeUndefined();
    }
  });

  it('writes a field as Table Schema does', () => {
    expect(tableSchemaField({ name: 'status', type: 'string', meaning: 'tình trạng', example: 'active', values: ['active', 'closed'] })).toEqual({
      name: 'status',
      type: 'string',
      description: 'tình trạng',
      example: 'active',
      constraints: { required: true, enum: ['active', 'closed'] },
    });
  });
});
