import { describe, expect, it } from 'vitest';
import { isLocalOrigin, isPublishBuild, originNotice, publicOrigin, shortUrl, siteUrl } from '../../src/site-url.ts';

describe('siteUrl(env)', () => {
  it('siteUrl() without SITE_URL names the local server on PORT', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(siteUrl({ PORT: '4531' })).toBe('http://localhost:4531');
  });

  it('siteUrl() gives SITE_URL as an origin without a trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
  });

  it('siteUrl() refuses a publishing build without SITE_URL, saying what to do', () => {
    expect(() => siteUrl({ PUBLISH: '1' })).toThrow(
      /SITE_URL is not set: a build for publishing needs the public origin/,
    );
    expect(() => siteUrl({ PUBLISH: '1', SITE_URL: ' ' })).toThrow(/SITE_URL is not set/);
  });

  it('siteUrl() refuses a publishing build whose SITE_URL is a local address', () => {
    expect(() => siteUrl({ PUBLISH: '1', SITE_URL: 'http://127.0.0.1:8080' })).toThrow(/a local address/);
    expect(() => siteUrl({ PUBLISH: '1', SITE_URL: 'http://localhost:4321' })).toThrow(/a local address/);
  });

  it('siteUrl() refuses a SITE_URL that is not a bare http(s) origin', () => {
    expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow(/absolute http\(s\) origin/);
    expect(() => siteUrl({ SITE_URL: 'https://example.org/explainer/' })).toThrow(/no path/);
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/http\(s\) origin/);
  });
});

describe('the other helpers', () => {
  it('isPublishBuild(env) reads PUBLISH, where 0 and false mean no', () => {
    expect(isPublishBuild({})).toBe(false);
    expect(isPublishBuild({ PUBLISH: '0' })).toBe(false);
    expect(isPublishBuild({ PUBLISH: 'false' })).toBe(false);
    expect(isPublishBuild({ PUBLISH: '1' })).toBe(true);
  });

  it('isLocalOrigin(origin) knows the addresses that only mean this machine', () => {
    for (const origin of ['http://localhost:4321', 'http://127.0.0.1', 'http://[::1]:8080', 'http://x.localhost'])
      expect(isLocalOrigin(origin), origin).toBe(true);
    expect(isLocalOrigin('https://example.org')).toBe(false);
  });

  it('publicOrigin(env) is undefined for a local build', () => {
    expect(publicOrigin({})).toBeUndefined();
    expect(publicOrigin({ SITE_URL: 'https://example.org' })).toBe('https://example.org');
  });

  it('shortUrl(url) drops the scheme and "www."', () => {
    expect(shortUrl('https://www.example.org/charts/x/')).toBe('example.org/charts/x/');
  });

  it('originNotice(env) says a local build is local', () => {
    expect(originNotice({})).toMatch(/^local build: .*Not for publishing/);
    expect(originNotice({ SITE_URL: 'https://example.org' })).toMatch(/^build for https:\/\/example\.org/);
  });
});
