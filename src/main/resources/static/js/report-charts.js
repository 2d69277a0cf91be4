// Draws the annual report's two charts with ECharts from the JSON the page carries in data-chart; the tables below
// hold the same numbers for everyone who cannot see the charts.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.echarts === 'undefined') { return; }
    document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
      var data = JSON.parse(element.dataset.chart);
      var chart = window.echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: data.labels, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
        series: [{ type: 'bar', data: data.values, itemStyle: { color: '#0b5cad' }, label: { show: true, position: 'right' } }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
      element.dataset.rendered = 'true';
    });
  });
})();
