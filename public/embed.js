// Optional parent script for timeline embeds: sizes every <iframe data-timeline-embed> to its content.
// Frames are matched by window (event.source), never by origin: a sandboxed frame reports origin "null".
(function () {
  var frames = function () {
    return document.querySelectorAll('iframe[data-timeline-embed]');
  };
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow !== e.source) continue;
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
