/**
 * Once the welcome page is written into index.html, the first paint needs
 * the HTML and the stylesheet only. A module script never blocks a paint,
 * but Chromium still fetches it at high priority, beside the stylesheet, and
 * tools that estimate a slow phone (Lighthouse's simulation) take a
 * high-priority script that arrived before the paint for one the paint
 * waited for. `fetchpriority="low"` says what is true here: the stylesheet
 * first, the script (and the modules it preloads) after. The stylesheet is
 * also placed before them, so it is asked for first.
 */

const moduleTag = /<script\b[^>]*\btype="module"[^>]*><\/script>\s*/g;
const preloadTag = /<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g;
const stylesheetTag = /<link\b[^>]*\brel="stylesheet"[^>]*>\s*/g;

/** Adds fetchpriority="low" to a tag that states no priority of its own. */
function lowered(tag: string): string {
  if (/\bfetchpriority=/.test(tag)) return tag;
  return tag.replace(/^<(script|link)\b/, '<$1 fetchpriority="low"');
}

/** The head's module scripts and preloads, lowered, after its stylesheets. */
export function scriptsAfterFirstPaint(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) throw new Error('index.html has no </head>');
  const head = html.slice(0, headEnd);
  const scripts: string[] = [];
  const rest = head.replace(moduleTag, take(scripts)).replace(preloadTag, take(scripts));
  if (scripts.length === 0) return html;
  // Without a stylesheet there is nothing to let go first: only the priority changes.
  const lastSheet = [...rest.matchAll(stylesheetTag)].at(-1);
  const at = lastSheet ? lastSheet.index + lastSheet[0].trimEnd().length : rest.trimEnd().length;
  const moved = scripts.map((tag) => `\n    ${lowered(tag.trim())}`).join('');
  return `${rest.slice(0, at)}${moved}${rest.slice(at)}${html.slice(headEnd)}`;
}

/** A replacer that keeps each tag it removes, in order. */
function take(into: string[]): (tag: string) => string {
  return (tag) => {
    into.push(tag);
    return '';
  };
}
