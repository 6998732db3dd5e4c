import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../../src/adapters/cache/cache-dir';

const noHome = () => {
  throw new Error('the home folder was not needed here');
};

// The CLI used ~/.cache on every system, which is not where Windows or macOS keep caches.
describe('defaultCacheDir, the CLI cache folder on each operating system', () => {
  it('uses %LOCALAPPDATA% on Windows, else the profile’s AppData\\Local', () => {
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', XDG_CACHE_HOME: '/x' }, 'win32', noHome)).toBe('C:\\Users\\ana\\AppData\\Local\\growth-ledger\\cache');
    expect(defaultCacheDir({ USERPROFILE: 'D:\\home\\ana' }, 'win32', noHome)).toBe('D:\\home\\ana\\AppData\\Local\\growth-ledger\\cache');
    expect(defaultCacheDir({ LOCALAPPDATA: 'relative' }, 'win32', () => 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Local\\growth-ledger\\cache');
  });

  it('uses ~/Library/Caches on macOS', () => {
    expect(defaultCacheDir({ HOME: '/Users/ana', XDG_CACHE_HOME: '/x/cache' }, 'darwin', noHome)).toBe('/Users/ana/Library/Caches/growth-ledger');
    expect(defaultCacheDir({}, 'darwin', () => '/Users/ana')).toBe('/Users/ana/Library/Caches/growth-ledger');
  });

  it('uses $XDG_CACHE_HOME, else ~/.cache, elsewhere; a relative XDG path is ignored', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/ana' }, 'linux', noHome)).toBe('/x/cache/growth-ledger');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/ana' }, 'linux', noHome)).toBe('/home/ana/.cache/growth-ledger');
    expect(defaultCacheDir({}, 'freebsd', () => '/home/ana')).toBe('/home/ana/.cache/growth-ledger');
  });
});
