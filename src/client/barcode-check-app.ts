/**
 * The barcode check itself (loaded by barcode-check.ts on first use): reads the number typed or
 * scanned (lib/gtin.ts), says what its prefix means (lib/gs1-prefixes.ts), then fetches the one
 * small lookup file its first digits name and shows the product when the directory lists it,
 * with its OCOP certificate's state computed now, with the browser's clock (lib/ocop.ts). The
 * number is never sent anywhere: only the file's name, seven digits of it, reaches the server.
 * Everything is built as text, never as HTML.
 */
import { findInLookup, type BarcodeHit, type BarcodeLookupFile } from '../lib/barcode-lookup.ts';
import { formatDate, localDate } from '../lib/dates.ts';
import { explainPrefix, ORIGIN_NOTE } from '../lib/gs1-prefixes.ts';
import { GTIN_KIND, gtinKey, readGtin } from '../lib/gtin.ts';
import { certificateSentence, starsWithState, statusUntil } from '../lib/ocop.ts';
import { barcodeLookupUrl, REPORT, searchUrl } from '../lib/urls.ts';

/** Build an element with text and attributes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
const link = (href: string, text: string) => el('a', text, { href });

/** The lookup files read during this visit, by name. */
const files = new Map<string, Promise<BarcodeLookupFile>>();

function lookupFile(name: string): Promise<BarcodeLookupFile> {
  let file = files.get(name);
  if (!file) {
    file = fetch(barcodeLookupUrl(name)).then((r) => {
      // No file: no product of the directory has a number beginning so.
      if (r.status === 404) return { items: {} };
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<BarcodeLookupFile>;
    });
    files.set(name, file);
    file.catch(() => files.delete(name));
  }
  return file;
}

/** The directory's product for a number: the file of its first seven digits, or of more where that range is split. */
const lookup = (gtin: string) => findInLookup(gtinKey(gtin), lookupFile);

/** The OCOP lines of a hit: stars with their state, the status sentence, as product pages show them. */
function certificate(o: NonNullable<BarcodeHit['ocop']>, now: Date): HTMLElement[] {
  const status = statusUntil(o.until, o.revoked, now);
  const sentence = certificateSentence(status, o.until, o.revoked, now);
  const stars = el('p', undefined, {}, 'OCOP: ', el('span', starsWithState(o.stars, status, o.until, o.revoked), { class: 'app-stars', 'data-status': status }), ` · nhóm ${o.group}`);
  const cert = el(
    'span',
    undefined,
    { class: 'app-cert', 'data-status': status },
    el('strong', sentence.label, { class: `app-cert__label app-cert__label--${status}` }),
    el('span', sentence.rest),
    ' ',
    el('span', `(tính đến ${formatDate(localDate(now))})`, { class: 'app-meta' }),
  );
  return [stars, el('p', undefined, {}, 'Giấy chứng nhận: ', cert), el('p', `Quyết định ${o.decisionNumber} – ${o.issuer}`, { class: 'app-meta' })];
}

/** A found product: name, producer, OCOP, honours, where to buy, the poster. */
function hitView(hit: BarcodeHit, now: Date): HTMLElement {
  const box = el('div', undefined, { class: 'app-barcode__hit', 'data-barcode-hit': hit.id });
  box.append(el('h3', undefined, {}, link(hit.href, hit.name)));
  if (hit.sample) box.append(el('p', undefined, {}, el('span', 'Dữ liệu minh họa', { class: 'app-badge app-badge--sample' })));
  box.append(el('p', undefined, {}, 'Chủ thể: ', link(hit.business.href, hit.business.name), ` · ${hit.province}`));
  if (hit.ocop) box.append(...certificate(hit.ocop, now));
  else box.append(el('p', 'Sản phẩm không có chứng nhận OCOP trong danh mục.'));
  if (hit.honors.length) {
    box.append(el('p', 'Danh hiệu:'), el('ul', undefined, {}, ...hit.honors.map((h) => el('li', undefined, {}, link(h.href, `${h.program} ${h.year}${h.title ? ` – ${h.title}` : ''}`)))));
  }
  if (hit.points.length) {
    box.append(el('p', 'Nơi bán:'), el('ul', undefined, {}, ...hit.points.map((p) => el('li', undefined, {}, link(p.href, p.name)))));
  } else {
    box.append(el('p', 'Danh mục chưa ghi điểm bán nào có sản phẩm này.'));
  }
  box.append(el('p', undefined, {}, link(hit.poster, 'Áp phích xác minh của sản phẩm'), ' (in ra, có mã QR dẫn tới trang sản phẩm).'));
  return box;
}

