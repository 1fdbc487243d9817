// IBM's accessibility checker (accessibility-checker-engine), run in the page beside axe. Its `ace.js` is a
// classic script that declares a global, so it is loaded once by a script tag served from node_modules.

/** One finding of the checker, as much of it as a failure message needs. */
export interface IbmResult {
  ruleId: string;
  reasonId: string;
  /** [what kind of rule, the outcome]: ['VIOLATION', 'FAIL'] is a violation. */
  value: [string, string];
  message: string;
  path: { dom: string };
  snippet: string;
}

interface AceChecker {
  check(target: Element | Document, rulesets: string[]): Promise<{ results: IbmResult[] }>;
}

declare global {
  interface Window {
    ace?: { Checker: new () => AceChecker };
  }
}

let loading: Promise<void> | undefined;

function loadChecker(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('accessibility-checker-engine/ace.js could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/** The rule set checked: WCAG 2.2 A and AA, as the checker's rule sets name it. */
export const IBM_RULESET = 'WCAG_2_2';

/** What the checker calls a violation (level 'violation': a rule that must pass, and failed) in `target`. */
export async function ibmViolations(target: Element): Promise<IbmResult[]> {
  await loadChecker();
  const report = await new window.ace!.Checker().check(target, [IBM_RULESET]);
  return report.results.filter(({ value }) => value[0] === 'VIOLATION' && value[1] === 'FAIL');
}

/** One line per violation, for a failure message a person can act on. */
export function describeViolations(results: IbmResult[]): string[] {
  return results.map((result) => `${result.ruleId} (${result.reasonId}): ${result.message} at ${result.snippet}`);
}
