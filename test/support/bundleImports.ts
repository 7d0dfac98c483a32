/**
 * The modules a bundle loads at run time, read from its syntax tree: static `import`/`export
 * ... from`, `import()`, and calls of `require` or of a require made by `createRequire(...)`
 * (`createRequire(import.meta.url)("x")`, or a name bound to one), with a literal specifier.
 * A bundle meant to run without node_modules may load only Node's own modules.
 */
import { builtinModules } from 'node:module';
import ts from 'typescript';

export interface LoadedModule {
  specifier: string;
  /** 1-based line in the bundle. */
  line: number;
  how: 'import' | 'import()' | 'require';
}

export function runtimeLoads(code: string): LoadedModule[] {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const requireNames = new Set(['require']);
  // createRequire as the bundle imports it (`import { createRequire as a } from "node:module"`), and
  // names bound to its results (`const r = a(import.meta.url)`). A call of another function with
  // import.meta.url (`readFileSync(fileURLToPath(import.meta.url))`) makes no require.
  const createRequireNames = new Set(['createRequire']);
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !/^(node:)?module$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) if ((el.propertyName ?? el.name).text === 'createRequire') createRequireNames.add(el.name.text);
  }
  const isCreateRequireCall = (node: ts.Node): boolean => ts.isCallExpression(node) && node.arguments.length === 1 && ts.isIdentifier(node.expression) && createRequireNames.has(node.expression.text);
  const found: LoadedModule[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const stack: ts.Node[] = [file];
  const calls: ts.CallExpression[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, line: at(node), how: 'import' });
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isCreateRequireCall(node.initializer)) {
      requireNames.add(node.name.text);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && isCreateRequireCall(node.right)) {
      requireNames.add(node.left.text);
    } else if (ts.isCallExpression(node)) {
      calls.push(node);
    }
    node.forEachChild((child) => {
      stack.push(child);
    });
  }
  for (const call of calls) {
    const specifier = call.arguments[0];
    if (!specifier || !ts.isStringLiteralLike(specifier)) continue;
    const callee = call.expression;
    if (callee.kind === ts.SyntaxKind.ImportKeyword) found.push({ specifier: specifier.text, line: at(call), how: 'import()' });
    else if ((ts.isIdentifier(callee) && requireNames.has(callee.text)) || isCreateRequireCall(callee)) found.push({ specifier: specifier.text, line: at(call), how: 'require' });
  }
  return found.sort((a, b) => a.line - b.line);
}

const NODE_MODULES = new Set(builtinModules);

/** Loads of anything but Node's own modules (node:x, or a bare built-in name such as "fs"). */
export function packageLoads(code: string): LoadedModule[] {
  return runtimeLoads(code).filter((m) => !m.specifier.startsWith('node:') && !NODE_MODULES.has(m.specifier));
}
