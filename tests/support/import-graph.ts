import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { defaultTreeAdapter, parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import ts from 'typescript';

/** Whether a call's first argument names a module the code loads at run time. */
function isResolvingCall(callee: ts.Expression): boolean {
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === 'findPackageJSON';
  // require.resolve() and import.meta.resolve(), not path.resolve().
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'resolve' &&
    ((ts.isIdentifier(callee.expression) && callee.expression.text === 'require') ||
      ts.isMetaProperty(callee.expression))
  );
}

/** The package a bare specifier belongs to (`@scope/name/sub` is `@scope/name`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Specifiers a TypeScript or JavaScript module loads when it runs: type-only imports are erased. */
export function runtimeSpecifiers(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      if (isResolvingCall(node.expression)) found.push(node.arguments[0].text);
    } else if (ts.isStringLiteralLike(node) && /^node_modules\/[^./]/.test(node.text)) {
      // A path into an installed package, such as a font file read from disk.
      found.push(node.text.slice('node_modules/'.length));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function* scriptsIn(node: DefaultTreeAdapterTypes.ParentNode): Generator<string> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'script')
      yield child.childNodes.map((text) => (defaultTreeAdapter.isTextNode(text) ? text.value : '')).join('');
    yield* scriptsIn(child);
  }
}

/** An .astro component's code: its frontmatter (between the `---` fences) and its bundled <script>s. */
export function astroComponentCode(source: string): string[] {
  const fence = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const template = fence ? source.slice(fence[0].length) : source;
  return [...(fence ? [fence[1]!] : []), ...scriptsIn(parse(template))];
}

const codeExtensions = ['.ts', '.mts', '.js', '.mjs', '.astro'];

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return [base, ...codeExtensions.map((extension) => base + extension)].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Every package the build loads, with the first file that loads it: from
 * the given entry files and folders, following relative imports.
 */
export function packagesLoadedBy(root: string, entries: readonly string[]): Map<string, string> {
  return modulesLoadedBy(root, entries).packages;
}

/** The packages (with the first file loading each) and the project's own files that the entries load. */
export function modulesLoadedBy(
  root: string,
  entries: readonly string[],
): { packages: Map<string, string>; files: string[] } {
  const packages = new Map<string, string>();
  const queue = entries.flatMap((entry) => {
    const path = resolve(root, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
  const seen = new Set<string>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !codeExtensions.includes(extname(file))) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf-8');
    const code = extname(file) === '.astro' ? astroComponentCode(source) : [source];
    for (const specifier of code.flatMap((part) => runtimeSpecifiers(part, file))) {
      if (/^\.{1,2}\//.test(specifier)) {
        const target = resolveRelative(file, specifier);
        if (target) queue.push(target);
      } else if (!isBuiltin(specifier) && !specifier.startsWith('astro:')) {
        const name = packageOf(specifier);
        if (!packages.has(name)) packages.set(name, relative(root, file));
      }
    }
  }
  return { packages, files: [...seen].map((file) => relative(root, file)) };
}
