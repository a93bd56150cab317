/**
 * A program from a Debian package the tests need (Chromium, nginx): found where the package puts
 * it, or, as root on a machine with apt-get, installed; otherwise an error that says how.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * `program` (an absolute path), installing Debian's `pkg` when it is missing and we may; `hint`
 * says in Vietnamese how to install it by hand; `overridden` when an environment variable named
 * the path (then nothing is installed).
 */
export function ensureDebianProgram(program: string, pkg: string, hint: string, overridden = false): string {
  if (existsSync(program)) return program;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get') || overridden) throw new Error(`Không tìm thấy ${program}. ${hint}`);
  console.log(`Không tìm thấy ${program}; đang cài gói ${pkg} bằng apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', pkg]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`"apt-get ${args.join(' ')}" thất bại (mã ${result.status}). ${hint}`);
  }
  if (!existsSync(program)) throw new Error(`Đã cài gói ${pkg} nhưng vẫn không thấy ${program}. ${hint}`);
  return program;
}
