// Players from other sites load only when the reader asks: until the button is pressed the page has made no request
// to that site. The frame takes the still's place, at the same size, so nothing moves.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-player]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const box = button.closest<HTMLElement>('.media-player');
    if (!box) return;
    const frame = document.createElement('iframe');
    frame.className = 'media-frame';
    frame.src = button.dataset.player!;
    frame.title = button.dataset.playerTitle ?? '';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    box.replaceChildren(frame);
    box.classList.add('is-playing');
    frame.focus();
  });
}
