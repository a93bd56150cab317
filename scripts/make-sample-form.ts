/**
 * Prints the sample registration form of the Quy Nhơn trade fair
 * (`public/tai-lieu/hoi-cho/phieu-dang-ky-hoi-cho-quy-nhon-2027.pdf`), the file its fair record
 * links to (`registration.form`), as an organiser's form would be: a page to print and fill in.
 * It says it is a sample. Drawn from HTML by Chromium (DejaVu Sans, a system font with every
 * Vietnamese letter; nothing is downloaded).
 *
 *   node scripts/make-sample-form.ts
 */
import path from 'node:path';
import { chromium } from 'playwright-core';

const OUT = path.resolve(import.meta.dirname, '..', 'public', 'tai-lieu', 'hoi-cho', 'phieu-dang-ky-hoi-cho-quy-nhon-2027.pdf');

const line = (label: string) => `<p class="row">${label}: <span class="dots"></span></p>`;

const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phiếu đăng ký tham gia Hội chợ Thương mại hàng Việt Quy Nhơn 2027</title>
<style>
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; margin: 0; color: #000; }
  .sample { border: 2px solid #a1121a; color: #a1121a; padding: 4pt 8pt; font-weight: bold; text-align: center; }
  h1 { font-size: 14pt; text-align: center; margin: 14pt 0 4pt; }
  .sub { text-align: center; margin: 0 0 14pt; }
  .row { display: flex; gap: 6pt; margin: 9pt 0; }
  .dots { flex: 1; border-bottom: 1px dotted #000; }
  table { width: 100%; border-collapse: collapse; margin-top: 8pt; }
  td, th { border: 1px solid #000; padding: 5pt; height: 16pt; font-size: 10pt; }
  .sign { margin-top: 24pt; text-align: right; }
</style></head><body>
<p class="sample">MẪU MINH HỌA – dữ liệu minh họa của trang Hàng Việt, không phải văn bản của cơ quan nào</p>
<h1>PHIẾU ĐĂNG KÝ THAM GIA<br>HỘI CHỢ THƯƠNG MẠI HÀNG VIỆT QUY NHƠN 2027</h1>
<p class="sub">Từ ngày 12/03/2027 đến ngày 18/03/2027 – Quảng trường Nguyễn Tất Thành<br>Hạn đăng ký: 15/02/2027</p>
${line('Tên doanh nghiệp, hợp tác xã, cơ sở')}
${line('Mã số thuế')}
${line('Địa chỉ (theo đơn vị hành chính từ 01/07/2025)')}
${line('Người liên hệ, chức vụ')}
${line('Điện thoại')}${line('Thư điện tử')}
${line('Số gian hàng đăng ký (gian tiêu chuẩn 3 m × 3 m)')}
<p>Sản phẩm trưng bày, bán tại hội chợ:</p>
<table><tr><th>TT</th><th>Tên sản phẩm</th><th>Nơi sản xuất</th><th>OCOP (số sao, số quyết định)</th></tr>
${[1, 2, 3, 4, 5].map((n) => `<tr><td>${n}</td><td></td><td></td><td></td></tr>`).join('')}</table>
<p>Chúng tôi cam kết hàng hóa có nguồn gốc rõ ràng, niêm yết giá và bán đúng giá niêm yết.</p>
<p class="sign">……, ngày …… tháng …… năm 2027<br><b>Đại diện đơn vị</b><br>(ký, ghi rõ họ tên, đóng dấu nếu có)</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({ path: OUT, format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '20mm', right: '20mm' }, tagged: true });
  console.log(`Đã ghi ${path.relative(process.cwd(), OUT)}`);
} finally {
  await browser.close();
}
