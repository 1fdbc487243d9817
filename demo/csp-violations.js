// A classic script, first in the <head> of csp.html and bundle-csp.html: it runs before anything
// else on the page, so it records every Content Security Policy violation, even one during parsing.
// test/csp.test.ts and test/bundle.test.ts read `window.cspViolations`; a person can read the console.
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
