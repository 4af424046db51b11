import ts from 'typescript';

/**
 * Finds interface text written into the code instead of coming from
 * _locales: a string literal (or the fixed part of a template) with at least
 * one letter, in a place a person reads or hears it. Text without letters
 * (' · ', '×', '⏮') is language-neutral and allowed. A call in those places
 * (t('key'), message('key'), article.title) is not a literal and passes.
 */
export interface Finding {
  file: string;
  line: number;
  text: string;
  where: string;
}

export interface ScanStats {
  /** How many h(...) calls and interface sinks were looked at: a scan that sees nothing proves nothing. */
  hCalls: number;
  sinks: number;
}

// prettier-ignore
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt', 'label', 'ariaDescription', 'ariaValueText']);
// prettier-ignore
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'label']);
// prettier-ignore
const TEXT_METHODS = new Set(['append', 'prepend', 'replaceChildren', 'createTextNode', 'before', 'after', 'replaceWith', 'alert', 'confirm', 'prompt']);
const LETTER = /\p{L}/u;

export function findInterfaceLiterals(file: string, source: string, stats: ScanStats = { hCalls: 0, sinks: 0 }): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];

  /** The literal text an expression can evaluate to, through ?:, ||, ??, + and templates; calls and names are opaque. */
  const literals = (e: ts.Expression): string[] => {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
    if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.flatMap((s) => [...literals(s.expression), s.literal.text])];
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) return literals(e.expression);
    if (ts.isConditionalExpression(e)) return [...literals(e.whenTrue), ...literals(e.whenFalse)];
    if (
      ts.isBinaryExpression(e) &&
      [
        ts.SyntaxKind.PlusToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.AmpersandAmpersandToken,
      ].includes(e.operatorToken.kind)
    ) {
      return [...literals(e.left), ...literals(e.right)];
    }
    if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((x) => (ts.isSpreadElement(x) ? literals(x.expression) : literals(x)));
    return [];
  };
  const check = (e: ts.Expression, where: string) => {
    stats.sinks++;
    for (const text of literals(e)) {
      if (LETTER.test(text)) findings.push({ file, line: sf.getLineAndCharacterOfPosition(e.getStart()).line + 1, text, where });
    }
  };
  const propName = (n: ts.PropertyName) => (ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : '');
  const calleeName = (e: ts.Expression) => (ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : '');

  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      TEXT_PROPERTIES.has(node.left.name.text)
    ) {
      check(node.right, `.${node.left.name.text} =`);
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const [first, second] = node.arguments;
      if (name === 'h') {
        stats.hCalls++;
        const props = node.arguments[1];
        if (props && ts.isObjectLiteralExpression(props)) {
          for (const p of props.properties) {
            if (ts.isPropertyAssignment(p) && TEXT_ATTRIBUTES.has(propName(p.name))) check(p.initializer, `h() ${propName(p.name)}`);
          }
        }
        for (const child of node.arguments.slice(2)) check(ts.isSpreadElement(child) ? child.expression : child, 'h() child');
      } else if (name === 'setAttribute' && first && second && ts.isStringLiteral(first) && TEXT_ATTRIBUTES.has(first.text)) {
        check(second, `setAttribute('${first.text}')`);
      } else if (TEXT_METHODS.has(name)) {
        for (const arg of node.arguments) check(ts.isSpreadElement(arg) ? arg.expression : arg, `${name}()`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

/** Message keys the code asks for: t('key') and message('key'); `prefix_${x}` gives the prefix. */
export function findMessageKeys(source: string): { keys: string[]; prefixes: string[] } {
  const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const keys: string[] = [];
  const prefixes: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'message'].includes(node.expression.text)) {
      const arg = node.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) keys.push(arg.text);
      else if (arg && ts.isTemplateExpression(arg)) prefixes.push(arg.head.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { keys, prefixes };
}
