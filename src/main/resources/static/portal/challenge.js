// Solves the ALTCHA proof-of-work challenge a portal form carries: find the number n (0..maxnumber) whose
// SHA-256(salt + n) is the challenge, then put the signed solution in the hidden field "altcha". The form waits for it.
(function () {
  'use strict';

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  async function solve(box) {
    var salt = box.dataset.salt;
    var challenge = box.dataset.challenge;
    var max = parseInt(box.dataset.maxnumber, 10);
    var encoder = new TextEncoder();
    for (var n = 0; n <= max; n++) {
      var digest = await crypto.subtle.digest('SHA-256', encoder.encode(salt + n));
      if (hex(digest) === challenge) {
        return btoa(JSON.stringify({
          algorithm: box.dataset.algorithm, challenge: challenge, number: n, salt: salt, signature: box.dataset.signature
        }));
      }
    }
    return null;
  }

  function start(form) {
    var box = form.querySelector('.challenge');
    if (!box) {
      return;
    }
    var field = box.querySelector('input[name="altcha"]');
    var state = box.querySelector('.challenge-state');
    var solution = solve(box).then(function (payload) {
      if (payload) {
        field.value = payload;
        state.textContent = state.dataset.done;
        form.dataset.solved = 'true';
      } else {
        state.textContent = state.dataset.failed;
      }
      return payload;
    });
    form.addEventListener('submit', function (event) {
      if (form.dataset.solved === 'true') {
        return;
      }
      event.preventDefault();
      solution.then(function (payload) {
        if (payload) {
          form.requestSubmit ? form.requestSubmit() : form.submit();
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-challenge-form]').forEach(start);
  });
})();
