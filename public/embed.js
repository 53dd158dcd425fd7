// Optional parent script for timeline embeds: sizes every <iframe data-timeline-embed> to its content.
// A message counts only if it comes from that very frame's window (event.source) and from the embed's own origin, or
// from "null" when the iframe is sandboxed without allow-same-origin (its origin is then opaque). So a page the
// frame was navigated to, or any other window, cannot resize it. The embed code pins this file with an integrity hash:
// change a byte and the hash in the code must change too (npm run build does it).
(function () {
  var frames = function () {
    return document.querySelectorAll('iframe[data-timeline-embed]');
  };
  var fromFrame = function (frame, origin) {
    var own;
    try {
      own = new URL(frame.src, location.href).origin;
    } catch {
      return false;
    }
    if (origin === own) return true;
    var sandbox = frame.getAttribute('sandbox');
    return origin === 'null' && sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox);
  };
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow !== e.source || !fromFrame(list[i], e.origin)) continue;
      var h = Number(d.height);
      if (isFinite(h) && h > 100 && h < 100000) list[i].style.height = Math.ceil(h) + 'px';
    }
  });
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    (function (f) {
      var ping = function () {
        if (f.contentWindow) f.contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
      };
      ping();
      f.addEventListener('load', ping);
    })(list[i]);
  }
})();
