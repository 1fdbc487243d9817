// Loaded by demo/csp.html as an external module: the page's CSP allows no inline script.
import '../src/define.js';
