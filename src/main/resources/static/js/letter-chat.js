// The chat panel of a letter: sends an instruction and shows the model's answer as it streams (Server-Sent
// Events over fetch), then reloads the page so the new version shows. Without JavaScript the form posts normally.
(function () {
  'use strict';
  if (window.katibLetterChat) {
    return;
  }
  window.katibLetterChat = true;

  function refresh(form) {
    var conversation = form.closest('.chat-conversation');
    var body = form.closest('.chat-body');
    if (conversation && body && window.htmx) {
      window.htmx.ajax('GET', '/letters/' + body.getAttribute('data-letter') + '/chat',
        {target: conversation, swap: 'innerHTML'});
    } else {
      window.location.reload();
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('chat-form') || !window.fetch
      || !window.katibSse) {
      return;
    }
    event.preventDefault();
    var progress = form.querySelector('.chat-progress');
    var stream = form.querySelector('.chat-stream');
    var error = form.querySelector('.chat-error');
    var button = form.querySelector('button[type=submit]');
    var csrf = form.querySelector('input[name=_csrf]');
    var headers = {'Accept': 'text/event-stream'};
    if (csrf) {
      headers['X-CSRF-TOKEN'] = csrf.value;
    }
    error.hidden = true;
    progress.hidden = false;
    stream.textContent = '';
    button.disabled = true;
    var finished = false;
    var produced = null;
    fetch(form.action, {method: 'POST', headers: headers, body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok || !response.body) {
          return response.json().then(function (problem) {
            throw new Error(problem.detail || problem.title);
          });
        }
        return window.katibSse.read(response, function (name, data) {
          if (name === 'chunk') {
            stream.textContent = (stream.textContent + data).slice(-400);
          } else if (name === 'version') {
            finished = true;
            produced = JSON.parse(data);
          } else if (name === 'failed') {
            finished = true;
            var problem = JSON.parse(data);
            throw new Error(problem.detail || problem.title);
          }
        });
      })
      .then(function () {
        if (produced) {
          // the stream has ended: show the new version
          var changed = new CustomEvent('katib:letter-version', {detail: produced, cancelable: true});
          var embedded = form.closest('[data-letter-page]');
          if (document.dispatchEvent(changed) && embedded) {
            // on the letter page: show the new version with the letter
            window.location.reload();
          } else {
            refresh(form);
          }
        }
      })
      .catch(function (failure) {
        progress.hidden = true;
        error.textContent = failure.message;
        error.hidden = false;
        button.disabled = false;
        window.setTimeout(function () { refresh(form); }, 4000);
      })
      .then(function () {
        if (!finished) {
          button.disabled = false;
        }
      });
  });
})();
