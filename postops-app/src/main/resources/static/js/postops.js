// PostOps pages work without this file; it only adds confirmations, clearer htmx failures and the like.
// Loaded as a file because the content security policy allows no inline script.
(function () {
  'use strict';

  // <form data-confirm="Remove Ann from the team?"> asks before submitting.
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // <button data-copy="some-input-id"> copies that field (a new API token) to the clipboard.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
      return;
    }
    field.select();
    var done = function () { button.textContent = 'Copied'; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });

  // The account and support desk menus are <details>: close them on Escape or a click elsewhere, as menus do.
  var MENUS = 'details.account-menu, details.nav-menu';
  function closeMenus(except) {
    document.querySelectorAll('details.account-menu[open], details.nav-menu[open]').forEach(function (menu) {
      if (menu !== except) {
        menu.removeAttribute('open');
      }
    });
  }
  document.addEventListener('click', function (event) {
    closeMenus(event.target.closest ? event.target.closest(MENUS) : null);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      var open = document.querySelector('details.account-menu[open], details.nav-menu[open]');
      if (open) {
        open.removeAttribute('open');
        open.querySelector('summary').focus();
      }
    }
  });

  // A Gantt chart wider than its box opens scrolled to today (data-scroll-to: the today line's x).
  document.querySelectorAll('.gantt-scroll[data-scroll-to]').forEach(function (box) {
    var x = parseFloat(box.getAttribute('data-scroll-to'));
    if (!isNaN(x) && box.scrollWidth > box.clientWidth) {
      box.scrollLeft = Math.max(0, x - box.clientWidth / 3);
    }
  });

  // People's load: a tapped or focused cell lists its details under the grid (a hover shows its title;
  // a tablet has no hover).
  function showLoad(cell) {
    var panel = document.getElementById('load-detail');
    if (!panel || !cell.getAttribute('title')) {
      return;
    }
    panel.textContent = cell.getAttribute('title');
    panel.hidden = false;
  }
  document.addEventListener('focusin', function (event) {
    var cell = event.target.closest && event.target.closest('.load-grid td[tabindex]');
    if (cell) {
      showLoad(cell);
    }
  });
  document.addEventListener('click', function (event) {
    var cell = event.target.closest && event.target.closest('.load-grid td[tabindex]');
    if (cell) {
      showLoad(cell);
    }
  });

  // Uploading a media file (the delivery page, decision 0030). The file's bytes are the request's body, as the
  // API takes them — never a multipart form — sent to the pages' door of the same upload with the session and
  // the CSRF header htmx uses. Shows percent, MB/s and time left, offers Cancel (a button: tablets have no
  // hover), says the server's reason when it refuses, and refreshes the page's lists when the file is in.
  function csrfHeaders() {
    try {
      return JSON.parse(document.body.getAttribute('hx-headers') || '{}');
    } catch (e) {
      return {};
    }
  }

  // The same words as the server's Formats: "1.2 GB", "350 MB/s", "about 20 s", "about 1 h 10 min".
  function bytesWords(n) {
    if (n < 1000) {
      return n + ' B';
    }
    var units = ['kB', 'MB', 'GB', 'TB', 'PB'];
    var v = n;
    var u = -1;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return (v < 10 ? v.toFixed(1) : v.toFixed(0)) + ' ' + units[u];
  }

  function speedWords(bytesPerSecond) {
    var mb = bytesPerSecond / 1e6;
    return (mb < 10 ? mb.toFixed(1) : mb.toFixed(0)) + ' MB/s';
  }

  function timeLeftWords(seconds) {
    if (seconds < 60) {
      return 'about ' + Math.max(1, Math.round(seconds)) + ' s left';
    }
    var minutes = Math.ceil(seconds / 60);
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    return 'about ' + (h === 0 ? m + ' min' : h + ' h' + (m === 0 ? '' : ' ' + m + ' min')) + ' left';
  }

  // What the page says when the server refuses: its problem details, in the form's words.
  var UPLOAD_FIELDS = { fileName: 'The file\'s name', label: 'What it is', deliverableId: 'Deliverable',
    volumeId: 'Volume', folder: 'Folder' };
  function refusal(xhr, file) {
    var problem = null;
    try {
      problem = JSON.parse(xhr.responseText);
    } catch (e) {
      problem = null;
    }
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) {
        if (e.field === 'body') {
          return file.name + (e.message.indexOf('is ') === 0 ? ' ' : ': ') + e.message + '.';
        }
        return (UPLOAD_FIELDS[e.field] || e.field) + ': ' + e.message + '.';
      }).join(' ');
    }
    if (problem && problem.detail) {
      return problem.detail.charAt(0).toUpperCase() + problem.detail.slice(1) + (/[.!?]$/.test(problem.detail) ? '' : '.');
    }
    if (xhr.responseURL && new URL(xhr.responseURL).pathname.endsWith('/login')) {
      return 'You are no longer signed in. Sign in again, then upload the file again.';
    }
    if (xhr.status === 401 || xhr.status === 403) {
      return 'The upload was refused (' + xhr.status + '). Reload the page and try again.';
    }
    return xhr.status >= 500
      ? 'Something went wrong on the server and has been logged. Nothing was saved; try again.'
      : 'The upload did not work (' + xhr.status + '). Nothing was saved; reload the page and try again.';
  }

  function refreshLists(form) {
    var url = form.getAttribute('data-refresh-url');
    if (window.htmx && document.getElementById('delivery-lists')) {
      window.htmx.ajax('GET', url, { target: '#delivery-lists', select: '#delivery-lists', swap: 'outerHTML' });
    } else {
      window.location.reload();
    }
  }

  var uploading = null;
  window.addEventListener('beforeunload', function (event) {
    if (uploading) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  function startUpload(form) {
    var input = form.querySelector('input[type="file"]');
    var file = input.files && input.files[0];
    var part = function (name) { return form.querySelector('[data-upload-' + name + ']'); };
    var progress = part('progress');
    var bar = progress.querySelector('progress');
    var figures = part('figures');
    var error = part('error');
    var done = part('done');
    var start = part('start');
    error.hidden = true;
    done.hidden = true;
    if (!file || uploading) {
      return;
    }
    var max = Number(form.getAttribute('data-max-bytes'));
    if (max > 0 && file.size > max) {
      error.textContent = file.name + ' is larger than ' + form.getAttribute('data-max-words')
        + ', the most this server takes (postops.assets.max-upload). Nothing was sent.';
      error.hidden = false;
      return;
    }
    var query = new URLSearchParams();
    query.set('fileName', file.name);
    var label = form.querySelector('[name="label"]').value.trim();
    if (label) {
      query.set('label', label);
    }
    var deliverable = form.querySelector('[name="deliverableId"]').value;
    if (deliverable) {
      query.set('deliverableId', deliverable);
    }
    var xhr = new XMLHttpRequest();
    uploading = xhr;
    xhr.open('POST', form.getAttribute('data-upload-url') + '?' + query.toString());
    var headers = csrfHeaders();
    Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    var began = Date.now();
    bar.value = 0;
    bar.textContent = '0 %';
    figures.textContent = '0 % · starting…';
    progress.hidden = false;
    start.disabled = true;
    part('cancel').disabled = false;
    part('cancel').onclick = function () { xhr.abort(); };
    var end = function () {
      uploading = null;
      progress.hidden = true;
      start.disabled = false;
    };
    xhr.upload.onprogress = function (event) {
      if (!event.lengthComputable || event.total === 0) {
        return;
      }
      var percent = Math.floor(event.loaded * 100 / event.total);
      var seconds = Math.max(0.001, (Date.now() - began) / 1000);
      var speed = event.loaded / seconds;
      bar.value = percent;
      bar.textContent = percent + ' %';
      figures.textContent = percent + ' % · ' + bytesWords(event.loaded) + ' of ' + bytesWords(event.total)
        + (speed > 0 ? ' · ' + speedWords(speed) : '')
        + (speed > 0 && event.loaded < event.total ? ' · ' + timeLeftWords((event.total - event.loaded) / speed) : '');
    };
    xhr.upload.onload = function () {
      bar.value = 100;
      figures.textContent = '100 % · ' + bytesWords(file.size) + ' sent · probing ' + file.name + '…';
      part('cancel').disabled = true; // it is in: the server is reading its headers
    };
    xhr.onload = function () {
      end();
      if (xhr.status === 201) {
        var asset = null;
        try {
          asset = JSON.parse(xhr.responseText);
        } catch (e) {
          asset = null;
        }
        done.textContent = (asset && asset.label ? asset.label : file.name) + ' is in and probed'
          + (asset && asset.deliverableName ? ', attached to ' + asset.deliverableName : '')
          + '. Run a QC from the list of files.';
        done.hidden = false;
        form.reset();
        refreshLists(form);
      } else {
        error.textContent = refusal(xhr, file);
        error.hidden = false;
      }
    };
    xhr.onerror = function () {
      end();
      error.textContent = 'The upload of ' + file.name + ' did not reach its end (the connection was lost, or the '
        + 'server refused it before reading it all). Nothing was saved; try again.';
      error.hidden = false;
    };
    xhr.onabort = function () {
      end();
      done.textContent = 'Upload of ' + file.name + ' cancelled. Nothing was saved.';
      done.hidden = false;
    };
    xhr.send(file);
  }

  document.querySelectorAll('form[data-upload]').forEach(function (form) {
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      startUpload(form);
    });
  });

  function say(text) {
    var area = document.getElementById('problem');
    if (area) {
      area.innerHTML = '';
      var box = document.createElement('div');
      box.className = 'problem';
      box.textContent = text;
      area.appendChild(box);
    }
  }

  // A partial update must never paste a whole page (the sign-in page after the session ended, or the
  // server's error page) into a corner of this one.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var url = xhr.responseURL ? new URL(xhr.responseURL) : null;
    if (url && url.pathname.endsWith('/login')) {
      event.detail.shouldSwap = false;
      window.location.assign(url.href);
      return;
    }
    if (event.detail.isError && !xhr.getResponseHeader('HX-Retarget')) {
      event.detail.shouldSwap = false;
      say(xhr.status >= 500
        ? 'Something went wrong on the server and has been logged. Reload the page and try again.'
        : 'That did not work (' + xhr.status + '). Reload the page and try again.');
    }
  });

  document.addEventListener('htmx:sendError', function () {
    say('PostOps could not be reached. Check the connection and try again.');
  });

  // Clear an old message once something has worked.
  document.addEventListener('htmx:afterSwap', function (event) {
    var area = document.getElementById('problem');
    if (area && !event.detail.isError && event.detail.target !== area) {
      area.innerHTML = '';
    }
  });
})();
