namespace Generals.Harness.Report;

/// <summary>
/// The report's inline script: fits every plot (the diagram, the detector timeline) to the window and moves them
/// together: wheel zooms, drag pans, a typed time window shows that window, each by changing one transform per plot; it
/// draws the time axes, and zooms to a witness line's time when it names one ("t=1234", else "1234 ms") or to an agreement row's
/// decisions. A frame's hover text is written when the pointer first reaches it, from its data attributes (its ends from its rows).
/// </summary>
public static class ReportScript
{
    public const string Js = """
(function () {
  var plots = document.querySelectorAll('svg.plot'); if (!plots.length) return;
  var first = +plots[0].dataset.start, last = +plots[0].dataset.end, from = first, until = last;
  var ns = 'http://www.w3.org/2000/svg';
  function width(plot) { return Math.max(100, plot.parentNode.clientWidth - 92); }
  function axis(plot, a, b, w) {
    var g = plot.querySelector('g.axis'), height = +plot.getAttribute('height');
    while (g.firstChild) g.removeChild(g.firstChild);
    var step = Math.pow(10, Math.floor(Math.log10((b - a) / 5))); if ((b - a) / step > 12) step *= 2;
    for (var t = Math.ceil(a / step) * step; t <= b; t += step) {
      var x = (t - a) * w / (b - a), tick = document.createElementNS(ns, 'line'), label = document.createElementNS(ns, 'text');
      tick.setAttribute('x1', x); tick.setAttribute('x2', x); tick.setAttribute('y1', height - 20); tick.setAttribute('y2', height - 14);
      label.setAttribute('x', x + 2); label.setAttribute('y', height - 4); label.textContent = t + ' ms';
      g.appendChild(tick); g.appendChild(label);
    }
  }
  function show(a, b) {
    if (!(b > a)) return;
    from = a; until = b;
    plots.forEach(function (plot) {
      var w = width(plot); plot.setAttribute('width', w);
      plot.querySelector('g.view').setAttribute('transform', 'scale(' + (w / (b - a)) + ',1) translate(' + (-a) + ',0)');
      axis(plot, a, b, w);
    });
    document.getElementById('from').value = Math.round(a); document.getElementById('until').value = Math.round(b);
  }
  var dragX = null, dragged = null;
  plots.forEach(function (plot) {
    plot.addEventListener('wheel', function (e) {
      e.preventDefault(); var r = plot.getBoundingClientRect(), t = from + (e.clientX - r.left) * (until - from) / r.width;
      var k = e.deltaY > 0 ? 1.25 : 0.8; show(t - (t - from) * k, t + (until - t) * k);
    }, { passive: false });
    plot.addEventListener('mousedown', function (e) { dragX = e.clientX; dragged = plot; });
  });
  window.addEventListener('mouseup', function () { dragX = null; });
  window.addEventListener('mousemove', function (e) {
    if (dragX === null) return; var dt = (e.clientX - dragX) * (until - from) / dragged.getBoundingClientRect().width;
    dragX = e.clientX; show(from - dt, until - dt);
  });
  document.getElementById('apply').addEventListener('click', function () {
    show(+document.getElementById('from').value, +document.getElementById('until').value);
  });
  document.getElementById('reset').addEventListener('click', function () { show(first, last); });
  window.addEventListener('resize', function () { show(from, until); });
  function around(a, b) { var half = Math.max(50, (last - first) / 40); show(a - half, b + half); plots[0].scrollIntoView(); }
  document.querySelectorAll('.witness div').forEach(function (d) {
    var m = /\bt=(\d+)/.exec(d.textContent) || /(\d+) ?ms\b/.exec(d.textContent); if (!m) return;
    d.className = 'at'; d.title = 'show ' + m[1] + ' ms in the diagram';
    d.addEventListener('click', function () { around(+m[1], +m[1]); });
  });
  document.querySelectorAll('tr[data-from]').forEach(function (row) {
    row.addEventListener('click', function () { around(+row.dataset.from, +row.dataset.until); });
  });
  var frames = document.querySelector('g.frames');
  if (frames) {
    var generals = frames.dataset.generals.split(','), rowPx = +frames.dataset.rowPx;
    var general = function (y) { return generals[Math.round((+y - rowPx / 2) / rowPx)]; };
    frames.addEventListener('mouseover', function (e) {
      var el = e.target, d = el.dataset; if (el.tagName !== 'line' || !d.seq || el.firstChild) return;
      var a = el.getAttribute.bind(el), text;
      if (el.classList.contains('deliver')) {
        text = d.kind + ' ' + general(a('y1')) + '\u2192' + general(a('y2')) + ' seq ' + d.seq + ', sent '
          + (el.classList.contains('unpaired') ? '?' : a('x1')) + ' ms, delivered ' + a('x2') + ' ms';
      } else {
        text = a('class') + ' ' + d.kind + ' ' + d.from + '\u2192' + d.to + ' seq ' + d.seq + ' at ' + a('x1') + ' ms' + (d.reason ? ': ' + d.reason : '');
      }
      var title = document.createElementNS(ns, 'title'); title.textContent = d.payload ? text + ' ' + d.payload : text; el.appendChild(title);
    });
  }
  show(first, last);
})();
""";
}
