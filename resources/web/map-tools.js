/* Moovdesk map gestures: rectangle (or shift-drag) and lasso selection, dragging a point to a new
 * position, and "place on map" (the next click sets a prospect's position). */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var MIN_MOVE_PX = 4;
  var LASSO_STEP_PX = 3;

  function Tools(map, layer, events) {
    this.map = map;
    this.layer = layer;
    this.events = events;
    this.mode = null;
    this.placeId = null;
    this.dragEnabled = false;
    this._gesture = null;
    this._suppressClick = false;
    var container = map.getContainer();
    this._overlay = document.createElementNS(SVG, 'svg');
    this._overlay.setAttribute('class', 'moov-gesture');
    container.appendChild(this._overlay);
    container.addEventListener('mousedown', this._onDown.bind(this), true);
    document.addEventListener('mousemove', this._onMove.bind(this));
    document.addEventListener('mouseup', this._onUp.bind(this));
    var self = this;
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { self._cancel(); self.setMode(null); }
    });
  }

  Tools.prototype.setMode = function (mode, placeId) {
    this.mode = mode || null;
    this.placeId = mode === 'place' ? placeId : null;
    var classes = this.map.getContainer().classList;
    classes.toggle('moov-mode-select', this.mode === 'rect' || this.mode === 'lasso');
    classes.toggle('moov-mode-place', this.mode === 'place');
    this.events.onModeChange(this.mode);
  };

  Tools.prototype.setDragEnabled = function (enabled) {
    this.dragEnabled = !!enabled;
    this.map.getContainer().classList.toggle('moov-mode-drag', this.dragEnabled);
  };

  /* Called by the map's click handler first: true when the click belonged to a gesture. */
  Tools.prototype.consumeClick = function (e) {
    if (this._suppressClick) { this._suppressClick = false; return true; }
    if (this.mode === 'place') {
      var id = this.placeId;
      this.setMode(null);
      this.events.onPosition(id, e.latlng.lat, e.latlng.lng);
      return true;
    }
    return false;
  };

  Tools.prototype._onDown = function (e) {
    if (e.button !== 0 || (e.target.closest && e.target.closest('.leaflet-control'))) { return; }
    var point = this.map.mouseEventToContainerPoint(e);
    var kind = null;
    var hit = -1;
    if (this.mode === 'rect' || (e.shiftKey && this.mode !== 'lasso')) {
      kind = 'rect';
    } else if (this.mode === 'lasso') {
      kind = 'lasso';
    } else if (this.dragEnabled && this.mode === null) {
      hit = this.layer.hitTest(point, 2);
      if (hit >= 0) { kind = 'drag'; }
    }
    if (!kind) { return; }
    // Capture phase on the container: Leaflet's own drag handler never sees this press.
    e.preventDefault();
    e.stopPropagation();
    this._gesture = { kind: kind, start: point, last: point, points: [[point.x, point.y]], index: hit, moved: false };
    if (kind === 'drag') {
      this._ghost = L.circleMarker(this.layer.latLngAt(hit), {
        pane: 'moovHighlight', radius: 9, color: '#111', weight: 2, dashArray: '3 3',
        fillColor: '#fff', fillOpacity: 0.6, interactive: false
      }).addTo(this.map);
    }
  };

  Tools.prototype._onMove = function (e) {
    var g = this._gesture;
    if (!g) { return; }
    var point = this.map.mouseEventToContainerPoint(e);
    if (point.distanceTo(g.start) >= MIN_MOVE_PX) { g.moved = true; }
    if (g.kind === 'rect') {
      g.last = point;
      this._drawShape('rect', [[g.start.x, g.start.y], [point.x, point.y]]);
    } else if (g.kind === 'lasso') {
      if (point.distanceTo(g.last) >= LASSO_STEP_PX) {
        g.points.push([point.x, point.y]);
        g.last = point;
        this._drawShape('lasso', g.points);
      }
    } else if (g.kind === 'drag') {
      g.last = point;
      this._ghost.setLatLng(this.map.containerPointToLatLng(point));
    }
  };

  Tools.prototype._onUp = function (e) {
    var g = this._gesture;
    if (!g) { return; }
    this._gesture = null;
    this._clearShape();
    if (this._ghost) { this._ghost.remove(); this._ghost = null; }
    if (!g.moved) { return; }
    this._suppressClick = true;
    setTimeout(this._endSuppress.bind(this), 0);
    if (g.kind === 'drag') {
      var latlng = this.map.containerPointToLatLng(this.map.mouseEventToContainerPoint(e));
      var id = this.layer.idAt(g.index);
      this.layer.upsert({ id: id, lat: latlng.lat, lon: latlng.lng,
                          kind: this.layer.kindAt(g.index), label: this.layer.labelAt(g.index) });
      this.events.onPosition(id, latlng.lat, latlng.lng);
      return;
    }
    var ids;
    if (g.kind === 'rect') {
      var a = g.start, b = g.last;
      ids = this.layer.idsInPolygon([[a.x, a.y], [b.x, a.y], [b.x, b.y], [a.x, b.y]], true);
    } else {
      ids = g.points.length >= 3 ? this.layer.idsInPolygon(g.points, false) : [];
    }
    if (this.mode === 'rect' || this.mode === 'lasso') { this.setMode(null); }
    this.events.onArea(ids);
  };

  Tools.prototype._endSuppress = function () {
    // The click that follows a mouseup is dispatched before this timer runs.
    this._suppressClick = false;
  };

  Tools.prototype._cancel = function () {
    this._gesture = null;
    this._clearShape();
    if (this._ghost) { this._ghost.remove(); this._ghost = null; }
  };

  Tools.prototype._drawShape = function (kind, points) {
    this._clearShape();
    var shape;
    if (kind === 'rect') {
      shape = document.createElementNS(SVG, 'rect');
      shape.setAttribute('x', Math.min(points[0][0], points[1][0]));
      shape.setAttribute('y', Math.min(points[0][1], points[1][1]));
      shape.setAttribute('width', Math.abs(points[1][0] - points[0][0]));
      shape.setAttribute('height', Math.abs(points[1][1] - points[0][1]));
    } else {
      shape = document.createElementNS(SVG, 'polygon');
      shape.setAttribute('points', points.map(function (p) { return p[0] + ',' + p[1]; }).join(' '));
    }
    this._overlay.appendChild(shape);
  };

  Tools.prototype._clearShape = function () {
    while (this._overlay.firstChild) { this._overlay.removeChild(this._overlay.firstChild); }
  };

  window.MoovTools = Tools;
})();
