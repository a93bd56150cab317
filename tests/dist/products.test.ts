/**
 * A product page completes the certificate: the status as a sentence that reads well (its parts
 * separated as words, not run together), issuer level, the last valid day and where it comes
 * from, standards and the reference price; the stars beside it carry the same state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { certificateSentence, starsWithState, statusOnDay } from '../../src/lib/ocop.ts';

const html = readFileSync(path.resolve('dist/san-pham/mat-ong-hoa-ca-phe-hoa-da/index.html'), 'utf8');
/** The text of the <dd> after the <dt> with `label`, tags removed, spaces kept as written. */
const fact = (label: string) => {
  const m = new RegExp(`<dt>${label}</dt><dd>([\\s\\S]*?)</dd>`).exec(html);
  return m ? m[1]!.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'") : undefined;
};

describe('/san-pham/mat-ong-hoa-ca-phe-hoa-da/', () => {
  const until = /class="app-cert" data-status="[a-z]+" data-cert-until="([^"]+)"/.exec(html)?.[1];
  const asOf = /\(tính đến (\d{2})\/(\d{2})\/(\d{4})\)/.exec(html);

  it('writes the status as one sentence, for the day it names', () => {
    expect(until).toBe('2027-01-15'); // 36 months from 16/01/2024, the day before
    const day = `${asOf![3]}-${asOf![2]}-${asOf![1]}`;
    const status = statusOnDay(until!, undefined, day);
    const s = certificateSentence(status, until!, undefined, new Date(`${day}T12:00:00+07:00`));
    expect(fact('Tình trạng')).toBe(`${s.label}${s.rest} (tính đến ${formatDate(day)})`);
    expect(fact('Hạng')).toBe(`${starsWithState(3, status, until!, undefined)} (66 điểm)`);
  });

  it('gives the issuer level, the last valid day and where it comes from, standards and price', () => {
    expect(fact('Cấp công nhận')).toBe('Cấp tỉnh');
    expect(fact('Hiệu lực đến')).toBe('15/01/2027 (36 tháng kể từ ngày quyết định)');
    expect(fact('Tiêu chuẩn, chứng nhận khác')).toBe('TCCS 01:2023/HTXHĐ; VietGAP');
    expect(fact('Giá tham khảo')).toBe('180.000 đồng / chai 500 ml');
  });
});
