// Draws the case's process model with bpmn-js (viewer only) and marks the steps the case is at now.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('diagram');
    if (!container || typeof window.BpmnJS !== 'function') { return; }
    var viewer = new window.BpmnJS({ container: container });
    fetch(container.dataset.xmlUrl, { credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        (container.dataset.current || '').split(',').filter(Boolean).forEach(function (id) {
          if (registry.get(id)) { canvas.addMarker(id, 'current-step'); }
        });
        container.dataset.rendered = 'true';
      })
      .catch(function (error) {
        container.dataset.rendered = 'failed';
        container.textContent = String(error && error.message || error);
      });
  });
})();
