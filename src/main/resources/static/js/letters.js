/* Letters pages: the draft stream fills the preview sheet while the model writes. */
(() => {
  'use strict';

  // Closes whatever the text left open (a string, objects, arrays) so JSON.parse can read it.
  function close(text) {
    let inString = false;
    let escaped = false;
    const open = [];
    for (const c of text) {
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') open.push('}');
      else if (c === '[') open.push(']');
      else if (c === '}' || c === ']') open.pop();
    }
    let closed = text;
    if (inString) closed = (escaped ? closed.slice(0, -1) : closed) + '"';
    return closed + open.reverse().join('');
  }

  // The letter as far as the model has written it; the last, unfinished member is dropped until it can be read.
  function readPartial(text) {
    let candidate = text;
    for (let attempt = 0; attempt < 12 && candidate.length > 0; attempt++) {
      try {
        return JSON.parse(close(candidate));
      } catch (notYet) {
        const cut = Math.max(candidate.lastIndexOf(','), candidate.lastIndexOf('{'), candidate.lastIndexOf('['));
        if (cut < 0) return null;
        candidate = candidate.slice(0, candidate[cut] === ',' ? cut : cut + 1);
      }
    }
    return null;
  }

  const text = (value) => (typeof value === 'string' ? value : '');

  // Which part the honorific introduces, as AddresseeBlock does on the server.
  function head(addressee) {
    const honorific = text(addressee.honorific).trim();
    const order = /^(معالي|سعادة)/.test(honorific) ? ['jobTitle', 'name', 'organisation']
      : /^السادة/.test(honorific) ? ['organisation', 'name', 'jobTitle'] : ['name', 'jobTitle', 'organisation'];
    for (const key of order) {
      if (text(addressee[key]).trim()) return text(addressee[key]).trim();
    }
    return '';
  }

  function details(addressee) {
    const first = head(addressee);
    const lines = [];
    for (const key of ['jobTitle', 'name', 'organisation']) {
      const line = text(addressee[key]).trim();
      if (line && line !== first && !lines.includes(line)) lines.push(line);
    }
    return lines;
  }

  function setText(sheet, part, value) {
    sheet.querySelectorAll('[data-part="' + part + '"]').forEach((element) => { element.textContent = text(value); });
  }

  function setLines(sheet, part, lines, className) {
    const container = sheet.querySelector('[data-part="' + part + '"]');
    if (!container) return;
    container.replaceChildren(...lines.map((line) => {
      const paragraph = document.createElement('p');
      if (className) paragraph.className = className;
      paragraph.textContent = text(line);
      return paragraph;
    }));
  }

  function render(sheet, letter) {
    const addressee = letter.addressee || {};
    setText(sheet, 'subject', letter.subject);
    setText(sheet, 'addressee-line', (text(addressee.honorific).trim() + ' ' + head(addressee)).trim());
    setText(sheet, 'prayer', addressee.prayer);
    setLines(sheet, 'addressee-details', details(addressee), 'sheet-addressee-detail');
    setText(sheet, 'greeting', letter.greeting);
    setLines(sheet, 'paragraphs', Array.isArray(letter.paragraphs) ? letter.paragraphs : [], null);
    setText(sheet, 'closing', (letter.closing || {}).text);
    setText(sheet, 'signature-title', (letter.signature || {}).jobTitle);
    setText(sheet, 'signature-name', (letter.signature || {}).name);
  }

  function follow(preview) {
    const sheet = preview.querySelector('[data-sheet]');
    const status = document.querySelector('[data-draft-status]');
    let written = '';
    let finished = false;
    const source = new EventSource(preview.dataset.draftStream);
    const finish = (message, failed) => {
      finished = true;
      source.close();
      preview.removeAttribute('aria-busy');
      if (status) {
        status.textContent = message;
        status.classList.toggle('alert', failed);
      }
    };
    source.addEventListener('chunk', (event) => {
      written += event.data;
      const letter = readPartial(written);
      if (letter && sheet) render(sheet, letter);
    });
    // the model is asked once more: what it wrote so far no longer counts
    source.addEventListener('repairing', () => {
      written = '';
    });
    source.addEventListener('version', () => {
      finish(status ? status.dataset.written : '', false);
      window.location.reload();
    });
    source.addEventListener('failed', (event) => {
      let detail = '';
      try {
        detail = JSON.parse(event.data).detail || '';
      } catch (unreadable) {
        detail = '';
      }
      finish(((status ? status.dataset.failed : '') + ' ' + detail).trim(), true);
    });
    source.addEventListener('error', () => {
      if (!finished && source.readyState === EventSource.CLOSED) {
        finish(status ? status.dataset.lost : '', true);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-draft-stream]').forEach(follow);
  });
})();
