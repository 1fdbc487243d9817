// A classic script, first in csp.html's <head>: it runs before anything else on the page,
// so it records every Content Security Policy violation, even one during parsing.
// test/csp.test.ts reads `window.cspViolations`; a person can read the console.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const violation = {
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : '',
    sample: event.sample,
  };
  window.cspViolations.push(violation);
  console.warn('CSP violation', violation);
});
