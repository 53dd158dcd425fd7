// Print buttons (src/components/PrintButton.astro): print this page, or another page of the site loaded in a frame
// out of sight, with that page's own print styles.

/** Shows every print button in `root` and makes it print. Safe to call more than once. */
export function wirePrintButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    if (button.dataset.printReady) continue;
    button.dataset.printReady = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      const href = button.dataset.print;
      if (href) printPage(href);
      else window.print();
    });
  }
}

let frame: HTMLIFrameElement | undefined;

/** Loads `href` (a page of this site) into a frame out of sight and prints it once loaded. */
function printPage(href: string): void {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = '';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.addEventListener('load', () => frame?.contentWindow?.print(), { once: true });
  frame.src = href;
  document.body.append(frame);
}
