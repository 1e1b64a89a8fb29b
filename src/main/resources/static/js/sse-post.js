// Server-Sent Events read from the answer to a POST made with fetch (EventSource can only GET), for the chats:
// katibSse.read(response, onEvent) calls onEvent(name, data) for each event as it arrives, data being the event's
// data lines joined by newlines, and settles when the stream ends; an error thrown by onEvent rejects it.
// As in EventSource, an event without data is not dispatched and lines of other fields are ignored.
(function () {
  'use strict';
  if (window.katibSse) {
    return;
  }

  function events(buffer, onEvent) {
    var parts = buffer.split(/\r?\n\r?\n/);
    var rest = parts.pop();
    parts.forEach(function (block) {
      var name = 'message';
      var data = [];
      block.split(/\r?\n/).forEach(function (line) {
        if (line.indexOf('event:') === 0) {
          name = line.substring(6).trim();
        } else if (line.indexOf('data:') === 0) {
          data.push(line.substring(5));
        }
      });
      if (data.length) {
        onEvent(name, data.join('\n'));
      }
    });
    return rest;
  }

  window.katibSse = {
    read: function (response, onEvent) {
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function next() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            return;
          }
          buffer = events(buffer + decoder.decode(chunk.value, {stream: true}), onEvent);
          return next();
        });
      }
      return next();
    }
  };
})();
