// The shared behaviour of every page: the navigation folds behind a menu button on narrow screens,
// and a form or button with data-confirm asks before it does something that cannot be undone.
document.addEventListener('DOMContentLoaded', () => {
  const header = document.querySelector('.site-header');
  const toggle = document.querySelector('.nav-toggle');
  if (header && toggle) {
    header.classList.add('nav-ready');
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const open = header.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', String(open));
    });
  }
});

document.addEventListener('submit', (event) => {
  const question = event.submitter?.dataset.confirm || event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// A page that follows server-sent events (htmx's sse extension) loads again when the stream says its subject
// stopped: a batch run's page then shows its rows' letters and the buttons that now apply.
document.addEventListener('htmx:sseOpen', (event) => {
  const source = event.detail?.source;
  if (source && !source.katibStopped) {
    source.katibStopped = true;
    source.addEventListener('stopped', () => {
      source.close();
      window.location.reload();
    });
  }
});
