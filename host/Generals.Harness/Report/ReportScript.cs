namespace Generals.Harness.Report;

/// <summary>
/// The report's inline script: fits the diagram to the window, zooms (wheel) and pans (drag) by changing one transform,
/// shows a time window typed in, draws the time axis, and zooms to a witness line's time when it names one ("1234 ms").
/// </summary>
public static class ReportScript
{
    public const string Js = """
(function () {
  var plot = document.getElementById('plot'); if (!plot) return;
  var view = document.getElementById('view'), axis = document.getElementById('axis');
  var first = +plot.dataset.start, last = +plot.dataset.end, from = first, until = last;
  var height = +plot.getAttribute('height');
  var ns = 'http://www.w3.org/2000/svg';
  function width() { return Math.max(100, plot.parentNode.clientWidth - 92); }
  function show(a, b) {
    if (!(b > a)) return;
    from = a; until = b; var w = width(); plot.setAttribute('width', w);
    view.setAttribute('transform', 'scale(' + (w / (b - a)) + ',1) translate(' + (-a) + ',0)');
    document.getElementById('from').value = Math.round(a); document.getElementById('until').value = Math.round(b);
    while (axis.firstChild) axis.removeChild(axis.firstChild);
    var step = Math.pow(10, Math.floor(Math.log10((b - a) / 5))); if ((b - a) / step > 12) step *= 2;
    for (var t = Math.ceil(a / step) * step; t <= b; t += step) {
      var x = (t - a) * w / (b - a), tick = document.createElementNS(ns, 'line'), label = document.createElementNS(ns, 'text');
      tick.setAttribute('x1', x); tick.setAttribute('x2', x); tick.setAttribute('y1', height - 20); tick.setAttribute('y2', height - 14);
      label.setAttribute('x', x + 2); label.setAttribute('y', height - 4); label.textContent = t + ' ms';
      axis.appendChild(tick); axis.appendChild(label);
    }
  }
  function at(clientX) { var r = plot.getBoundingClientRect(); return from + (clientX - r.left) * (until - from) / r.width; }
  plot.addEventListener('wheel', function (e) {
    e.preventDefault(); var t = at(e.clientX), k = e.deltaY > 0 ? 1.25 : 0.8;
    show(t - (t - from) * k, t + (until - t) * k);
  }, { passive: false });
  var dragX = null;
  plot.addEventListener('mousedown', function (e) { dragX = e.clientX; });
  window.addEventListener('mouseup', function () { dragX = null; });
  window.addEventListener('mousemove', function (e) {
    if (dragX === null) return; var dt = (e.clientX - dragX) * (until - from) / plot.getBoundingClientRect().width;
    dragX = e.clientX; show(from - dt, until - dt);
  });
  document.getElementById('apply').addEventListener('click', function () {
    show(+document.getElementById('from').value, +document.getElementById('until').value);
  });
  document.getElementById('reset').addEventListener('click', function () { show(first, last); });
  window.addEventListener('resize', function () { show(from, until); });
  document.querySelectorAll('.witness div').forEach(function (d) {
    var m = /(\d+) ?ms\b/.exec(d.textContent); if (!m) return;
    d.className = 'at'; d.title = 'show ' + m[1] + ' ms in the diagram';
    d.addEventListener('click', function () {
      var t = +m[1], half = Math.max(50, (last - first) / 40); show(t - half, t + half); plot.scrollIntoView();
    });
  });
  show(first, last);
})();
""";
}
