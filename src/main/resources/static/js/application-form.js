// Checks the identity number as it is typed, with the same rules as the server (intake's IdentityNumbers:
// GB 11643 resident ID check digit, GB 32100 unified social credit code), and shows only the dates the channel needs.
(function () {
  'use strict';
  var RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  var RESIDENT_CHECK = '10X98765432';
  var CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  var CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

  function isValidResidentId(number, today) {
    if (!/^\d{17}[\dX]$/.test(number)) { return false; }
    var year = parseInt(number.substring(6, 10), 10);
    var month = parseInt(number.substring(10, 12), 10);
    var day = parseInt(number.substring(12, 14), 10);
    var birth = new Date(Date.UTC(year, month - 1, day));
    if (birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) { return false; }
    if (year < 1900 || number.substring(6, 14) > today.replace(/-/g, '')) { return false; }
    var sum = 0;
    for (var i = 0; i < 17; i++) { sum += (number.charCodeAt(i) - 48) * RESIDENT_WEIGHTS[i]; }
    return RESIDENT_CHECK.charAt(sum % 11) === number.charAt(17);
  }

  function isValidCreditCode(code) {
    if (code.length !== 18) { return false; }
    var sum = 0;
    for (var i = 0; i < 17; i++) {
      var value = CREDIT_CHARS.indexOf(code.charAt(i));
      if (value < 0) { return false; }
      sum += value * CREDIT_WEIGHTS[i];
    }
    return CREDIT_CHARS.charAt((31 - sum % 31) % 31) === code.charAt(17);
  }

  function checkIdNumber() {
    var input = document.getElementById('f-applicant-idNumber');
    var type = document.getElementById('f-applicant-idDocumentType');
    var out = document.getElementById('id-check');
    if (!input || !type || !out) { return; }
    var number = input.value.trim().toUpperCase();
    var ok = null;
    var messages = null;
    if (type.value === 'RESIDENT_ID_CARD') {
      ok = isValidResidentId(number, input.dataset.today);
      messages = [input.dataset.msgResidentOk, input.dataset.msgResidentBad];
    } else if (type.value === 'UNIFIED_SOCIAL_CREDIT_CODE') {
      ok = isValidCreditCode(number);
      messages = [input.dataset.msgCreditOk, input.dataset.msgCreditBad];
    }
    if (ok === null || number.length === 0) {
      out.textContent = '';
      out.className = 'live-check';
      return;
    }
    out.textContent = ok ? messages[0] : messages[1];
    out.className = 'live-check ' + (ok ? 'ok' : 'bad');
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
  }

  function showChannelDates() {
    var channel = document.getElementById('f-channel');
    if (!channel) { return; }
    document.querySelectorAll('[data-channels]').forEach(function (box) {
      var used = !channel.value || box.dataset.channels.split(' ').indexOf(channel.value) >= 0;
      box.hidden = !used;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var input = document.getElementById('f-applicant-idNumber');
    var type = document.getElementById('f-applicant-idDocumentType');
    var channel = document.getElementById('f-channel');
    if (input) { input.addEventListener('input', checkIdNumber); }
    if (type) { type.addEventListener('change', checkIdNumber); }
    if (channel) { channel.addEventListener('change', showChannelDates); }
    showChannelDates();
    if (input && input.value) { checkIdNumber(); }
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  });
})();
