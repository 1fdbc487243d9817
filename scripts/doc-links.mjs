// Finds relative links in Markdown pages that lead nowhere: a file that does not exist, or a `#anchor`
// that no heading (or `<a id>`) of the target page produces. Links with a scheme (https:, mailto:)
// are not followed. Anchors are made as GitHub makes them from headings, so a link that passes here
// works on GitHub and in the package's Markdown.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Every broken relative link in `pages` (absolute paths of Markdown files), as sentences naming the
 * page, the line and the target. `root` is the repository, where a link starting with `/` points.
 */
export function brokenLinks(pages, root) {
  const anchorsOf = memoise((file) => anchors(readFileSync(file, 'utf8')));
  const problems = [];
  for (const page of pages) {
    const source = readFileSync(page, 'utf8');
    for (const { target, line } of links(source)) {
      const where = `${relative(root, page)}:${line}`;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const hash = target.indexOf('#');
      let path, anchor;
      try {
        path = decodeURI(hash === -1 ? target : target.slice(0, hash));
        anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
      } catch {
        problems.push(`${where}: ${target} is not a valid URL (a stray % sign?)`);
        continue;
      }
      const file = path === '' ? page : path.startsWith('/') ? join(root, path) : resolve(dirname(page), path);
      if (!existsSync(file)) {
        problems.push(`${where}: ${target} leads to ${relative(root, file)}, which does not exist`);
      } else if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).has(anchor)) {
        problems.push(`${where}: ${target} names #${anchor}, which no heading of ${relative(root, file)} makes`);
      }
    }
  }
  return problems;
}

/** The link targets of a Markdown text with their line numbers, code blocks and code spans left out. */
export function links(markdown) {
  const found = [];
  proseLines(markdown).forEach(({ text, line }) => {
    const prose = text.replace(/(`+)[^`]*?\1/g, '``');
    const patterns = [
      /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, // [text](target "title"), ![alt](src)
      /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g, // [label]: target
      /<(?:a|img)\b[^>]*?\s(?:href|src)="([^"]+)"/g, // <a href="…">, <img src="…">
    ];
    for (const pattern of patterns) {
      for (const match of prose.matchAll(pattern)) found.push({ target: match[1], line });
    }
  });
  return found;
}

/** The anchors a page offers: GitHub's heading ids (repeats get -1, -2…) and explicit `id`/`name` attributes. */
export function anchors(markdown) {
  const ids = new Set();
  const seen = new Map();
  for (const { text } of proseLines(markdown)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (heading) {
      const slug = slugOf(heading[1]);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      ids.add(count === 0 ? slug : `${slug}-${count}`);
    }
    for (const match of text.matchAll(/<a\b[^>]*?\s(?:id|name)="([^"]+)"/g)) ids.add(match[1]);
  }
  return ids;
}

/** GitHub's anchor for a heading: its text, lower case, punctuation dropped, spaces as hyphens. */
export function slugOf(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link counts by its text
    .replace(/`/g, '');
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The lines outside fenced code blocks, numbered from 1. */
function proseLines(markdown) {
  const lines = [];
  let fence;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (marker) {
      fence = marker;
    } else {
      lines.push({ text, line: index + 1 });
    }
  });
  return lines;
}

function memoise(compute) {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key);
  };
}
