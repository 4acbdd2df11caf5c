/* Moovdesk map controls and popups. Every text that comes from data is set with textContent on
 * elements built here: never innerHTML, so a company named "<img onerror=...>" stays text. */
(function () {
  'use strict';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function symbol(kind) {
    var canvas = el('canvas', 'moov-legend-symbol');
    var ratio = window.devicePixelRatio || 1;
    canvas.width = 20 * ratio;
    canvas.height = 20 * ratio;
    canvas.style.width = '20px';
    canvas.style.height = '20px';
    var ctx = canvas.getContext('2d');
    ctx.scale(ratio, ratio);
    MoovPoints.drawSymbol(ctx, kind, 10, 10, MoovPoints.radiusFor(10, kind) + 0.5);
    return canvas;
  }

  /* Legend: four symbols and how many points are on the map. */
  var Legend = L.Control.extend({
    options: { position: 'bottomleft' },
    onAdd: function () {
      var box = el('div', 'moov-legend leaflet-bar');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      this._box = box;
      return box;
    },
    setLabels: function (labels) {
      var box = this._box;
      while (box.firstChild) { box.removeChild(box.firstChild); }
      var rows = [
        [MoovPoints.HOT, labels.hotProspect], [0, labels.coldProspect],
        [MoovPoints.HOT | MoovPoints.CLIENT, labels.hotClient], [MoovPoints.CLIENT, labels.coldClient]
      ];
      rows.forEach(function (row) {
        var line = el('div', 'moov-legend-row');
        line.appendChild(symbol(row[0]));
        line.appendChild(el('span', null, row[1]));
        box.appendChild(line);
      });
      this._count = el('div', 'moov-legend-count');
      this._countTemplate = labels.count;
      this._locale = labels.locale || undefined;
      box.appendChild(this._count);
    },
    setCount: function (n) {
      if (this._count) {
        var shown;
        try { shown = n.toLocaleString(this._locale); } catch (e) { shown = String(n); }
        this._count.textContent = (this._countTemplate || '%1').replace('%1', shown);
      }
    }
  });

  /* Two toggle buttons for rectangle and lasso selection. */
  var SelectTools = L.Control.extend({
    options: { position: 'topleft' },
    initialize: function (onPick) { this._onPick = onPick; this._buttons = {}; },
    onAdd: function () {
      var bar = el('div', 'moov-tools leaflet-bar');
      L.DomEvent.disableClickPropagation(bar);
      this._bar = bar;
      return bar;
    },
    setLabels: function (labels) {
      var self = this;
      while (this._bar.firstChild) { this._bar.removeChild(this._bar.firstChild); }
      [['rect', labels.rectangle, labels.rectangleHint], ['lasso', labels.lasso, labels.lassoHint]]
        .forEach(function (spec) {
          var button = el('a', 'moov-tool moov-tool-' + spec[0], spec[1]);
          button.href = '#';
          button.title = spec[2];
          button.setAttribute('role', 'button');
          L.DomEvent.on(button, 'click', function (e) {
            L.DomEvent.preventDefault(e);
            self._onPick(spec[0]);
          });
          self._buttons[spec[0]] = button;
          self._bar.appendChild(button);
        });
    },
    showMode: function (mode) {
      Object.keys(this._buttons).forEach(function (key) {
        this._buttons[key].classList.toggle('moov-tool-active', key === mode);
      }, this);
    }
  });

  /* Popup body: company first, then the details Python sends once it has formatted them. */
  function popupContent(id, label) {
    var box = el('div', 'moov-popup');
    box.setAttribute('data-id', id);
    box.appendChild(el('div', 'moov-popup-title', label));
    box.appendChild(el('div', 'moov-popup-details'));
    return box;
  }

  function fillDetails(box, details, labels, onDial) {
    var target = box.querySelector('.moov-popup-details');
    while (target.firstChild) { target.removeChild(target.firstChild); }
    if (details.contact) { target.appendChild(el('div', 'moov-popup-contact', details.contact)); }
    if (details.phone) {
      var line = el('div', 'moov-popup-phone');
      var link = el('a', null, details.phoneDisplay || details.phone);
      link.href = details.phoneUri;
      L.DomEvent.on(link, 'click', function (e) {
        L.DomEvent.preventDefault(e);
        onDial(details.phone);
      });
      line.appendChild(link);
      target.appendChild(line);
    }
    if (details.next) {
      var next = el('div', 'moov-popup-next');
      next.appendChild(el('span', 'moov-popup-key', labels.nextFollowUp + ' '));
      next.appendChild(el('span', null, details.next));
      target.appendChild(next);
    }
  }

  function tooltipContent(label) { return el('div', 'moov-tooltip', label); }

  window.MoovWidgets = {
    Legend: Legend, SelectTools: SelectTools, popupContent: popupContent,
    fillDetails: fillDetails, tooltipContent: tooltipContent
  };
})();
