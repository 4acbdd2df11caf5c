/* Moovdesk points layer: every prospect drawn on one canvas, hit-tested here rather than by
 * Leaflet, so 100,000 points cost one typed-array loop per redraw instead of 100,000 Leaflet
 * layers. Positions are kept as Web Mercator pixels at zoom 0, scaled by 2^zoom when drawn. */
(function () {
  'use strict';

  var HOT = 1;
  var CLIENT = 2;
  var COLOURS = { hot: '#e03c10', cold: '#1864c8' };
  var PADDING = 0.1;
  var MAX_LAT = 85.0511287798;

  function radiusFor(zoom, kind) {
    var r = zoom < 7 ? 3.5 : zoom < 10 ? 4.5 : 6;
    return kind & CLIENT ? r + 1 : r;
  }

  /* Hot is a round dot, cold a square: colour and shape both tell the temperature. */
  function addShape(ctx, kind, x, y, r) {
    if (kind & HOT) {
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    } else {
      var s = r * 0.88;
      ctx.rect(x - s, y - s, 2 * s, 2 * s);
    }
  }

  /* Clients wear a thick dark ring; prospects a thin white one that keeps them apart. */
  function paint(ctx, kind) {
    ctx.fillStyle = kind & HOT ? COLOURS.hot : COLOURS.cold;
    ctx.fill();
    if (kind & CLIENT) {
      ctx.lineWidth = 1.75;
      ctx.strokeStyle = '#111';
    } else {
      ctx.lineWidth = 1;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    }
    ctx.stroke();
  }

  function drawSymbol(ctx, kind, x, y, r) {
    ctx.beginPath();
    addShape(ctx, kind, x, y, r);
    paint(ctx, kind);
  }

  function project(lat, lon) {
    var clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
    var sin = Math.sin((clamped * Math.PI) / 180);
    return [256 * (lon / 360 + 0.5), 256 * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
  }

  var PointsLayer = L.Layer.extend({
    options: { pane: 'moovPoints' },

    initialize: function (options) {
      L.setOptions(this, options);
      this._setColumns([], new Float64Array(0), new Float64Array(0), new Uint8Array(0), []);
    },

    /* data: {ids: [..], lat: [..], lon: [..] in 1e-5 degrees, kind: "0123…", label: [..]} */
    setData: function (data) {
      var n = data.ids.length;
      var lat = new Float64Array(n);
      var lon = new Float64Array(n);
      var kind = new Uint8Array(n);
      for (var i = 0; i < n; i++) {
        lat[i] = data.lat[i] / 1e5;
        lon[i] = data.lon[i] / 1e5;
        kind[i] = data.kind.charCodeAt(i) - 48;
      }
      this._setColumns(data.ids, lat, lon, kind, data.label);
      this.redraw();
      return n;
    },

    _setColumns: function (ids, lat, lon, kind, labels) {
      var n = ids.length;
      this._n = n;
      this._ids = ids.slice();
      this._labels = labels.slice();
      this._lat = lat;
      this._lon = lon;
      this._kind = kind;
      this._wx = new Float64Array(n);
      this._wy = new Float64Array(n);
      this._index = new Map();
      this._hidden = null;
      for (var i = 0; i < n; i++) {
        this._index.set(ids[i], i);
        this._projectOne(i);
      }
      this._order = null;
    },

    _projectOne: function (i) {
      var p = project(this._lat[i], this._lon[i]);
      this._wx[i] = p[0];
      this._wy[i] = p[1];
    },

    count: function () { return this._n; },
    indexOf: function (id) { var i = this._index.get(id); return i === undefined ? -1 : i; },
    idAt: function (i) { return this._ids[i]; },
    labelAt: function (i) { return this._labels[i]; },
    kindAt: function (i) { return this._kind[i]; },
    latLngAt: function (i) { return L.latLng(this._lat[i], this._lon[i]); },

    /* One point changed, appeared (unknown id) or left (lat null): no full reload. */
    upsert: function (p) {
      var i = this.indexOf(p.id);
      if (p.lat === null || p.lat === undefined) { this.remove(p.id); return; }
      if (i < 0) {
        i = this._grow();
        this._ids[i] = p.id;
        this._index.set(p.id, i);
      }
      this._lat[i] = p.lat;
      this._lon[i] = p.lon;
      this._kind[i] = p.kind;
      this._labels[i] = p.label;
      this._projectOne(i);
      this._order = null;
      this.redraw();
    },

    /* Removal keeps the order of the others: Python addresses points by position in
     * setVisible, so both sides must agree on it. */
    remove: function (id) {
      var i = this.indexOf(id);
      if (i < 0) { return; }
      var n = this._n;
      [this._lat, this._lon, this._wx, this._wy, this._kind].forEach(function (a) { a.copyWithin(i, i + 1, n); });
      if (this._hidden) { this._hidden.copyWithin(i, i + 1, n); }
      this._ids.splice(i, 1);
      this._labels.splice(i, 1);
      this._n = n - 1;
      this._index.delete(id);
      for (var j = i; j < this._n; j++) { this._index.set(this._ids[j], j); }
      this._order = null;
      this.redraw();
    },

    /* flags: one character per point in order, "1" shown and "0" hidden; null shows all. */
    setVisible: function (flags) {
      if (flags === null || flags === undefined) {
        this._hidden = null;
      } else {
        var hidden = new Uint8Array(this._n);
        for (var i = 0; i < this._n; i++) { hidden[i] = flags.charCodeAt(i) === 49 ? 0 : 1; }
        this._hidden = hidden;
      }
      this._order = null;
      this.redraw();
      return this.visibleCount();
    },

    visibleCount: function () {
      if (!this._hidden) { return this._n; }
      var shown = 0;
      for (var i = 0; i < this._n; i++) { if (!this._hidden[i]) { shown++; } }
      return shown;
    },

    isShown: function (i) { return !this._hidden || !this._hidden[i]; },

    _grow: function () {
      var n = this._n;
      var grown = function (Type, old) { var a = new Type(n + 1); a.set(old.subarray(0, n)); return a; };
      this._lat = grown(Float64Array, this._lat);
      this._lon = grown(Float64Array, this._lon);
      this._wx = grown(Float64Array, this._wx);
      this._wy = grown(Float64Array, this._wy);
      this._kind = grown(Uint8Array, this._kind);
      if (this._hidden) { this._hidden = grown(Uint8Array, this._hidden); }
      this._n = n + 1;
      this._order = null;
      return n;
    },

    /* Indexes grouped by kind, drawn prospects first and clients last (on top). */
    _drawOrder: function () {
      if (this._order) { return this._order; }
      var groups = [[], [], [], []];
      for (var i = 0; i < this._n; i++) {
        if (!this._hidden || !this._hidden[i]) { groups[this._kind[i] & 3].push(i); }
      }
      this._order = [0, 1, 2, 3].map(function (k) { return Int32Array.from(groups[k]); });
      return this._order;
    },

    onAdd: function (map) {
      var canvas = (this._canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated moov-points'));
      this._ctx = canvas.getContext('2d');
      this.getPane().appendChild(canvas);
      this._update();
    },

    onRemove: function () { L.DomUtil.remove(this._canvas); },

    getEvents: function () {
      return { viewreset: this._reset, zoom: this._onZoom, zoomanim: this._onAnimZoom,
               moveend: this._update, resize: this._update };
    },

    _onAnimZoom: function (e) { this._updateTransform(e.center, e.zoom); },
    _onZoom: function () { this._updateTransform(this._map.getCenter(), this._map.getZoom()); },
    _reset: function () { this._update(); this._updateTransform(this._center, this._zoom); },

    /* Same transform as Leaflet's own renderers, so the canvas scales with the zoom animation. */
    _updateTransform: function (center, zoom) {
      var map = this._map;
      if (!this._bounds) { return; }
      var scale = map.getZoomScale(zoom, this._zoom);
      var viewHalf = map.getSize().multiplyBy(0.5 + PADDING);
      var currentCenterPoint = map.project(this._center, zoom);
      var topLeft = viewHalf.multiplyBy(-scale).add(currentCenterPoint)
        .subtract(map._getNewPixelOrigin(center, zoom));
      L.DomUtil.setTransform(this._canvas, topLeft, scale);
    },

    _update: function () {
      var map = this._map;
      if (!map || (map._animatingZoom && this._bounds)) { return; }
      var size = map.getSize();
      var min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
      this._bounds = L.bounds(min, min.add(size.multiplyBy(1 + 2 * PADDING)).round());
      this._center = map.getCenter();
      this._zoom = map.getZoom();
      var b = this._bounds.getSize();
      var ratio = window.devicePixelRatio || 1;
      L.DomUtil.setPosition(this._canvas, min);
      this._canvas.width = Math.round(b.x * ratio);
      this._canvas.height = Math.round(b.y * ratio);
      this._canvas.style.width = b.x + 'px';
      this._canvas.style.height = b.y + 'px';
      this._ratio = ratio;
      this._draw();
    },

    redraw: function () {
      if (this._map && !this._frame) {
        this._frame = L.Util.requestAnimFrame(function () { this._frame = null; this._draw(); }, this);
      }
      return this;
    },

    /* Draws now. A point that lands within a few pixels of one of its kind already drawn is
     * skipped: it would look the same, and rasterising shapes is the dominant cost (about 6 µs
     * each in software), so a zoomed-out view of 100,000 points costs about 20,000 shapes. */
    _draw: function () {
      if (!this._map || !this._bounds) { return; }
      var t0 = performance.now();
      var ctx = this._ctx;
      var w = this._canvas.width;
      var h = this._canvas.height;
      var ratio = this._ratio;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, w, h);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      var scale = Math.pow(2, this._zoom);
      var origin = this._map.getPixelOrigin();
      var ox = origin.x + this._bounds.min.x;
      var oy = origin.y + this._bounds.min.y;
      var cw = Math.ceil(w / ratio);
      var ch = Math.ceil(h / ratio);
      var cell = this._zoom < 10 ? 3 : 2;
      var gw = Math.ceil(cw / cell);
      var gh = Math.ceil(ch / cell);
      if (!this._seen || this._seen.length < gw * gh) { this._seen = new Uint32Array(gw * gh); this._stamp = 0; }
      var seen = this._seen;
      var order = this._drawOrder();
      var drawn = 0;
      for (var k = 0; k < 4; k++) {
        var idx = order[k];
        if (!idx.length) { continue; }
        var stamp = ++this._stamp;
        var r = radiusFor(this._zoom, k);
        ctx.beginPath();
        for (var j = 0; j < idx.length; j++) {
          var i = idx[j];
          var x = this._wx[i] * scale - ox;
          var y = this._wy[i] * scale - oy;
          if (x < -r || y < -r || x >= cw + r || y >= ch + r) { continue; }
          var gx = x < 0 ? 0 : x >= cw ? gw - 1 : (x / cell) | 0;
          var gy = y < 0 ? 0 : y >= ch ? gh - 1 : (y / cell) | 0;
          if (seen[gy * gw + gx] === stamp) { continue; }
          seen[gy * gw + gx] = stamp;
          addShape(ctx, k, x, y, r);
          drawn++;
        }
        paint(ctx, k);
      }
      this.lastDraw = { drawn: drawn, ms: performance.now() - t0 };
      this.fire('drawn', this.lastDraw);
    },

    /* Index of the topmost point under a container pixel, or -1. */
    hitTest: function (containerPoint, slack) {
      var map = this._map;
      var zoom = map.getZoom();
      var scale = Math.pow(2, zoom);
      var world = map.containerPointToLayerPoint(containerPoint).add(map.getPixelOrigin());
      var best = -1;
      var bestRank = Infinity;
      for (var i = 0; i < this._n; i++) {
        if (this._hidden && this._hidden[i]) { continue; }
        var r = radiusFor(zoom, this._kind[i]) + (slack || 0);
        var dx = this._wx[i] * scale - world.x;
        var dy = this._wy[i] * scale - world.y;
        if (dx > r || dx < -r || dy > r || dy < -r) { continue; }
        var d = dx * dx + dy * dy;
        if (d > r * r) { continue; }
        var rank = d - (this._kind[i] & CLIENT ? 1000 : 0);
        if (rank <= bestRank) { best = i; bestRank = rank; }
      }
      return best;
    },

    /* Ids of the points inside a polygon given in container pixels; a box needs no
     * point-in-polygon test beyond its bounds. */
    idsInPolygon: function (corners, isBox) {
      var map = this._map;
      var scale = Math.pow(2, map.getZoom());
      var poly = corners.map(function (c) {
        return map.containerPointToLayerPoint(L.point(c[0], c[1])).add(map.getPixelOrigin());
      });
      var xs = poly.map(function (p) { return p.x; });
      var ys = poly.map(function (p) { return p.y; });
      var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
      var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
      var out = [];
      for (var i = 0; i < this._n; i++) {
        if (this._hidden && this._hidden[i]) { continue; }
        var x = this._wx[i] * scale;
        var y = this._wy[i] * scale;
        if (x < x0 || x > x1 || y < y0 || y > y1) { continue; }
        if (isBox || insidePolygon(poly, x, y)) { out.push(this._ids[i]); }
      }
      return out;
    },

    /* Container pixel of a point (tests click there). */
    containerPointOf: function (i) { return this._map.latLngToContainerPoint(this.latLngAt(i)); }
  });

  function insidePolygon(poly, x, y) {
    var inside = false;
    for (var i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      var a = poly[i], b = poly[j];
      if ((a.y > y) !== (b.y > y) && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) { inside = !inside; }
    }
    return inside;
  }

  window.MoovPoints = { Layer: PointsLayer, drawSymbol: drawSymbol, radiusFor: radiusFor, HOT: HOT, CLIENT: CLIENT };
})();
