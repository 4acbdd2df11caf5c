/* Moovdesk tour layer: a planned tour on the map, one route line per day through numbered stop
 * markers, and the day's start and end places. Python sends the whole tour as one message
 * (moov.setTour); a click on a stop is reported like a click on a prospect. Every text from data
 * is set with textContent on elements built here, never as HTML. */
(function () {
  'use strict';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  var STATUS_CLASS = { planned: '', visited: ' moov-stop-visited', skipped: ' moov-stop-skipped' };

  function stopIcon(stop, colour) {
    var box = el('div', 'moov-stop' + (STATUS_CLASS[stop.status] || '') + (stop.late ? ' moov-stop-late' : ''),
                 stop.number);
    if (stop.status !== 'skipped') { box.style.backgroundColor = colour; }
    box.setAttribute('data-id', stop.id);
    var wide = String(stop.number).length > 2;
    return L.divIcon({
      className: 'moov-stop-icon', html: box,
      iconSize: wide ? [34, 24] : [24, 24], iconAnchor: wide ? [17, 12] : [12, 12]
    });
  }

  function placeIcon(text) {
    return L.divIcon({
      className: 'moov-stop-icon', html: el('div', 'moov-tour-place', text),
      iconSize: [24, 24], iconAnchor: [12, 12]
    });
  }

  var TourLayer = L.LayerGroup.extend({
    /* events: {onStop(id)} */
    initialize: function (events) {
      L.LayerGroup.prototype.initialize.call(this, []);
      this._events = events || {};
      this._markers = {};
      this._lines = [];
      this._bounds = null;
      this._focused = null;
    },

    /* data: {days: [{colour, start: {lat, lon, tip}, end: {…}, stops: [{id, number, lat, lon,
     * tip, status: planned|visited|skipped, late}]}], placeSymbol} */
    setData: function (data) {
      this.clearLayers();
      this._markers = {};
      this._lines = [];
      this._focused = null;
      var bounds = L.latLngBounds([]);
      var places = {};
      var self = this;
      (data.days || []).forEach(function (day) {
        var route = [[day.start.lat, day.start.lon]];
        day.stops.forEach(function (stop) {
          if (stop.status !== 'skipped') { route.push([stop.lat, stop.lon]); }
        });
        route.push([day.end.lat, day.end.lon]);
        var casing = L.polyline(route, {
          pane: 'moovTourLine', color: '#fff', weight: 7, opacity: 0.9, interactive: false
        });
        var line = L.polyline(route, {
          pane: 'moovTourLine', color: day.colour, weight: 4, opacity: 0.95, interactive: false,
          className: 'moov-tour-line'
        });
        self.addLayer(casing);
        self.addLayer(line);
        self._lines.push(line);
        route.forEach(function (ll) { bounds.extend(ll); });
        [day.start, day.end].forEach(function (place) {
          var key = place.lat.toFixed(5) + ',' + place.lon.toFixed(5);
          if (places[key]) { return; }
          places[key] = true;
          var marker = L.marker([place.lat, place.lon], {
            pane: 'moovTourStops', icon: placeIcon(data.placeSymbol || '⌂'), keyboard: false,
            zIndexOffset: -1000
          });
          if (place.tip) { marker.bindTooltip(el('div', 'moov-tooltip', place.tip), { direction: 'top', offset: [0, -12] }); }
          self.addLayer(marker);
        });
        day.stops.forEach(function (stop) {
          var marker = L.marker([stop.lat, stop.lon], {
            pane: 'moovTourStops', icon: stopIcon(stop, day.colour), keyboard: false,
            riseOnHover: true
          });
          marker.bindTooltip(el('div', 'moov-tooltip', stop.tip || stop.number), { direction: 'top', offset: [0, -12] });
          marker.on('click', function () {
            self.focus(stop.id, false);
            if (self._events.onStop) { self._events.onStop(stop.id); }
          });
          self._markers[stop.id] = marker;
          self.addLayer(marker);
          bounds.extend([stop.lat, stop.lon]);
        });
      });
      this._bounds = bounds.isValid() ? bounds : null;
      return this.markerCount();
    },

    markerCount: function () { return Object.keys(this._markers).length; },
    lineCount: function () { return this._lines.length; },
    bounds: function () { return this._bounds; },

    /* Ring one stop (null: none); with pan, bring it into view. */
    focus: function (id, pan) {
      if (this._focused && this._markers[this._focused]) {
        var old = this._markers[this._focused].getElement();
        if (old) { old.classList.remove('moov-stop-focused'); }
      }
      this._focused = null;
      var marker = id === null ? null : this._markers[id];
      if (!marker) { return false; }
      this._focused = id;
      var node = marker.getElement();
      if (node) { node.classList.add('moov-stop-focused'); }
      marker.setZIndexOffset(1000);
      if (pan && this._map) {
        var zoom = Math.max(this._map.getZoom(), 11);
        this._map.setView(marker.getLatLng(), zoom);
      }
      return true;
    },

    /* What tests and Python ask about: ids in marker order, numbers shown, line points. */
    describe: function () {
      var self = this;
      return {
        markers: this.markerCount(),
        lines: this._lines.length,
        points: this._lines.map(function (line) { return line.getLatLngs().length; }),
        numbers: Object.keys(this._markers).map(function (id) {
          var node = self._markers[id].getElement();
          return node ? node.textContent : null;
        }),
        focused: this._focused
      };
    }
  });

  window.MoovTour = { Layer: TourLayer };
})();
