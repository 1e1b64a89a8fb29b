// The assistant's chat page: a question, a retry or a confirmation is posted with fetch and its turn read as
// Server-Sent Events, drawing the answer's text as it comes and a card for each tool call; Stop asks the server to
// end the turn. When the turn ends the page is loaded again, as the server keeps it. Without JavaScript the forms
// post normally. Everything the model or a tool wrote is set as text, never as markup.
(function () {
  'use strict';
  if (window.katibAssistantChat) {
    return;
  }
  window.katibAssistantChat = true;

  function Turn(chat) {
    this.chat = chat;
    this.list = chat.querySelector('.chat-messages');
    this.templates = chat.querySelector('template.assistant-templates').content;
    this.labels = JSON.parse(chat.getAttribute('data-tool-labels') || '{}');
    this.cards = {};
    this.answer = null;
  }

  Turn.prototype.entry = function (selector) {
    var entry = this.templates.querySelector(selector).cloneNode(true);
    this.list.hidden = false;
    this.list.appendChild(entry);
    return entry;
  };

  Turn.prototype.question = function (text) {
    this.entry('.chat-user').querySelector('.chat-text').textContent = text;
  };

  Turn.prototype.assistant = function () {
    if (!this.answer) {
      this.answer = this.entry('.chat-assistant');
    }
    return this.answer;
  };

  Turn.prototype.text = function (piece) {
    var text = this.assistant().querySelector('.chat-text');
    text.textContent = text.textContent + piece;
  };

  Turn.prototype.card = function (id, name, args) {
    if (this.cards[id]) {
      return this.cards[id];
    }
    var card = this.templates.querySelector('.tool-card').cloneNode(true);
    var label = this.labels[name];
    card.querySelector('.tool-label').textContent = label || '';
    card.querySelector('.tool-label').hidden = !label;
    card.querySelector('.tool-name').textContent = name;
    card.querySelector('.tool-name').hidden = !!label;
    card.querySelector('.tool-arguments pre').textContent = args;
    this.assistant().appendChild(card);
    this.cards[id] = card;
    return card;
  };

  Turn.prototype.finished = function (id, name, result) {
    var card = this.card(id, name, '');
    var details = card.querySelector('.tool-result');
    details.querySelector('pre').textContent = result;
    details.hidden = false;
  };

  Turn.prototype.waiting = function (id, name, args) {
    var card = this.card(id, name, args);
    card.querySelector('.tool-waiting').hidden = false;
    card.querySelector('.tool-arguments').open = true;
  };

  function busy(chat, running) {
    chat.querySelectorAll('form.assistant-turn').forEach(function (form) {
      form.hidden = running;
    });
    chat.querySelector('.assistant-stop').hidden = !running;
    chat.querySelector('.assistant-progress').hidden = !running;
    chat.querySelectorAll('.chat-suggestion').forEach(function (group) {
      group.hidden = running;
    });
  }

  function csrf(form) {
    var token = form.querySelector('input[name=_csrf]');
    return token ? {'X-CSRF-TOKEN': token.value} : {};
  }

  function stream(chat, form, body) {
    var turn = new Turn(chat);
    var question = body.get('question');
    if (question) {
      turn.question(question);
    }
    var empty = chat.querySelector(':scope > .chat-note');
    if (empty) {
      empty.hidden = true;
    }
    chat.querySelector('.assistant-failed').hidden = true;
    busy(chat, true);
    var headers = csrf(form);
    headers.Accept = 'text/event-stream';
    var ended = null;
    return fetch(form.action, {method: 'POST', headers: headers, body: body, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok || !response.body) {
          throw new Error('HTTP ' + response.status);
        }
        return window.katibSse.read(response, function (name, text) {
          var data = JSON.parse(text);
          if (name === 'text') {
            turn.text(data.text);
          } else if (name === 'tool-started') {
            turn.card(data.id, data.name, data.arguments);
          } else if (name === 'tool-finished') {
            turn.finished(data.id, data.name, data.result);
          } else if (name === 'tool-waiting') {
            turn.waiting(data.callId, data.tool, data.arguments);
          } else if (name === 'end') {
            ended = data;
          } else if (name === 'problem') {
            throw new Error(data.detail || data.title);
          }
        });
      })
      .then(function () {
        if (!ended) {
          throw new Error('The stream ended before the turn');
        }
        // the page as the server keeps the conversation, with why the turn stopped when it did
        var page = chat.getAttribute('data-page');
        window.location.assign(ended.outcome === 'STOPPED' ? page + '?stopped=' + encodeURIComponent(ended.reason)
          : page);
      })
      .catch(function () {
        busy(chat, false);
        chat.querySelector('.assistant-failed').hidden = false;
      });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var chat = form instanceof HTMLFormElement ? form.closest('[data-assistant-chat]') : null;
    if (!chat || !window.fetch || !window.TextDecoder || !window.katibSse) {
      return;
    }
    if (form.classList.contains('assistant-stop')) {
      event.preventDefault();
      form.querySelector('button').disabled = true;
      fetch(form.action, {method: 'POST', headers: csrf(form), body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin', redirect: 'manual'});
      return;
    }
    if (!form.classList.contains('assistant-turn')) {
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.set(event.submitter.name, event.submitter.value);
    }
    stream(chat, form, new URLSearchParams(data));
  });
})();
