import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layout is the architecture: lib/ is exactly what ships to Lambda, its layers depend in one
 * direction, and tooling depends on lib/, never the reverse. These checks read the import graph.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(entry.name) ? [path] : [];
  });

const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every specifier a file imports: relative ones resolved to repository paths, packages as named. */
const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)].map(([, spec = '']) =>
    spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts') : spec,
  );

const reachableFrom = (entries: string[]): Set<string> => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of importsOf(file)) if (/^(lib|functions)\//.test(target)) visit(target);
  };
  entries.forEach(visit);
  return seen;
};

const lib = sourceFiles('lib');
const entries = sourceFiles('functions').filter((f) => !f.endsWith('-handler.ts'));

/** Test folders that are not one source file's unit tests: they run several parts, or serve others. */
const NOT_MIRRORED = /^test\/(integration|infra|architecture|support|security)\//;

/**
 * Unit tests not yet beside their source, each to move to its mirrored path (none left). The list
 * may only shrink: an entry whose file is gone fails the check.
 */
const UNMIRRORED_EXCEPTIONS: readonly string[] = [];

/**
 * The source file a unit test mirrors: test/lib/a/b.test.ts tests lib/a/b.ts, and a qualified
 * test/lib/a/b.property.test.ts (or .browser, .history, …) tests it too. Undefined when none exists.
 */
const mirroredSource = (testFile: string): string | undefined => {
  const stem = testFile.replace(/^test\//, '').replace(/\.test\.ts$/, '');
  const candidates = [stem, stem.replace(/\.[\w-]+$/, '')].map((s) => `${s}.ts`);
  return candidates.find((c) => existsSync(join(ROOT, c)));
};

describe('the layout', () => {
  it('ships every file in lib/ to a Lambda entry, and nothing else from the repository', () => {
    const shipped = reachableFrom(entries);
    expect(lib.filter((f) => !shipped.has(f))).toEqual([]);
    expect([...shipped].filter((f) => !/^(lib|functions)\//.test(f))).toEqual([]);
  });

  it('keeps lib/ and functions/ free of tooling imports', () => {
    const offenders = [...lib, ...sourceFiles('functions')].flatMap((file) =>
      importsOf(file)
        .filter((t) => /^(tools|bin|bench|infra|test|examples)\//.test(t))
        .map((t) => `${file} -> ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the domain pure: no AWS SDK, no Powertools, no file or network I/O', () => {
    const offenders = sourceFiles('lib/domain').flatMap((file) =>
      importsOf(file)
        .filter((t) => /^(@aws-sdk|@aws-lambda-powertools|@middy|node:(fs|http|https|net))/.test(t))
        .filter((t) => !t.startsWith('lib/domain/'))
        .map((t) => `${file} -> ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the domain import only the domain, and adapters never import use cases', () => {
    const offenders = [
      ...sourceFiles('lib/domain').flatMap((file) =>
        importsOf(file)
          .filter((t) => t.startsWith('lib/') && !t.startsWith('lib/domain/'))
          .map((t) => `${file} -> ${t}`),
      ),
      ...sourceFiles('lib/adapters').flatMap((file) =>
        importsOf(file)
          .filter((t) => /^lib\/(use-cases|wiring)\//.test(t))
          .map((t) => `${file} -> ${t}`),
      ),
    ];
    expect(offenders).toEqual([]);
  });

  it('lets use cases see only domain ports, never an adapter (values or types)', () => {
    const offenders = sourceFiles('lib/use-cases').flatMap((file) =>
      importsOf(file)
        .filter((t) => t.startsWith('lib/adapters/'))
        .map((t) => `${file} -> ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no source file that writes process.env', () => {
    const writes = /process\.env(\.\w+|\[[^\]]+\])\s*(\?\?=|\|\|=|=(?!=))|Object\.assign\(\s*process\.env/;
    const dirs = ['lib', 'functions', 'tools', 'bin', 'bench', 'infra', 'examples'];
    const offenders = dirs
      .flatMap(sourceFiles)
      .filter((f) => writes.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps every unit test at the path of the source file it tests, under test/', () => {
    const unitTests = sourceFiles('test').filter((f) => f.endsWith('.test.ts') && !NOT_MIRRORED.test(f));
    const misplaced = unitTests.filter((f) => !mirroredSource(f) && !UNMIRRORED_EXCEPTIONS.includes(f));
    expect(misplaced).toEqual([]);
    expect(UNMIRRORED_EXCEPTIONS.filter((f) => !unitTests.includes(f) || mirroredSource(f))).toEqual([]);
  });
});
