// The content gate (src/integrations/content-gate.ts) is check-content run as an Astro integration:
// tested here, beside the checks it runs, on the fixtures of tests/fixtures/.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { contentGate } from '../../../src/integrations/content-gate.ts';
import { misquoteContentDir, validContentDir } from '../../fixtures/content-dir.ts';

type Setup = NonNullable<ReturnType<typeof contentGate>['hooks']['astro:config:setup']>;

/** Runs the gate's setup hook as Astro would, with only the logger it uses. */
function runGate(dir: string): string[] {
  const logged: string[] = [];
  const setup = contentGate(dir).hooks['astro:config:setup'] as Setup;
  const options = {
    logger: { info: (message: string) => logged.push(message) },
    config: { root: new URL('../../../', import.meta.url) },
  } as unknown as Parameters<Setup>[0];
  void setup(options);
  return logged;
}

describe('contentGate(dir)', () => {
  it('contentGate(dir) stops the build on a misquote, naming the file and the field', () => {
    expect(() => runGate(misquoteContentDir)).toThrowError(/nothing was built/);
    expect(() => runGate(misquoteContentDir)).toThrowError(
      /content-misquote\/figures\/misquoted\.yaml → mentions\[0\]\.quote: quote not found verbatim/,
    );
  });

  it('contentGate(dir) shows the closest passage of the archive in the refusal', () => {
    expect(() => runGate(misquoteContentDir)).toThrowError(/Closest passage: "[^"]*will produce just 4 percent/);
  });

  it('contentGate(dir) lets valid content through and says so', () => {
    const logged = runGate(validContentDir);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('content checked');
  });

  it('contentGate(dir) resolves its folder from the project root, not from the working directory', () => {
    const cwd = process.cwd();
    process.chdir(tmpdir());
    try {
      expect(runGate('tests/fixtures/content-valid')[0]).toContain('content checked');
      expect(() => runGate('tests/fixtures/content-misquote')).toThrowError(/nothing was built/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('contentGate(dir) refuses a folder that does not exist, naming every empty collection', () => {
    expect(() => runGate('tests/fixtures/no-such-content')).toThrowError(
      /no-such-content\/sources\/: the folder is missing or holds no \.mdx file: the site would have nothing to show/,
    );
  });
});
