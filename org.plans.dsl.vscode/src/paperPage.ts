/**
 * The server's pages are made for paper (`color-scheme: light`) and leave the page's own
 * background and text colour unset; a webview's default style gives them the editor theme's,
 * which in a dark theme puts light text on the pages' light table headings. This puts the page
 * on white with dark text, after the webview's default style so it wins.
 */
export const PAPER_STYLE = '<style>html, body { background-color: #fff; color: #0b0c0c; }</style>';

export function onPaper(html: string): string {
  const head = /<\/head\s*>/i.exec(html);
  if (head) {
    return html.slice(0, head.index) + PAPER_STYLE + html.slice(head.index);
  }
  return PAPER_STYLE + html;
}
