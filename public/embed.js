// Optional parent script for timeline embeds: sizes every <iframe data-timeline-embed> to its content, and lets the
// article talk to it (README, "Controlling an embed from the article"):
//   TimelineEmbed.on('select' | 'chapter' | 'view' | 'ready', function (value, frame) {})  what the reader chose
//   TimelineEmbed.send(frame, { type: 'timeline:chapter', id: 'khyra-ishaq' })             what the embed should show
// A message counts only if it comes from that very frame's window (event.source) and from the embed's own origin, or
// from "null" when the iframe is sandboxed without allow-same-origin (its origin is then opaque). So a page the
// frame was navigated to, or any other window, cannot resize it or speak for it. Messages sent wait until the embed
// says it is ready. The embed code pins this file with an integrity hash: change a byte and the hash in the code must
// change too (npm run build does it).
(function () {
  var frames = function () {
    return document.querySelectorAll('iframe[data-timeline-embed]');
  };
  var originOf = function (frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return undefined;
    }
  };
  var opaque = function (frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox);
  };
  var fromFrame = function (frame, origin) {
    var own = originOf(frame);
    return own !== undefined && (origin === own || (origin === 'null' && opaque(frame)));
  };
  var listeners = {};
  var ready = new WeakSet();
  var waiting = [];
  var emit = function (name, value, frame) {
    (listeners[name] || []).forEach(function (fn) {
      fn(value, frame);
    });
  };
  var post = function (frame, message) {
    var own = originOf(frame);
    // An opaque (sandboxed) frame can only be reached with '*'; any other only at the embed's own origin.
    if (frame.contentWindow && own) frame.contentWindow.postMessage(message, opaque(frame) ? '*' : own);
  };
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (f.contentWindow !== e.source || !fromFrame(f, e.origin)) continue;
      if (d.sentinel === 'amp' && d.type === 'embed-size') {
        var h = Number(d.height);
        if (isFinite(h) && h > 100 && h < 100000) f.style.height = Math.ceil(h) + 'px';
      } else if (d.type === 'timeline:ready') {
        ready.add(f);
        waiting = waiting.filter(function (w) {
          if (w[0] === f) post(f, w[1]);
          return w[0] !== f;
        });
        emit('ready', null, f);
      } else if (d.type === 'timeline:view' && typeof d.view === 'string') {
        emit('view', d.view, f);
      } else if (
        (d.type === 'timeline:select' || d.type === 'timeline:chapter') &&
        (d.id === null || typeof d.id === 'string')
      ) {
        emit(d.type.slice(9), d.id, f);
      }
    }
  });
  window.TimelineEmbed = {
    on: function (name, fn) {
      (listeners[name] = listeners[name] || []).push(fn);
    },
    send: function (frame, message) {
      if (ready.has(frame)) post(frame, message);
      else waiting.push([frame, message]);
    },
  };
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
