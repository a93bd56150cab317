/**
 * Build-failure cases: bad content must stop the build with a message that names the file and the
 * field; some changes must not stop it (dd/mm/yyyy dates, non-NFC text). Each case adds its own
 * small fixture records (ids starting with `zz-`) to a copy of the content, so it does not depend
 * on which sample records exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { pagesForSitemap, readSitemap } from '../dist/sitemap-read.ts';
import { FIXTURE_PLAN, fixturePage, point, runAstro, startAstroDev, storedEntries, tempProject, yaml, type AstroRun, type BuildCase, type TempProject } from './harness.ts';

type Mention = string | RegExp;

const tail = (output: string, lines = 40) => output.trim().split('\n').slice(-lines).join('\n');

function mentions(output: string, m: Mention): boolean {
  return typeof m === 'string' ? output.includes(m) : m.test(output);
}

/** Run a case in its own project; keep the project when the case fails, for a look. */
async function inProject(body: (project: TempProject) => Promise<void>): Promise<void> {
  const project = await tempProject();
  try {
    await body(project);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n(bản sao dự án giữ lại ở ${project.dir})`);
  }
  await project.remove();
}

/**
 * Words of the schema library's and Astro's own English (or jargon) that a content error must not
 * show the editor: every case below checks its output has none of them.
 */
const NOT_FOR_EDITORS: Mention[] = [
  /\*\*[^*\n]+\*\*/,
  /does not match collection schema/,
  /\bRequired\b/,
  /Invalid input/,
  /duplicated mapping key|bad indentation|Map keys must be unique/,
  /expected (string|number|boolean|array|object)/,
  /mong đợi/,
  /docs\.astro\.build\/en\/guides\/content-collections/,
];

/**
 * A case where Astro must fail: `arrange` breaks one thing and returns what the output must name
 * (file, field, and anything else). The output must not show Astro's English or the schema
 * library's jargon either.
 */
function failing(name: string, command: 'sync' | 'build', arrange: (p: TempProject) => Promise<Mention[]>): BuildCase {
  return {
    name: `${name} → astro ${command} thất bại`,
    timeoutMs: command === 'build' ? 300_000 : 120_000,
    run: () =>
      inProject(async (project) => {
        const must = await arrange(project);
        const run = await runAstro(project, command);
        const missing = must.filter((m) => !mentions(run.output, m));
        const foreign = NOT_FOR_EDITORS.filter((m) => mentions(run.output, m));
        if (process.env.SHOW_OUTPUT) console.log(`--- ${name} (mã ${run.code}) ---\n${tail(run.output, 15)}`);
        if (run.code === 0 || missing.length || foreign.length) {
          throw new Error(
            [
              run.code === 0 ? `astro ${command} kết thúc với mã 0, cần khác 0` : '',
              missing.length ? `thông báo không nhắc tới: ${missing.map(String).join(', ')}` : '',
              foreign.length ? `thông báo có chữ không dành cho người biên tập: ${foreign.map(String).join(', ')}` : '',
              `--- cuối đầu ra (mã ${run.code}) ---`,
              tail(run.output),
            ]
              .filter(Boolean)
              .join('\n'),
          );
        }
      }),
  };
}

/** A case where Astro must succeed, then `check` looks at the result. */
function passing(
  name: string,
  command: 'sync' | 'build',
  arrange: (p: TempProject) => Promise<void>,
  check: (p: TempProject, run: AstroRun) => Promise<void>,
  env?: Record<string, string>,
): BuildCase {
  return {
    name: `${name} → astro ${command} thành công`,
    timeoutMs: command === 'build' ? 300_000 : 120_000,
    run: () =>
      inProject(async (project) => {
        await arrange(project);
        const run = await runAstro(project, command, undefined, env);
        if (run.code !== 0) throw new Error(`astro ${command} thất bại (mã ${run.code}):\n${tail(run.output)}`);
        await check(project, run);
      }),
  };
}

/** A fair (Markdown) with the given date lines (`start`, `end`, `repeat`…) and extra lines. */
const fairFile = (lines: string) =>
  `---\ntitle: Zz Hội chợ thử nghiệm\nkind: phien-cho-hang-viet\n${lines}venue:\n  name: Sân thử nghiệm\n  address: { street: Số 1, commune: "26743", province: "79" }\n  geo: { lat: 10.77, lng: 106.69 }\norganiser: Ban tổ chức thử nghiệm\nsummary: Hội chợ thử nghiệm tự động.\nsample: true\n---\n\nNội dung.\n`;

/** A valid news post (Markdown, no cover) with extra frontmatter lines. */
const newsPost = (title: string, extra = '') => `---\ntitle: ${title}\ndate: "2026-01-05"\nsummary: Tin thử nghiệm tự động.\n${extra}sample: true\n---\n\nTin thử nghiệm tự động.\n`;

const POINTS = 'points/zz-test.yaml';
const POINTS_SHOWN = 'content/points/zz-test.yaml';

/** One fixture point list in `content/points/zz-test.yaml`. */
const writePoints = (p: TempProject, rows: Record<string, unknown>[]) => p.write(POINTS, yaml(rows));

/** The first real plan file, if content/plans has one. */
async function firstPlan(content: string): Promise<string | undefined> {
  try {
    const files = (await readdir(path.join(content, 'plans'))).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_')).sort();
    return files[0];
  } catch {
    return undefined;
  }
}

const OLD_MARK = 'Bộ đệm Một';
const NEW_MARK = 'Bộ đệm Hai';
/** The names given to the fixture records, each followed by a mark. */
const RENAMED = ['Zz Hợp tác xã', 'Zz Sản phẩm', 'Zz Điểm bán', 'Zz Hội chợ', 'Zz Kế hoạch', 'Zz Trang'];

/** Fixture records linked to each other (an honoured product of a business, sold at a point and a fair), named with `mark`. */
async function writeRenamable(p: TempProject, mark: string): Promise<void> {
  await p.write(
    'businesses/zz-bo-dem.yaml',
    yaml({ id: 'zz-htx-bo-dem', name: `Zz Hợp tác xã ${mark}`, kind: 'hop-tac-xa', taxCode: '0108623916', address: { street: 'Xóm 4', commune: '00577', province: '01' }, sample: true }),
  );
  await p.write(
    'products/zz-bo-dem.yaml',
    yaml({ id: 'zz-sp-bo-dem', name: `Zz Sản phẩm ${mark}`, business: 'zz-htx-bo-dem', province: '01', commune: '00577', description: 'Sản phẩm thử nghiệm tự động.', sample: true }),
  );
  await p.write(
    'honors/zz-bo-dem.yaml',
    yaml({ program: 'hang-hoa-dich-vu-nguoi-tieu-dung-tin-cay', year: 2025, decisionNumber: '99/QĐ-TN', decisionDate: '2025-12-16', sample: true, entries: [{ id: 'zz-tv-bo-dem', business: 'zz-htx-bo-dem', product: 'zz-sp-bo-dem' }] }),
  );
  await writePoints(p, [point('zz-diem-bo-dem', { name: `Zz Điểm bán ${mark}`, business: 'zz-htx-bo-dem', products: ['zz-sp-bo-dem'] }), point('zz-diem-khong-doi')]);
  await p.write(
    'fairs/zz-bo-dem.md',
    `---\ntitle: Zz Hội chợ ${mark}\nkind: hoi-cho-thuong-mai\nstart: "2099-11-01 07:00"\nend: "2099-11-05 21:00"\nvenue:\n  name: Sân thử nghiệm\n  address: { street: Số 1, commune: "26740", province: "79" }\n  geo: { lat: 10.7769, lng: 106.7009 }\norganiser: Ban tổ chức thử nghiệm\nsummary: Hội chợ thử nghiệm tự động.\nstatus: scheduled\nbusinesses: [zz-htx-bo-dem]\nsample: true\n---\n\nHội chợ thử nghiệm tự động.\n`,
  );
  await p.write('plans/zz-bo-dem.mdx', FIXTURE_PLAN.replace(/^title: .*$/m, `title: Zz Kế hoạch ${mark}`));
  await p.write('pages/zz-bo-dem.md', fixturePage(`Zz Trang ${mark}`));
}

/** The built search index's files (lib/search-engine.ts), as one text. */
async function indexedText(dist: string): Promise<string> {
  const dir = path.join(dist, 'tim-kiem', 'chi-muc');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const texts = await Promise.all(files.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')));
  return texts.join('\n');
}

/** Files under `dir` whose text contains `mark`, with the fixture names found (name and mark). */
async function filesWith(dir: string, mark: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(html|json|geojson|csv|ics|xml|txt)$/.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const text = await readFile(file, 'utf8');
    if (!text.includes(mark)) continue;
    found.set(path.relative(dir, file), RENAMED.map((name) => `${name} ${mark}`).filter((full) => text.includes(full)));
  }
  return found;
}

export const cases: BuildCase[] = [
  passing(
    'nội dung mẫu không sửa',
    'sync',
    async () => undefined,
    async () => undefined,
  ),

  failing('kế hoạch thiếu title', 'sync', async (p) => {
    const real = await firstPlan(p.content);
    if (!real) {
      // content/plans has no plan yet: strip the title from a fixture plan instead.
      await p.write('plans/zz-thu-nghiem.mdx', FIXTURE_PLAN.replace(/^title:.*\n/m, ''));
      return ['plans/zz-thu-nghiem.mdx', 'title'];
    }
    const file = path.join(p.content, 'plans', real);
    const source = await readFile(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (!match?.[1]) throw new Error(`không đọc được frontmatter của content/plans/${real}`);
    const doc = parseDocument(match[1]);
    if (!doc.has('title')) throw new Error(`content/plans/${real} không có trường title để bỏ đi`);
    doc.delete('title');
    await writeFile(file, source.replace(match[1], String(doc).trimEnd()));
    return [`plans/${real}`, 'title'];
  }),

  // Drafts are not published, but still checked: an error in one fails the build like any other.
  failing('bản nháp thiếu tóm tắt (summary)', 'sync', async (p) => {
    await p.write('news/zz-ban-nhap-loi.md', '---\ntitle: Bản nháp thiếu tóm tắt\ndate: "2026-11-20"\ndraft: true\n---\n\nNội dung.\n');
    return ['news/zz-ban-nhap-loi.md', 'summary'];
  }),

  failing('bản ghi YAML thiếu trường bắt buộc (name)', 'sync', async (p) => {
    await writePoints(p, [point('zz-thieu-ten', { name: undefined })]);
    return [POINTS_SHOWN, 'zz-thieu-ten', '"name"'];
  }),

  // The case a new user met: a point without its commune, once reported as
  // `trường "address.commune": **address.commune**: Required`.
  failing('điểm bán thiếu mã xã (address.commune)', 'sync', async (p) => {
    await writePoints(p, [point('zz-thieu-xa', { address: { street: 'Số 1', province: '79' } })]);
    return [POINTS_SHOWN, 'zz-thieu-xa', 'trường "address.commune": thiếu trường bắt buộc này'];
  }),

  failing('trang khác để tìm cùng (searchAcross) có địa chỉ http hoặc javascript:', 'sync', async (p) => {
    const site = path.join(p.content, 'site.yaml');
    await writeFile(site, `${await readFile(site, 'utf8')}\nsearchAcross:\n  - name: Tỉnh khác\n    url: http://tinh-khac.example.vn\n  - name: Lừa đảo\n    url: "javascript:alert(1)"\n`);
    return ['site.yaml', 'searchAcross', 'địa chỉ https của trang'];
  }),

  failing('sai kiểu, số quá lớn, tên trường viết sai: mỗi lỗi một dòng tiếng Việt', 'sync', async (p) => {
    await writePoints(p, [point('zz-sai-kieu', { yearOpened: 'năm 2020', vietGoodsShare: 120, Phone: '0290 3831 234' })]);
    return [
      'trường "yearOpened": phải là một số',
      'nhưng đang ghi "năm 2020"',
      'trường "vietGoodsShare": phải nhỏ hơn hoặc bằng 100, nhưng đang ghi 120',
      'có trường không thuộc mẫu: "Phone"',
    ];
  }),

  // Markdown entries go through Astro's glob() loader: each bad one is still named with its file
  // and field, all of them at once, in the same words as YAML records.
  failing('hai tin Markdown sai: cả hai được báo, bằng tiếng Việt', 'sync', async (p) => {
    await p.write('news/zz-thieu-tom-tat.md', '---\ntitle: Tin thiếu tóm tắt\ndate: "2026-01-05"\nsample: true\n---\n\nNội dung.\n');
    await p.write('news/zz-sai-kieu.md', newsPost('Tin sai kiểu', 'tags: 12\n'));
    return [
      'Nội dung "news" có 2 lỗi',
      'content/news/zz-thieu-tom-tat.md: trường "summary": thiếu trường bắt buộc này',
      /content\/news\/zz-sai-kieu\.md: trường "tags": phải là một danh sách/,
    ];
  }),

  {
    // An entry that failed is never stored: a second sync of the same content fails the same way
    // (and the first sync after the fix succeeds).
    name: 'tin Markdown sai vẫn bị báo ở lần đồng bộ thứ hai, hết lỗi sau khi sửa',
    timeoutMs: 180_000,
    run: () =>
      inProject(async (p) => {
        const bad = '---\ntitle: Tin thiếu tóm tắt\ndate: "2026-01-05"\nsample: true\n---\n\nNội dung.\n';
        await p.write('news/zz-thieu-tom-tat.md', bad);
        for (const round of ['đầu', 'thứ hai']) {
          const run = await runAstro(p, 'sync');
          if (run.code === 0 || !run.output.includes('zz-thieu-tom-tat.md: trường "summary"')) {
            throw new Error(`lần đồng bộ ${round} không báo lỗi của tin thiếu tóm tắt (mã ${run.code}):\n${tail(run.output)}`);
          }
        }
        await p.write('news/zz-thieu-tom-tat.md', newsPost('Tin đã sửa'));
        const fixed = await runAstro(p, 'sync');
        if (fixed.code !== 0) throw new Error(`sau khi sửa, astro sync vẫn thất bại (mã ${fixed.code}):\n${tail(fixed.output)}`);
      }),
  },

  // YAML syntax, in a Markdown file's frontmatter and in a records file: said in Vietnamese, with the line.
  failing('tin Markdown ghi một trường hai lần (YAML sai cú pháp)', 'sync', async (p) => {
    await p.write('news/zz-trung-truong.md', '---\ntitle: Tin thử\ndate: "2026-01-05"\nsummary: Tóm tắt.\nsummary: Tóm tắt lần hai.\nsample: true\n---\n\nNội dung.\n');
    return ['content/news/zz-trung-truong.md (dòng 5)', 'một trường được ghi hai lần'];
  }),

  failing('danh sách YAML thụt lề sai', 'sync', async (p) => {
    // Line 3, indented one space too far, reads as the rest of line 2's value, a key inside it.
    await p.write(POINTS, '- id: zz-thut-le\n  name: Điểm bán\n   kind: tu-hao-hang-viet\n');
    return [POINTS_SHOWN, 'dòng 2: có dòng không đúng dạng "tên: giá trị"'];
  }),

  failing('giá trị không có trong danh sách (kind)', 'sync', async (p) => {
    await writePoints(p, [point('zz-sai-loai', { kind: 'sieu-thi-mini' })]);
    return [POINTS_SHOWN, 'zz-sai-loai', '"kind"'];
  }),

  // A web address from content may only lead to a web page: a script or data address is refused,
  // named with its file and field in Vietnamese (every such field: tests/unit/schemas.test.ts).
  // Astro stops at the first collection in error, so one collection per case.
  failing('địa chỉ javascript: ở trang web của chủ thể (website)', 'sync', async (p) => {
    const address = { street: 'Số 1 đường Thử Nghiệm', commune: '26740', province: '79' };
    await p.write('businesses/zz-lien-ket.yaml', yaml({ name: 'Zz Hợp tác xã liên kết', kind: 'hop-tac-xa', taxCode: '0309999997', address, website: 'javascript:alert(1)', sample: true }));
    return [/content\/businesses\/zz-lien-ket\.yaml.*trường "website": địa chỉ web phải bắt đầu bằng https:\/\//];
  }),

  failing('địa chỉ javascript: ở phiếu đăng ký hội chợ (registration.form)', 'sync', async (p) => {
    await p.write('fairs/zz-lien-ket.md', fairFile('start: "2099-11-01 07:00"\nend: "2099-11-01 21:00"\nregistration:\n  who: Doanh nghiệp\n  how: Gửi phiếu\n  form: "javascript:alert(1)"\n'));
    return [/content\/fairs\/zz-lien-ket\.md: trường "registration\.form": "javascript:alert\(1\)" không phải liên kết hợp lệ; hãy ghi địa chỉ bắt đầu bằng https:\/\//];
  }),

  failing('địa chỉ javascript: trong site.yaml (baseUrl, editor.apiUrl)', 'sync', async (p) => {
    const site = path.join(p.content, 'site.yaml');
    const text = await readFile(site, 'utf8');
    await writeFile(site, `${text.replace(/^baseUrl:.*$/m, 'baseUrl: "javascript:alert(1)"').replace(/^editor:\n/m, 'editor:\n  apiUrl: "data:text/html,x"\n')}`);
    return ['content/site.yaml có lỗi', 'trường "baseUrl": địa chỉ gốc của trang, bắt đầu bằng https://', 'trường "editor.apiUrl": địa chỉ https của API, bắt đầu bằng https://'];
  }),

  failing('ngày không có thật 31/02/2026', 'sync', async (p) => {
    await writePoints(p, [point('zz-ngay-sai', { lastVerified: '31/02/2026' })]);
    return [POINTS_SHOWN, 'zz-ngay-sai', '"lastVerified"', '31/02/2026'];
  }),

  passing(
    'ngày dd/mm/yyyy 01/02/2023 là ngày 1 tháng 2',
    'sync',
    async (p) => writePoints(p, [point('zz-ngay-viet', { lastVerified: '01/02/2023' })]),
    async (p) => {
      const stored = (await storedEntries(p, 'points')).get('zz-ngay-viet');
      if (!stored) throw new Error('không thấy bản ghi zz-ngay-viet trong .astro data store');
      const value = stored.data.lastVerified;
      if (value !== '2023-02-01') throw new Error(`lastVerified "01/02/2023" được lưu là ${JSON.stringify(value)}, cần "2023-02-01"`);
    },
  ),

  failing('tọa độ ngoài Việt Nam', 'sync', async (p) => {
    await writePoints(p, [point('zz-o-paris', { geo: { lat: 48.8566, lng: 2.3522 } })]);
    return [POINTS_SHOWN, 'zz-o-paris', '"geo"', 'ngoài lãnh thổ'];
  }),

  failing('vĩ độ và kinh độ đảo chỗ', 'sync', async (p) => {
    await writePoints(p, [point('zz-dao-toa-do', { geo: { lat: 106.7009, lng: 10.7769 } })]);
    return [POINTS_SHOWN, 'zz-dao-toa-do', '"geo"', 'đảo'];
  }),

  failing('mã tỉnh không tồn tại', 'sync', async (p) => {
    await writePoints(p, [point('zz-tinh-sai', { address: { street: 'Số 1', commune: '26740', province: '99' } })]);
    return [POINTS_SHOWN, 'zz-tinh-sai', '"address.province"'];
  }),

  failing('mã xã không tồn tại', 'sync', async (p) => {
    await writePoints(p, [point('zz-xa-sai', { address: { street: 'Số 1', commune: '99999', province: '79' } })]);
    return [POINTS_SHOWN, 'zz-xa-sai', '"address.commune"'];
  }),

  failing('xã không thuộc tỉnh', 'sync', async (p) => {
    // Phường Sài Gòn (26740) is in Hồ Chí Minh (79), not Hà Nội (01).
    await writePoints(p, [point('zz-xa-khac-tinh', { address: { street: 'Số 1', commune: '26740', province: '01' } })]);
    return [POINTS_SHOWN, 'zz-xa-khac-tinh', '"address.commune"', 'không thuộc'];
  }),

  failing('mã số thuế 12 số (số định danh cá nhân) với mã tỉnh khai sinh không tồn tại', 'sync', async (p) => {
    await p.write(
      'businesses/zz-test.yaml',
      yaml({ id: 'zz-hkd-ma-sai', name: 'Hộ kinh doanh thử nghiệm', kind: 'ho-kinh-doanh', taxCode: '099090123456', address: { street: 'Số 1', commune: '26740', province: '79' }, sample: true }),
    );
    return ['content/businesses/zz-test.yaml', 'zz-hkd-ma-sai', '"taxCode"', '"099"', 'mã tỉnh nơi đăng ký khai sinh'];
  }),

  failing('tham chiếu tới doanh nghiệp không tồn tại', 'build', async (p) => {
    await p.write(
      'products/zz-test.yaml',
      yaml({ id: 'zz-san-pham-mo-coi', name: 'Sản phẩm thử nghiệm', business: 'zz-khong-ton-tai', province: '79', sample: true }),
    );
    return ['content/products/zz-test.yaml', 'zz-san-pham-mo-coi', '"business"', 'zz-khong-ton-tai'];
  }),

  failing('mã vạch (GTIN) của sản phẩm sai số kiểm tra', 'sync', async (p) => {
    await p.write('businesses/zz-htx-ma-vach.yaml', yaml({ name: 'Zz Hợp tác xã mã vạch', kind: 'hop-tac-xa', taxCode: '0108623916', address: { street: 'Xóm 4', commune: '00577', province: '01' }, sample: true }));
    // 8936045120019 is right; its last digit typed as 8.
    await p.write('products/zz-test.yaml', yaml({ id: 'zz-ma-sai', name: 'Zz Sản phẩm mã sai', business: 'zz-htx-ma-vach', province: '01', gtin: ['8936045120018'], sample: true }));
    return ['content/products/zz-test.yaml', 'zz-ma-sai', '"gtin.0"', '8936045120018', 'số kiểm tra (chữ số cuối) phải là 9'];
  }),

  failing('cùng một mã vạch (GTIN) ở hai sản phẩm', 'build', async (p) => {
    await p.write('businesses/zz-htx-ma-vach.yaml', yaml({ name: 'Zz Hợp tác xã mã vạch', kind: 'hop-tac-xa', taxCode: '0108623916', address: { street: 'Xóm 4', commune: '00577', province: '01' }, sample: true }));
    // The same number, once as a 12-digit UPC-A and once in its 13-digit form.
    await p.write('products/zz-ma-mot.yaml', yaml({ name: 'Zz Sản phẩm mã một', business: 'zz-htx-ma-vach', province: '01', gtin: ['036000291452'], sample: true }));
    await p.write('products/zz-ma-hai.yaml', yaml({ name: 'Zz Sản phẩm mã hai', business: 'zz-htx-ma-vach', province: '01', gtin: ['8936045120019', '0036000291452'], sample: true }));
    return ['content/products/zz-ma-mot.yaml', 'content/products/zz-ma-hai.yaml', '"gtin"', '036000291452', 'mỗi mã chỉ thuộc một sản phẩm'];
  }),

  passing(
    'điểm bán, chủ thể, sản phẩm OCOP, danh sách tôn vinh và hội chợ nhập từ bảng tính (npm run import) thành trang; không ghi đơn vị vận hành thì trang không có dòng đó; chữ dạng HTML hiện nguyên văn',
    'build',
    async (p) => {
      // The command runs from this checkout (the copy has no scripts/), on a copy of the fixture
      // (it writes the refused rows beside the file it reads).
      const sheet = path.join(p.dir, 'diem-ban.csv');
      await copyFile(path.resolve('tests/fixtures/import/diem-ban.csv'), sheet);
      const imported = spawnSync(process.execPath, [path.resolve('scripts/import.ts'), 'points', sheet, '--today', '2026-12-02'], {
        encoding: 'utf8',
        env: { ...process.env, HANGVIET_CONTENT: p.content },
      });
      // Some rows of the fixture are refused on purpose: exit code 1.
      if (imported.status !== 1 || !existsSync(path.join(p.content, 'points/nhap-diem-ban.yaml'))) {
        throw new Error(`npm run import kết thúc với mã ${imported.status}:\n${imported.stdout}\n${imported.stderr}`);
      }
      // Producers first, then their OCOP products.
      for (const [collection, name] of [['businesses', 'chu-the.csv'], ['products', 'san-pham-ocop.csv'], ['honors', 'ton-vinh.csv'], ['fairs', 'hoi-cho.csv']]) {
        const file = path.join(p.dir, name!);
        await copyFile(path.resolve('tests/fixtures/import', name!), file);
        const run = spawnSync(process.execPath, [path.resolve('scripts/import.ts'), collection!, file], { encoding: 'utf8', env: { ...process.env, HANGVIET_CONTENT: p.content } });
        if (run.status !== 1) throw new Error(`npm run import -- ${collection} kết thúc với mã ${run.status}:\n${run.stdout}\n${run.stderr}`);
      }
    },
    async (p) => {
      const page = async (id: string) => readFile(path.join(p.dir, 'dist', 'diem-ban', id, 'index.html'), 'utf8');
      const benThanh = await page('diem-ban-hang-viet-ben-thanh');
      if (!benThanh.includes('Địa chỉ cũ: Số 1 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh')) throw new Error('trang điểm bán nhập từ địa chỉ cũ không hiện địa chỉ cũ như đã ghi');
      if (!benThanh.includes('Phường Sài Gòn')) throw new Error('trang điểm bán nhập từ địa chỉ cũ không hiện phường mới (Phường Sài Gòn)');
      if (benThanh.includes('Đơn vị vận hành')) throw new Error('trang điểm bán không ghi đơn vị vận hành vẫn có dòng "Đơn vị vận hành"');
      const product = await readFile(path.join(p.dir, 'dist/san-pham/ca-phe-rang-xay-ia-grai/index.html'), 'utf8');
      if (!product.includes('1234/QĐ-UBND') || !product.includes('Hợp tác xã Nông nghiệp Ia Grai')) throw new Error('trang sản phẩm OCOP nhập từ bảng tính thiếu số quyết định hoặc tên chủ thể');
      const honours = await readFile(path.join(p.dir, 'dist/ton-vinh/hang-viet-nam-chat-luong-cao/2026/index.html'), 'utf8');
      if (!honours.includes('Hộ kinh doanh Mật ong Ia Dêr')) throw new Error('danh sách tôn vinh 2026 không có chủ thể nhập từ bảng tính');
      const fair = await readFile(path.join(p.dir, 'dist/hoi-cho/hoi-cho-hang-viet-ve-xa-ia-grai-2027/index.html'), 'utf8');
      if (!fair.includes('Có phiên bán hàng lưu động.')) throw new Error('trang hội chợ nhập từ bảng tính thiếu phần nội dung');
      const html = await page('svg-onload-alert-1');
      // Inside a quoted attribute value ("…" with " written &quot;) a "<" is only text.
      const markup = html.replace(/="[^"]*"/g, '=""');
      if (markup.includes('<svg onload') || markup.includes('<img src=x')) throw new Error('chữ dạng HTML trong bảng tính bị đưa vào trang như mã HTML');
      if (!html.includes('&lt;svg onload=alert(1)&gt;')) throw new Error('tên dạng HTML không hiện nguyên văn trên trang');
    },
  ),

  passing(
    'tổng hợp dữ liệu mở của trang khác (npm run import -- --from): mã trùng được thêm tiền tố, trang ghi nguồn',
    'build',
    async (p) => {
      // Another committee's /du-lieu/: one business, its product, and a point whose id this site already uses.
      const from = path.join(p.dir, 'trang-khac');
      const base = 'https://hangviet.tinh-thu.gov.vn';
      const sourceCols = { sourceCommittee: null, sourceUrl: null, sample: false };
      const files: Record<string, unknown> = {
        'catalog.json': { landingPage: `${base}/du-lieu/`, dataset: [{ publisher: { name: 'Ban Chỉ đạo Cuộc vận động tỉnh Thử' } }] },
        'doanh-nghiep.json': { businesses: [{ id: 'zz-htx-tinh-thu', url: `${base}/doanh-nghiep/zz-htx-tinh-thu/`, name: 'Zz Hợp tác xã tỉnh Thử', kind: 'hop-tac-xa', taxCode: '0108623916', street: 'Xóm 4', commune: '00577', province: '01', oldAddress: null, phone: null, website: null, description: null, ...sourceCols }] },
        'san-pham.json': { products: [{ id: 'zz-sp-tinh-thu', url: `${base}/san-pham/zz-sp-tinh-thu/`, name: 'Zz Sản phẩm tỉnh Thử', business: 'zz-htx-tinh-thu', province: '01', commune: null, description: null, ocopDecisionDate: null, standards: null, referencePriceAmount: null, ...sourceCols }] },
        'diem-ban.json': { points: [{ id: 'cua-hang-ocop-quy-nhon', url: `${base}/diem-ban/cua-hang-ocop-quy-nhon/`, name: 'Zz Điểm bán tỉnh Thử', kind: 'tu-hao-hang-viet', operator: null, business: 'zz-htx-tinh-thu', street: 'Số 1', commune: '26740', province: '79', oldAddress: null, lat: 10.7769, lng: 106.7009, openingHours: null, phone: null, vietGoodsShare: null, products: 'zz-sp-tinh-thu', yearOpened: null, status: 'active', closedDate: null, lastVerified: '2026-11-01', ...sourceCols }] },
      };
      await rm(from, { recursive: true, force: true });
      await mkdir(from, { recursive: true });
      for (const [name, value] of Object.entries(files)) await writeFile(path.join(from, name), JSON.stringify(value));
      const run = spawnSync(process.execPath, [path.resolve('scripts/import.ts'), '--from', from], { encoding: 'utf8', env: { ...process.env, HANGVIET_CONTENT: p.content } });
      if (run.status !== 0) throw new Error(`npm run import -- --from kết thúc với mã ${run.status}:\n${run.stdout}\n${run.stderr}`);
    },
    async (p) => {
      const renamed = path.join(p.dir, 'dist/diem-ban/hangviet-tinh-thu-gov-vn-cua-hang-ocop-quy-nhon/index.html');
      if (!existsSync(renamed)) throw new Error('điểm bán có mã trùng không được thêm tiền tố của trang nguồn');
      const page = await readFile(renamed, 'utf8');
      if (!page.includes('Nguồn: dữ liệu mở của Ban Chỉ đạo Cuộc vận động tỉnh Thử')) throw new Error('trang điểm bán tổng hợp không ghi nguồn');
      if (!page.includes('href="https://hangviet.tinh-thu.gov.vn/diem-ban/cua-hang-ocop-quy-nhon/"')) throw new Error('trang điểm bán tổng hợp không dẫn tới bản gốc');
      if (!page.includes('href="/san-pham/zz-sp-tinh-thu/"')) throw new Error('sản phẩm của điểm bán tổng hợp không được liên kết');
      const own = await readFile(path.join(p.dir, 'dist/diem-ban/cua-hang-ocop-quy-nhon/index.html'), 'utf8');
      if (own.includes('Nguồn: dữ liệu mở')) throw new Error('điểm bán của chính trang này bị ghi nguồn');
    },
  ),

  {
    // A named source of the last publication that cannot be read stops the build, naming it: going on
    // would publish a change log that forgot the earlier changes.
    name: 'HANGVIET_PREVIOUS_DATA trỏ tới dữ liệu hỏng hoặc thư mục không có → astro build thất bại, nói rõ',
    timeoutMs: 300_000,
    run: () =>
      inProject(async (p) => {
        const broken = path.join(p.dir, 'da-cong-bo');
        await mkdir(broken, { recursive: true });
        await writeFile(path.join(broken, 'diem-ban.json'), '{"points": [');
        for (const [folder, must] of [
          [broken, ['HANGVIET_PREVIOUS_DATA', 'diem-ban.json', 'không phải JSON đọc được']],
          [path.join(p.dir, 'khong-co'), ['HANGVIET_PREVIOUS_DATA', 'không có thư mục']],
        ] as const) {
          const run = await runAstro(p, 'build', undefined, { HANGVIET_PREVIOUS_DATA: folder });
          const missing = must.filter((m) => !run.output.includes(m));
          if (run.code === 0 || missing.length) throw new Error(`HANGVIET_PREVIOUS_DATA=${folder}: mã ${run.code}, thông báo không nhắc tới ${missing.join(', ')}:\n${tail(run.output)}`);
        }
      }),
  },

  {
    // The change log across two builds: one record of each kind of change, found by comparing the
    // second build's open data with what the first published (kept in the cache folder).
    name: 'thay đổi dữ liệu qua hai lần dựng: thêm, gỡ, ngừng hoạt động, thu hồi, hết hạn, hủy, tạm hoãn',
    timeoutMs: 300_000,
    run: () =>
      inProject(async (p) => {
        const business = (id: string) =>
          yaml({ id, name: `Zz Hợp tác xã ${id}`, kind: 'hop-tac-xa', taxCode: '0108623916', address: { street: 'Xóm 4', commune: '00577', province: '01' }, sample: true });
        const product = (id: string, ocop: Record<string, unknown>) =>
          yaml({ id, name: `Zz Sản phẩm ${id}`, business: 'zz-htx-o-lai', province: '01', ocop: { group: 'thuc-pham', stars: 3, decisionNumber: '1/QĐ-UBND', issuer: 'UBND thành phố Hà Nội', ...ocop }, sample: true });
        const fair = (title: string, extra = '') => fairFile(`start: "2099-11-01 07:00"\nend: "2099-11-01 11:00"\n${extra}`).replace('Zz Hội chợ thử nghiệm', title);
        await p.write('businesses/zz-o-lai.yaml', business('zz-htx-o-lai'));
        await p.write('businesses/zz-se-go.yaml', business('zz-htx-se-go'));
        // Valid 36 months from its decision: to 04/12/2026, between the two builds.
        await p.write('products/zz-het-han.yaml', product('zz-sp-het-han', { decisionDate: '2023-12-05' }));
        await p.write('products/zz-thu-hoi.yaml', product('zz-sp-thu-hoi', { decisionDate: '2025-06-01' }));
        await writePoints(p, [point('zz-se-dong')]);
        await p.write('fairs/zz-se-huy.md', fair('Zz Hội chợ sẽ hủy'));
        await p.write('fairs/zz-se-hoan.md', fair('Zz Hội chợ sẽ hoãn'));
        const first = await runAstro(p, 'build', undefined, { HANGVIET_NOW: '2026-12-03T09:00:00+07:00' });
        if (first.code !== 0) throw new Error(`lần dựng đầu thất bại (mã ${first.code}):\n${tail(first.output)}`);

        await rm(path.join(p.content, 'businesses/zz-se-go.yaml'));
        await p.write('products/zz-thu-hoi.yaml', product('zz-sp-thu-hoi', { decisionDate: '2025-06-01', revoked: { date: '2026-12-05', decisionNumber: '99/QĐ-UBND', reason: 'Không duy trì chất lượng.' } }));
        await writePoints(p, [point('zz-se-dong', { status: 'closed', closedDate: '2026-12-04' }), point('zz-diem-moi')]);
        await p.write('fairs/zz-se-huy.md', fair('Zz Hội chợ sẽ hủy', 'status: cancelled\nstatusNote: Hủy vì mưa bão.\n'));
        await p.write('fairs/zz-se-hoan.md', fair('Zz Hội chợ sẽ hoãn', 'status: postponed\nstatusNote: Tạm hoãn để sửa mặt bằng.\n'));
        const second = await runAstro(p, 'build', undefined, { HANGVIET_NOW: '2026-12-06T09:00:00+07:00' });
        if (second.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${second.code}):\n${tail(second.output)}`);

        const log = (JSON.parse(await readFile(path.join(p.dir, 'dist/du-lieu/thay-doi.json'), 'utf8')) as { changes: { kind: string; dataset: string; record: string; day: string; url: string | null; detail: string }[] }).changes;
        const found = log.map((c) => `${c.kind} ${c.dataset} ${c.record}`).sort();
        const expected = [
          'added diem-ban zz-diem-moi',
          'cancelled hoi-cho zz-se-huy',
          'closed diem-ban zz-se-dong',
          'expired san-pham zz-sp-het-han',
          'postponed hoi-cho zz-se-hoan',
          'removed doanh-nghiep zz-htx-se-go',
          'revoked san-pham zz-sp-thu-hoi',
        ];
        if (JSON.stringify(found) !== JSON.stringify(expected)) throw new Error(`nhật ký thay đổi:\n${found.join('\n')}\ncần:\n${expected.join('\n')}`);
        if (!log.every((c) => c.day === '2026-12-06')) throw new Error('thay đổi không mang ngày của lần dựng thứ hai (06/12/2026)');
        if (log.find((c) => c.kind === 'removed')?.url !== null) throw new Error('bản ghi đã gỡ vẫn có địa chỉ trang');
        if (!log.find((c) => c.kind === 'revoked')?.detail.includes('99/QĐ-UBND')) throw new Error('thay đổi "thu hồi" không nêu số quyết định thu hồi');

        const feed = await readFile(path.join(p.dir, 'dist/du-lieu/thay-doi.xml'), 'utf8');
        const entries = feed.match(/<entry>/g)?.length ?? 0;
        if (entries !== expected.length) throw new Error(`nguồn tin Atom có ${entries} mục, cần ${expected.length}`);
        const page = await readFile(path.join(p.dir, 'dist/du-lieu/thay-doi/index.html'), 'utf8');
        for (const text of ['Hội chợ bị hủy', 'Chứng nhận OCOP hết hiệu lực', 'Gỡ khỏi danh mục', '06/12/2026']) {
          if (!page.includes(text)) throw new Error(`trang Thay đổi dữ liệu không có "${text}"`);
        }

        // A third build the same day changes nothing: the log is the same, nothing is added twice.
        const third = await runAstro(p, 'build', undefined, { HANGVIET_NOW: '2026-12-06T15:00:00+07:00' });
        if (third.code !== 0) throw new Error(`lần dựng thứ ba thất bại (mã ${third.code}):\n${tail(third.output)}`);
        const again = (JSON.parse(await readFile(path.join(p.dir, 'dist/du-lieu/thay-doi.json'), 'utf8')) as { changes: unknown[] }).changes;
        if (JSON.stringify(again) !== JSON.stringify(log)) throw new Error('lần dựng thứ ba (không sửa gì) làm thay đổi nhật ký');
      }),
  },

  passing(
    'dựng lại vào cùng dist/: trang của bản ghi đã xóa biến mất, trang không đổi được giữ nguyên, trang bị xóa tay được dựng lại',
    'build',
    async (p) => writePoints(p, [point('zz-se-xoa'), point('zz-o-lai'), point('zz-mat-trang')]),
    async (p) => {
      const dist = path.join(p.dir, 'dist');
      const gone = path.join(dist, 'diem-ban', 'zz-se-xoa', 'index.html');
      const kept = path.join(dist, 'diem-ban', 'zz-o-lai', 'index.html');
      const lost = path.join(dist, 'diem-ban', 'zz-mat-trang', 'index.html');
      if (!existsSync(gone) || !existsSync(kept) || !existsSync(lost)) throw new Error('lần dựng đầu không tạo trang của ba điểm bán thử nghiệm');
      // Each page is written once, into dist/: Astro's copy of every page in its cache folder is off (single-output.ts).
      const copy = path.join(p.dir, 'node_modules', '.astro', 'dist');
      if (existsSync(copy)) throw new Error(`bản dựng còn chép mỗi trang vào ${path.relative(p.dir, copy)}`);
      // A page deleted from dist/ by hand (its record unchanged) is rendered again, from its record.
      const lostHtml = await readFile(lost, 'utf8');
      await rm(lost);
      const keptTime = statSync(kept).mtimeMs;
      // The posters' QR code files beside the pages: the deleted record's goes with it, the other is kept as drawn.
      const goneQr = path.join(path.dirname(gone), 'ma-qr.svg');
      const keptQr = path.join(path.dirname(kept), 'ma-qr.svg');
      if (!existsSync(goneQr) || !existsSync(keptQr)) throw new Error('lần dựng đầu không vẽ mã QR áp phích của hai điểm bán thử nghiệm');
      const keptQrTime = statSync(keptQr).mtimeMs;
      // The open-data exports, written after the pages (streamed-files.ts): one whose records are
      // unchanged is kept as it is, one deleted by hand is written again, the points' file changes.
      const exportOf = (name: string) => path.join(dist, 'du-lieu', name);
      const productsTime = statSync(exportOf('san-pham.json')).mtimeMs;
      const fairsCsv = await readFile(exportOf('hoi-cho.csv'), 'utf8');
      await rm(exportOf('hoi-cho.csv'));
      if (!(await readFile(exportOf('diem-ban.csv'), 'utf8')).includes('zz-se-xoa')) throw new Error('lần dựng đầu: diem-ban.csv không có điểm bán thử nghiệm zz-se-xoa');
      await writePoints(p, [point('zz-o-lai'), point('zz-mat-trang')]);
      const again = await runAstro(p, 'build');
      if (again.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${again.code}):\n${again.output.slice(-3000)}`);
      if (!existsSync(lost)) throw new Error('trang /diem-ban/zz-mat-trang/ bị xóa khỏi dist/ không được dựng lại');
      const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      if (h1(await readFile(lost, 'utf8')) !== h1(lostHtml)) throw new Error('trang /diem-ban/zz-mat-trang/ dựng lại khác trang cũ');
      if (existsSync(gone)) throw new Error('trang /diem-ban/zz-se-xoa/ vẫn còn trong dist/ sau khi bản ghi bị xóa');
      if (existsSync(path.dirname(gone))) throw new Error('thư mục rỗng /diem-ban/zz-se-xoa/ vẫn còn trong dist/');
      if (!existsSync(kept)) throw new Error('trang /diem-ban/zz-o-lai/ bị mất ở lần dựng thứ hai');
      if (statSync(kept).mtimeMs !== keptTime) throw new Error('trang không đổi /diem-ban/zz-o-lai/ bị viết lại thay vì được giữ nguyên');
      // The log counts the pages instead of listing each (page-log.ts): most were kept.
      if (/[├└]─/.test(again.output)) throw new Error('nhật ký dựng vẫn liệt kê từng trang');
      const counted = /([\d.]+) trang và tệp: ([\d.]+) dựng mới, ([\d.]+) giữ nguyên/.exec(again.output);
      const count = (s: string | undefined) => Number(s?.replaceAll('.', ''));
      if (!counted || count(counted[3]) === 0 || count(counted[1]) !== count(counted[2]) + count(counted[3])) {
        throw new Error(`nhật ký lần dựng thứ hai không đếm trang dựng mới và trang giữ nguyên:\n${again.output.slice(-3000)}`);
      }
      if (existsSync(goneQr)) throw new Error('mã QR của điểm bán đã xóa vẫn còn trong dist/');
      if (!existsSync(keptQr) || statSync(keptQr).mtimeMs !== keptQrTime) throw new Error('mã QR không đổi của /diem-ban/zz-o-lai/ bị mất hoặc bị vẽ lại');
      const points = await readFile(exportOf('diem-ban.csv'), 'utf8');
      if (points.includes('zz-se-xoa') || !points.includes('zz-o-lai')) throw new Error('diem-ban.csv không được viết lại theo danh sách điểm bán mới');
      if (!existsSync(exportOf('san-pham.json')) || statSync(exportOf('san-pham.json')).mtimeMs !== productsTime) throw new Error('san-pham.json không đổi bị mất hoặc bị viết lại');
      if (!existsSync(exportOf('hoi-cho.csv')) || (await readFile(exportOf('hoi-cho.csv'), 'utf8')) !== fairsCsv) throw new Error('hoi-cho.csv bị xóa tay không được viết lại như cũ');
      if (readdirSync(path.join(dist, 'du-lieu')).some((f) => f.endsWith('.partial'))) throw new Error('còn tệp .partial trong dist/du-lieu/');
    },
  ),

  passing(
    'sửa một tin: chỉ nội dung đổi thì trang sản phẩm liên quan được giữ, trang bị xóa tay được dựng lại từ mô hình tính khi cần; đổi tiêu đề thì trang sản phẩm hiện tiêu đề mới',
    'build',
    async (p) => p.write('news/zz-lien-quan.md', newsPost('Zz Tin liên quan Một', 'related:\n  products: [ruou-gao-go-sat]\n')),
    async (p) => {
      const dist = path.join(p.dir, 'dist');
      const product = path.join(dist, 'san-pham', 'ruou-gao-go-sat', 'index.html');
      const post = path.join(dist, 'tin-tuc', 'zz-lien-quan', 'index.html');
      if (!(await readFile(product, 'utf8')).includes('Zz Tin liên quan Một')) throw new Error('trang sản phẩm không có tin liên quan "Zz Tin liên quan Một"');
      const productTime = statSync(product).mtimeMs;
      // Another product's page, deleted by hand: its family is reused, so its view model is computed on demand.
      const other = (await readdir(path.join(dist, 'san-pham'), { withFileTypes: true })).find((e) => e.isDirectory() && e.name !== 'ruou-gao-go-sat' && existsSync(path.join(e.parentPath, e.name, 'index.html')) && !['trang', 'nhom', 'tinh'].includes(e.name))!;
      const lost = path.join(dist, 'san-pham', other.name, 'index.html');
      const lostHtml = await readFile(lost, 'utf8');
      await rm(lost);

      await p.write('news/zz-lien-quan.md', newsPost('Zz Tin liên quan Một', 'related:\n  products: [ruou-gao-go-sat]\n').replace(/Tin thử nghiệm tự động\.\n$/, 'Tin thử nghiệm tự động, nay có đoạn Zz mới.\n'));
      const second = await runAstro(p, 'build');
      if (second.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${second.code}):\n${tail(second.output)}`);
      const reused = /Mô hình trang: ([\d.]+) nhóm trang, ([\d.]+) nhóm dùng lại/.exec(second.output);
      if (!reused || Number(reused[2]) < Number(reused[1]) / 2) throw new Error(`lần dựng thứ hai không dùng lại phần lớn các nhóm trang:\n${tail(second.output)}`);
      if (!(await readFile(post, 'utf8')).includes('đoạn Zz mới')) throw new Error('trang tin không có đoạn vừa thêm');
      if (statSync(product).mtimeMs !== productTime) throw new Error('trang sản phẩm bị viết lại dù tin liên quan chỉ đổi nội dung');
      if (!existsSync(lost)) throw new Error(`trang /san-pham/${other.name}/ bị xóa tay không được dựng lại`);
      const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      if (!h1(lostHtml) || h1(await readFile(lost, 'utf8')) !== h1(lostHtml)) throw new Error(`trang /san-pham/${other.name}/ dựng lại khác trang cũ`);

      await p.write('news/zz-lien-quan.md', newsPost('Zz Tin liên quan Hai', 'related:\n  products: [ruou-gao-go-sat]\n'));
      const third = await runAstro(p, 'build');
      if (third.code !== 0) throw new Error(`lần dựng thứ ba thất bại (mã ${third.code}):\n${tail(third.output)}`);
      const html = await readFile(product, 'utf8');
      if (!html.includes('Zz Tin liên quan Hai') || html.includes('Zz Tin liên quan Một')) throw new Error('trang sản phẩm không hiện tiêu đề mới của tin liên quan');
    },
  ),

  {
    // A scheduled post: left out while its day (Vietnam time) has not come, published by the first
    // build on that day with the same caches (the content store must not remember it as absent).
    name: 'tin hẹn ngày: vắng ở lần dựng 23:59 hôm trước, có mặt ở lần dựng 00:00 đúng ngày (giờ Việt Nam)',
    timeoutMs: 300_000,
    run: () =>
      inProject(async (p) => {
        await p.write('news/zz-hen-ngay.md', '---\ntitle: Tin hẹn ngày Zz\ndate: "2099-06-02"\nsummary: Tin hẹn ngày thử nghiệm.\n---\n\nNội dung.\n');
        const page = path.join(p.dir, 'dist', 'tin-tuc', 'zz-hen-ngay', 'index.html');
        const rss = path.join(p.dir, 'dist', 'rss.xml');
        const before = await runAstro(p, 'build', 240_000, { HANGVIET_NOW: '2099-06-01T16:59:00Z' });
        if (before.code !== 0) throw new Error(`lần dựng hôm trước thất bại (mã ${before.code}):\n${before.output.slice(-3000)}`);
        if (existsSync(page) || (await readFile(rss, 'utf8')).includes('zz-hen-ngay')) throw new Error('tin hẹn ngày 02/6 đã được đăng lúc 23:59 ngày 01/6 giờ Việt Nam');
        const on = await runAstro(p, 'build', 240_000, { HANGVIET_NOW: '2099-06-01T17:00:00Z' });
        if (on.code !== 0) throw new Error(`lần dựng đúng ngày thất bại (mã ${on.code}):\n${on.output.slice(-3000)}`);
        if (!existsSync(page)) throw new Error('tin hẹn ngày 02/6 chưa có trang ở lần dựng 00:00 ngày 02/6 giờ Việt Nam');
        if (!(await readFile(rss, 'utf8')).includes('/tin-tuc/zz-hen-ngay/')) throw new Error('tin hẹn ngày không có trong RSS ở lần dựng đúng ngày');
      }),
  },

  {
    // The dev server is the press office's preview (the editor's local mode): the files of the
    // site must answer at the addresses the built site gives them, the open-data exports included
    // (a route named with its extension as a parameter answered only with a trailing slash).
    name: 'astro dev (xem thử của trình soạn thảo): tệp dữ liệu mở, dữ liệu bản đồ và RSS trả lời ở đúng địa chỉ như bản dựng',
    timeoutMs: 180_000,
    run: () =>
      inProject(async (p) => {
        const dev = await startAstroDev(p);
        try {
          const problems: string[] = [];
          const files: [string, string, (text: string) => boolean][] = [
            ['/du-lieu/diem-ban.csv', 'text/csv', (t) => t.startsWith('\uFEFFid,')],
            ['/du-lieu/san-pham.json', 'application/json', (t) => Array.isArray((JSON.parse(t) as { products?: unknown }).products)],
            ['/du-lieu/diem-ban.geojson', 'application/geo+json', (t) => (JSON.parse(t) as { type?: string }).type === 'FeatureCollection'],
            ['/du-lieu/nhiem-vu.csv', 'text/csv', (t) => t.startsWith('\uFEFF')],
            ['/du-lieu/ban-do/diem-ban.json', 'application/json', (t) => Array.isArray((JSON.parse(t) as { points?: unknown }).points)],
            ['/rss.xml', 'xml', (t) => t.includes('<rss')],
          ];
          for (const [address, type, valid] of files) {
            const response = await fetch(dev.origin + address);
            // Read as bytes: a fetch body's text() drops the byte-order mark the CSV files must keep.
            const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
            if (response.status !== 200) problems.push(`${address}: mã ${response.status}`);
            else if (!response.headers.get('content-type')?.includes(type)) problems.push(`${address}: Content-Type ${response.headers.get('content-type')}, cần ${type}`);
            else if (!valid(text)) problems.push(`${address}: nội dung không đúng dạng: ${text.slice(0, 120)}`);
          }
          // A file has one address, as in the built site.
          const slashed = await fetch(`${dev.origin}/du-lieu/diem-ban.csv/`);
          if (slashed.status !== 404) problems.push(`/du-lieu/diem-ban.csv/ (có dấu / ở cuối): mã ${slashed.status}, cần 404`);
          if (problems.length) throw new Error(`${problems.join('\n')}\n${dev.output().slice(-2000)}`);
        } finally {
          await dev.stop();
        }
      }),
  },

  passing(
    'dựng lại không sửa gì, rồi sau khi xóa một điểm bán: sơ đồ trang (sitemap) liệt kê đúng mọi trang trong dist/',
    'build',
    async (p) => writePoints(p, [point('zz-se-xoa'), point('zz-o-lai')]),
    async (p) => {
      // The sitemap is made after the build from the pages Astro reports; in an incremental build
      // most pages are kept from the last one, not rendered, and must be listed all the same.
      const dist = path.join(p.dir, 'dist');
      const compare = (when: string) => {
        const listed = readSitemap(dist).urls.map((u) => decodeURIComponent(new URL(u).pathname)).sort();
        const built = pagesForSitemap(dist);
        const missing = built.filter((u) => !listed.includes(u));
        const extra = listed.filter((u) => !built.includes(u));
        if (missing.length || extra.length) throw new Error(`${when}: sitemap thiếu ${missing.length} trang (${missing.slice(0, 5).join(', ')}), thừa ${extra.length} (${extra.slice(0, 5).join(', ')})`);
        return listed;
      };
      compare('lần dựng đầu');
      const kept = path.join(dist, 'diem-ban', 'zz-o-lai', 'index.html');
      const keptTime = statSync(kept).mtimeMs;
      const same = await runAstro(p, 'build');
      if (same.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${same.code}):\n${same.output.slice(-3000)}`);
      if (statSync(kept).mtimeMs !== keptTime) throw new Error('lần dựng thứ hai dựng lại /diem-ban/zz-o-lai/: bản dựng không dùng bộ đệm, phép thử không kiểm được gì');
      if (!compare('dựng lại không sửa gì').includes('/diem-ban/zz-o-lai/')) throw new Error('sitemap thiếu trang được giữ lại /diem-ban/zz-o-lai/');
      // Same pages, same settings: the files of the last build are kept, not made again.
      if (!same.output.includes('Sơ đồ trang không đổi')) throw new Error('lần dựng thứ hai không giữ sơ đồ trang dù danh sách trang không đổi');
      await writePoints(p, [point('zz-o-lai')]);
      const again = await runAstro(p, 'build');
      if (again.code !== 0) throw new Error(`lần dựng thứ ba thất bại (mã ${again.code}):\n${again.output.slice(-3000)}`);
      if (again.output.includes('Sơ đồ trang không đổi')) throw new Error('lần dựng thứ ba giữ sơ đồ trang cũ dù một trang đã bị xóa');
      const listed = compare('dựng lại sau khi xóa điểm bán');
      if (listed.includes('/diem-ban/zz-se-xoa/')) throw new Error('sitemap vẫn liệt kê trang của điểm bán đã xóa');
      // A sitemap file changed in dist/ since (by hand, or by another tool) is made again, though the pages are the same.
      const part = path.join(dist, decodeURIComponent(new URL(readSitemap(dist).sitemaps[0]!).pathname));
      await writeFile(part, (await readFile(part, 'utf8')).replace(/<url>.*?<\/url>/, ''));
      const fourth = await runAstro(p, 'build');
      if (fourth.code !== 0) throw new Error(`lần dựng thứ tư thất bại (mã ${fourth.code}):\n${fourth.output.slice(-3000)}`);
      compare('dựng lại sau khi sửa tệp sơ đồ trang trong dist/');
    },
  ),

  passing(
    'đổi địa chỉ gốc của trang (baseUrl): mã QR áp phích được vẽ lại với địa chỉ mới',
    'build',
    async (p) => writePoints(p, [point('zz-o-lai')]),
    async (p) => {
      const qr = path.join(p.dir, 'dist', 'diem-ban', 'zz-o-lai', 'ma-qr.svg');
      const site = path.join(p.content, 'site.yaml');
      const yamlText = await readFile(site, 'utf8');
      const base = /^baseUrl:\s*"?([^"\n]+)"?/m.exec(yamlText)?.[1]?.trim();
      if (!base || !(await readFile(qr, 'utf8')).includes(`<title>${new URL('/diem-ban/zz-o-lai/', base).href}</title>`)) throw new Error(`lần dựng đầu: mã QR không mang địa chỉ ${base}`);
      await writeFile(site, yamlText.replace(/^baseUrl:.*$/m, 'baseUrl: "https://hang-viet-moi.example.vn/"'));
      const again = await runAstro(p, 'build');
      if (again.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${again.code}):\n${again.output.slice(-3000)}`);
      const svg = await readFile(qr, 'utf8');
      if (!svg.includes('<title>https://hang-viet-moi.example.vn/diem-ban/zz-o-lai/</title>')) throw new Error(`mã QR không được vẽ lại với địa chỉ mới: ${svg.slice(0, 200)}`);
    },
  ),

  passing(
    'dựng vào cùng dist/ với một thư mục cache khác rồi dựng lại: không trang nào của bản dựng kia ở lại',
    'build',
    async (p) => writePoints(p, [point('zz-o-lai')]),
    async (p) => {
      // A build with another cache folder (so another manifest of dist/) writes a page there…
      const stray = path.join(p.dir, 'dist', 'diem-ban', 'zz-cua-ban-dung-khac', 'index.html');
      await writePoints(p, [point('zz-o-lai'), point('zz-cua-ban-dung-khac')]);
      const other = await runAstro(p, 'build', undefined, { HANGVIET_CACHE_DIR: path.join(p.dir, 'cache-khac') });
      if (other.code !== 0 || !existsSync(stray)) throw new Error(`bản dựng với cache khác không tạo trang thử nghiệm (mã ${other.code})`);
      // …then the first cache's build must not trust its manifest, which does not list that page.
      await writePoints(p, [point('zz-o-lai')]);
      const again = await runAstro(p, 'build');
      if (again.code !== 0) throw new Error(`lần dựng thứ ba thất bại (mã ${again.code}):\n${again.output.slice(-3000)}`);
      if (existsSync(stray)) throw new Error('trang /diem-ban/zz-cua-ban-dung-khac/ của bản dựng với cache khác vẫn còn trong dist/');
    },
  ),

  passing(
    'dựng lại sau khi đổi tên một sản phẩm: trang danh sách (trang 2 trở đi) hiện tên mới',
    'build',
    async (p) => {
      const rows = Array.from({ length: 60 }, (_, i) => ({ id: `zz-sp-${i + 1}`, name: `Zz sản phẩm thử nghiệm ${String(i + 1).padStart(2, '0')}`, business: 'co-so-ruou-go-sat', province: '79', sample: true }));
      await p.write('products/zz-list.yaml', yaml(rows));
    },
    async (p) => {
      const dist = path.join(p.dir, 'dist', 'san-pham', 'trang');
      const pages = async () => Promise.all((await readdir(dist)).map((n) => readFile(path.join(dist, n, 'index.html'), 'utf8')));
      if (!(await pages()).some((html) => html.includes('Zz sản phẩm thử nghiệm 60'))) throw new Error('lần dựng đầu: sản phẩm thử nghiệm 60 không ở trang 2 trở đi');
      const rows = Array.from({ length: 60 }, (_, i) => ({ id: `zz-sp-${i + 1}`, name: i === 59 ? 'Zz sản phẩm thử nghiệm 60 (tên mới)' : `Zz sản phẩm thử nghiệm ${String(i + 1).padStart(2, '0')}`, business: 'co-so-ruou-go-sat', province: '79', sample: true }));
      await p.write('products/zz-list.yaml', yaml(rows));
      const again = await runAstro(p, 'build');
      if (again.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${again.code}):\n${again.output.slice(-3000)}`);
      const after = await pages();
      if (after.some((html) => /Zz sản phẩm thử nghiệm 60(?! \(tên mới\))/.test(html))) throw new Error('trang danh sách sản phẩm vẫn hiện tên cũ sau khi dựng lại');
      if (!after.some((html) => html.includes('Zz sản phẩm thử nghiệm 60 (tên mới)'))) throw new Error('trang danh sách sản phẩm không hiện tên mới sau khi dựng lại');
    },
  ),

  passing(
    'dựng lại sau khi sửa tên ở nhiều loại nội dung: không tệp nào trong dist/ còn tên cũ',
    'build',
    async (p) => writeRenamable(p, OLD_MARK),
    async (p) => {
      // Every page Astro may keep from the cache has a key naming what it shows; a key that misses
      // something leaves a stale page. Rename a business, a product, a point, a fair, a plan and a
      // standalone page, rebuild, and look for the old names in every file of dist/.
      const dist = path.join(p.dir, 'dist');
      const before = await filesWith(dist, OLD_MARK);
      const shown = new Set([...before.values()].flat());
      const missing = RENAMED.filter((name) => !shown.has(`${name} ${OLD_MARK}`));
      if (missing.length) throw new Error(`lần dựng đầu: không tệp nào hiện ${missing.join(', ')}`);
      const untouched = path.join(dist, 'diem-ban', 'zz-diem-khong-doi', 'index.html');
      const untouchedTime = statSync(untouched).mtimeMs;
      await writeRenamable(p, NEW_MARK);
      const again = await runAstro(p, 'build');
      if (again.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${again.code}):\n${again.output.slice(-3000)}`);
      const stale = await filesWith(dist, OLD_MARK);
      if (stale.size) throw new Error(`${stale.size} tệp còn tên cũ sau khi dựng lại:\n${[...stale].slice(0, 15).map(([f, names]) => `  ${f}: ${names.join(', ')}`).join('\n')}`);
      const renamed = await filesWith(dist, NEW_MARK);
      const lost = [...before.keys()].filter((f) => !renamed.has(f));
      if (lost.length) throw new Error(`tệp có tên cũ nhưng không có tên mới sau khi dựng lại: ${lost.slice(0, 10).join(', ')}`);
      // The build really was incremental: a page that shows none of the renamed records was kept.
      if (statSync(untouched).mtimeMs !== untouchedTime) throw new Error('trang /diem-ban/zz-diem-khong-doi/ bị dựng lại dù không liên quan: bản dựng không dùng bộ đệm');
    },
  ),

  passing(
    'dựng lại sau khi sửa một trang được tìm kiếm: chỉ mục tìm kiếm có từ mới, không còn từ cũ',
    'build',
    async (p) => p.write('pages/zz-tim-kiem.md', fixturePage('Zz Trang tìm kiếm')),
    async (p) => {
      const dist = path.join(p.dir, 'dist');
      if (!(await indexedText(dist)).includes('Zz Trang tìm kiếm')) throw new Error('chỉ mục đầu tiên không có trang thử nghiệm');
      if (existsSync(path.join(dist, 'tim-kiem/chi-muc/t/zzchimucmoi.json'))) throw new Error('chỉ mục đã có từ chưa viết');
      // One page's body changes: the incremental build must write the index again with the new word.
      await p.write('pages/zz-tim-kiem.md', fixturePage('Zz Trang tìm kiếm').replace('Nội dung thử nghiệm.', 'Nội dung thử nghiệm zzchimucmoi.'));
      const built = await runAstro(p, 'build');
      if (built.code !== 0) throw new Error(`dựng lại thất bại (mã ${built.code}):\n${built.output.slice(-3000)}`);
      if (!existsSync(path.join(dist, 'tim-kiem/chi-muc/t/zzchimucmoi.json'))) throw new Error('chỉ mục mới không có từ vừa thêm vào trang /zz-tim-kiem/');
      const vocabulary = JSON.parse(await readFile(path.join(dist, 'tim-kiem/chi-muc/tu.json'), 'utf8')) as Record<string, number>;
      if (vocabulary.zzchimucmoi !== 1) throw new Error(`danh sách từ của chỉ mục không có từ mới (zzchimucmoi: ${vocabulary.zzchimucmoi})`);
    },
  ),
  passing(
    'dựng lại sau khi đổi mã nguồn: mọi trang được dựng lại và trỏ tới tệp script, CSS có thật',
    'build',
    async () => undefined,
    async (p) => {
      // Astro's own check misses some code changes (a kept page can point to a script whose file
      // name changed), so any change under src/ must re-render every page. A comment is enough.
      const dist = path.join(p.dir, 'dist');
      const pages = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
      const before = new Map(pages.map((f) => [f, statSync(f).mtimeMs]));
      const lib = path.join(p.dir, 'src', 'lib', 'text.ts');
      await writeFile(lib, `${await readFile(lib, 'utf8')}\n// Changed by a build test.\n`);
      const again = await runAstro(p, 'build');
      if (again.code !== 0) throw new Error(`lần dựng thứ hai thất bại (mã ${again.code}):\n${again.output.slice(-3000)}`);
      const kept = pages.filter((f) => existsSync(f) && statSync(f).mtimeMs === before.get(f));
      if (kept.length) throw new Error(`${kept.length} trang không được dựng lại sau khi mã nguồn đổi, ví dụ ${path.relative(dist, kept[0]!)}`);
      const missing: string[] = [];
      for (const file of pages.filter(existsSync)) {
        for (const m of (await readFile(file, 'utf8')).matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)) {
          if (!existsSync(path.join(dist, m[1]!))) missing.push(`${path.relative(dist, file)} → ${m[1]}`);
        }
      }
      if (missing.length) throw new Error(`trang trỏ tới tệp không còn:\n${missing.slice(0, 10).join('\n')}`);
    },
  ),

  passing(
    'tin viết bằng Markdown (.md) có chữ dạng NFD được hiện ở dạng NFC',
    'build',
    async (p) => {
      const body = 'Phiên chợ hàng Việt về xã Đất Mũi thu hút người dân.'.normalize('NFD');
      await p.write(
        'news/zz-nfd.md',
        `---\ntitle: Tin thử nghiệm chuẩn hóa chữ\ndate: "2026-01-05"\nsummary: Tin thử nghiệm.\ncover:\n  src: ./images/sao-ocop.jpg\n  alt: Ảnh minh họa\nsample: true\n---\n\n${body}\n\n![${'Ảnh chợ quê'.normalize('NFD')}](./images/sao-ocop.jpg)\n`,
      );
    },
    async (p) => {
      const html = await readFile(path.join(p.dir, 'dist', 'tin-tuc', 'zz-nfd', 'index.html'), 'utf8');
      const nfc = 'Phiên chợ hàng Việt về xã Đất Mũi thu hút người dân.';
      if (!html.includes(nfc)) throw new Error('trang /tin-tuc/zz-nfd/ không có câu ở dạng NFC');
      if (html.includes(nfc.normalize('NFD'))) throw new Error('trang /tin-tuc/zz-nfd/ còn chữ ở dạng NFD');
      if (!html.includes('alt="Ảnh chợ quê"')) throw new Error('mô tả ảnh trong bài không ở dạng NFC');
    },
  ),

  failing('hội chợ một đợt dài 426 ngày (phiên chợ cuối tuần phải khai báo lịch lặp)', 'sync', async (p) => {
    await p.write('fairs/zz-qua-dai.md', fairFile('start: "2026-11-01 07:00"\nend: "2027-12-31 21:00"\n'));
    return ['content/fairs/zz-qua-dai.md', 'end', 'kéo dài quá 62 ngày', 'repeat'];
  }),

  failing('ngày nghỉ của phiên chợ không phải ngày họp chợ (repeat.except)', 'sync', async (p) => {
    await p.write('fairs/zz-ngay-nghi.md', fairFile('start: "2026-11-07 16:00"\nend: "2026-11-07 22:00"\nrepeat:\n  every: week\n  days: [t7, cn]\n  except: ["2026-11-10"]\n'));
    return ['content/fairs/zz-ngay-nghi.md', 'repeat.except.0', '10/11/2026 (Thứ Ba) không phải ngày họp chợ'];
  }),

  failing('phiên đầu tiên không rơi vào lịch lặp (Chủ nhật đầu tháng, start thứ Hai)', 'sync', async (p) => {
    await p.write('fairs/zz-lech-lich.md', fairFile('start: "2027-01-04 06:30"\nend: "2027-01-04 11:30"\nrepeat:\n  every: month\n  days: [cn]\n  week: 1\n'));
    return ['content/fairs/zz-lech-lich.md', 'start', 'không rơi vào lịch lặp'];
  }),

  failing('phiếu đăng ký trỏ tới tệp không có trong public/', 'sync', async (p) => {
    await p.write('fairs/zz-phieu.md', fairFile('start: "2027-03-12 08:00"\nend: "2027-03-14 21:00"\nregistration:\n  who: Doanh nghiệp.\n  how: Gửi phiếu.\n  form: /tai-lieu/khong-co.pdf\n'));
    return ['content/fairs/zz-phieu.md', 'registration.form', 'không có tệp public/tai-lieu/khong-co.pdf'];
  }),

  failing('tệp hội chợ tên lich.md (địa chỉ /hoi-cho/lich.ics của lịch mọi hội chợ)', 'sync', async (p) => {
    await p.write('fairs/lich.md', fairFile('start: "2027-03-12 08:00"\nend: "2027-03-14 21:00"\n'));
    return ['lich.md', 'lịch của mọi hội chợ'];
  }),

  passing(
    'dựng năm 2031, sau mọi hội chợ mẫu: không hội chợ nào “sắp diễn ra”, trang nói rõ',
    'build',
    async () => undefined,
    async (p) => {
      const read = (...parts: string[]) => readFile(path.join(p.dir, 'dist', ...parts, 'index.html'), 'utf8');
      for (const [where, html] of [['/hoi-cho/', await read('hoi-cho')], ['/', await read()], ['/hoi-cho/loai/phien-cho-hang-viet/', await read('hoi-cho', 'loai', 'phien-cho-hang-viet')]] as const) {
        const coming = html.match(/data-status="(?:upcoming|ongoing)"/g) ?? [];
        if (coming.length) throw new Error(`${where}: ${coming.length} hội chợ “sắp/đang diễn ra” khi dựng năm 2031`);
        if (!/Hiện chưa có hội chợ[^<]*sắp diễn ra/.test(html)) throw new Error(`${where}: không nói rằng chưa có hội chợ nào sắp diễn ra`);
      }
      const list = await read('hoi-cho');
      if (/<div data-fair-list-empty hidden/.test(list)) throw new Error('/hoi-cho/: thông báo “chưa có hội chợ” bị ẩn');
      if (!list.includes('Năm 2030') || !list.includes('Phiên chợ hàng Việt cuối tuần tại 116 Nguyễn Du')) throw new Error('/hoi-cho/: phiên chợ cuối tuần (họp đến 2030) không nằm trong mục đã diễn ra năm 2030');
      const market = await read('hoi-cho', 'phien-cho-hang-viet-cuoi-tuan-nguyen-du');
      if (!market.includes('đã họp phiên cuối cùng') || !market.includes('data-status="past"')) throw new Error('trang phiên chợ cuối tuần không nói đã họp phiên cuối cùng');
    },
    { HANGVIET_NOW: '2031-06-01T03:00:00Z' },
  ),

  failing('tin nhắc đến hội chợ không tồn tại (related.fairs)', 'build', async (p) => {
    await p.write('news/zz-lien-quan-mo-coi.md', newsPost('Tin thử nghiệm nhắc hội chợ không có', 'related:\n  fairs:\n    - zz-hoi-cho-khong-ton-tai\n'));
    return ['content/news/zz-lien-quan-mo-coi.md', '"related.fairs.0"', 'zz-hoi-cho-khong-ton-tai'];
  }),

  failing('chủ đề của tin không có chữ cái hay chữ số nào', 'sync', async (p) => {
    await p.write('news/zz-chu-de-rong.md', newsPost('Tin thử nghiệm có chủ đề rỗng', 'tags:\n  - OCOP\n  - "???"\n'));
    return ['news/zz-chu-de-rong.md', 'tags.1', 'không có chữ cái hay chữ số', 'hãy viết chủ đề bằng chữ'];
  }),

  failing('tệp tin tên the.md (địa chỉ /tin-tuc/the/ của các trang chủ đề)', 'sync', async (p) => {
    await p.write('news/the.md', newsPost('Tin thử nghiệm tên tệp trùng thư mục chủ đề'));
    return ['news/the.md', 'tên tệp "the"', '/tin-tuc/the/', 'chủ đề', 'hãy đặt tên khác'];
  }),

  failing('hai dòng cùng id trong một danh sách điểm bán', 'build', async (p) => {
    await writePoints(p, [point('zz-trung'), point('zz-trung', { name: 'Điểm bán thử nghiệm thứ hai' })]);
    return [POINTS_SHOWN, 'id "zz-trung"', 'trùng'];
  }),

  failing('hai tệp a.md và a.mdx cùng id', 'build', async (p) => {
    await p.write('pages/zz-trung.md', fixturePage('Trang thử nghiệm một'));
    await p.write('pages/zz-trung.mdx', fixturePage('Trang thử nghiệm hai'));
    return [/pages\/zz-trung\.md(?!x)/, 'pages/zz-trung.mdx', 'id "zz-trung"'];
  }),

  failing('danh sách YAML có HAI dòng sai báo cả hai', 'sync', async (p) => {
    await writePoints(p, [
      point('zz-tot-1'),
      point('zz-sai-1', { kind: 'sieu-thi-mini' }),
      point('zz-tot-2'),
      point('zz-sai-2', { lastVerified: '30/02/2026' }),
    ]);
    return [POINTS_SHOWN, 'mục 2', 'zz-sai-1', '"kind"', 'mục 4', 'zz-sai-2', '"lastVerified"'];
  }),

  passing(
    'chữ không ở dạng NFC được chuẩn hóa, không bị từ chối',
    'sync',
    async (p) => writePoints(p, [point('zz-nfd', { name: 'Điểm bán thử nghiệm Đà Nẵng'.normalize('NFD'), operator: 'Hợp tác xã Thử nghiệm'.normalize('NFD') })]),
    async (p) => {
      const stored = (await storedEntries(p, 'points')).get('zz-nfd');
      if (!stored) throw new Error('không thấy bản ghi zz-nfd trong .astro data store');
      for (const field of ['name', 'operator']) {
        const value = String(stored.data[field]);
        if (value !== value.normalize('NFC')) throw new Error(`trường ${field} được lưu chưa chuẩn hóa NFC: ${JSON.stringify(value)}`);
      }
      if (stored.data.name !== 'Điểm bán thử nghiệm Đà Nẵng'.normalize('NFC')) throw new Error(`name được lưu là ${JSON.stringify(stored.data.name)}`);
    },
  ),
];
