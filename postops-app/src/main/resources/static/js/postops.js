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