/** The lookup on one `<barcode-check>`. */
export interface BarcodeCheck {
  /** Check what the box holds (typed), or a number the camera read. */
  check(value?: string): Promise<void>;
}

export function start(root: HTMLElement): BarcodeCheck {
  const input = root.querySelector<HTMLInputElement>('#ma-vach-so')!;
  const status = root.querySelector<HTMLElement>('[data-barcode-status]')!;
  const result = root.querySelector<HTMLElement>('[data-barcode-result]')!;
  const error = root.querySelector<HTMLElement>('[data-barcode-error]')!;
  let run = 0;

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    result.replaceChildren();
    status.textContent = message;
  };

  return {
    async check(value) {
      const mine = ++run;
      if (value !== undefined) input.value = value;
      const reading = readGtin(input.value);
      if (!reading.ok) {
        showError(reading.message);
        input.focus();
        return;
      }
      error.hidden = true;
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      const gtin = reading.gtin;
      const prefix = explainPrefix(gtin);
      const heading = el('h2', `Mã ${gtin}`, { tabindex: '-1' });
      const found = el('div', undefined, { 'data-barcode-found': '' });
      result.replaceChildren(
        el(
          'section',
          undefined,
          { class: 'app-lookup app-barcode__result', 'aria-labelledby': 'ket-qua-ma-vach', 'data-barcode-number': gtin },
          heading,
          el('p', `${GTIN_KIND[reading.length]}: số kiểm tra (chữ số cuối) đúng.`),
          el('p', prefix.text, { 'data-barcode-prefix': prefix.kind }),
          el('p', ORIGIN_NOTE),
          found,
        ),
      );
      heading.id = 'ket-qua-ma-vach';
      status.textContent = `Mã ${gtin} đúng số kiểm tra. Đang tìm trong danh mục…`;
      let hit: BarcodeHit | undefined;
      try {
        hit = await lookup(gtin);
      } catch {
        if (mine !== run) return;
        found.replaceChildren(el('p', 'Không tải được dữ liệu tra cứu của danh mục. Hãy kiểm tra kết nối rồi bấm “Kiểm tra” lần nữa; phần giải thích mã ở trên vẫn đúng.'));
        status.textContent = 'Không tải được dữ liệu tra cứu.';
        return;
      }
      if (mine !== run) return;
      if (hit) {
        found.replaceChildren(el('h3', 'Có trong danh mục', {}), hitView(hit, new Date()));
        found.firstElementChild!.className = 'app-visually-hidden';
        status.textContent = `Mã ${gtin}: có trong danh mục, sản phẩm ${hit.name}.`;
      } else {
        found.replaceChildren(
          el('p', undefined, { 'data-barcode-miss': '' }, el('strong', 'Không có sản phẩm nào mang mã này trong danh mục của trang.'), ' Điều đó chưa có nghĩa là hàng giả: danh mục chỉ ghi mã của những sản phẩm mà cơ sở sản xuất đã cung cấp.'),
          el(
            'ul',
            undefined,
            {},
            el('li', undefined, {}, link(searchUrl(gtin), `Tìm “${gtin}” trên toàn trang`)),
            el('li', undefined, {}, link(REPORT, 'Phản ánh'), ' nếu bạn nghi hàng giả, hàng nhái hoặc nhãn ghi sai: cách báo, số điện thoại đường dây nóng và những gì nên ghi lại.'),
          ),
        );
        status.textContent = `Mã ${gtin}: không có trong danh mục.`;
      }
      heading.focus();
    },
  };
}
