/* Moovdesk map page: the basemap, the tile layer, the points, and the `moov` object that Python
 * drives with runJavaScript; clicks and selections go back through the QWebChannel `bridge`. */
(function () {
  'use strict';

  var bridge = null;
  var labels = {
    hotProspect: 'Hot prospect', coldProspect: 'Cold prospect', hotClient: 'Hot client',
    coldClient: 'Cold client', count: '%1 on the map', rectangle: 'Select', lasso: 'Lasso',
    rectangleHint: 'Select a rectangle (or shift-drag)', lassoHint: 'Draw around prospects',
    nextFollowUp: 'Next follow-up:'
  };
  var state = {
    basemapFeatures: 0, basemapDepartements: 0, highlight: null, mode: null, tiles: false, popup: null
  };

  var map = L.map('map', {
    center: [46.6, 2.4], zoom: 6, minZoom: 2, maxZoom: 19, boxZoom: false, zoomControl: true
  });
  map.attributionControl.setPrefix('Leaflet');
  map.createPane('moovBasemap').style.zIndex = 150;
  map.createPane('moovBorders').style.zIndex = 160;  // over the countries, under the tiles
  map.createPane('moovPoints').style.zIndex = 450;
  map.createPane('moovHighlight').style.zIndex = 460;
  map.createPane('moovTourLine').style.zIndex = 455;
  map.createPane('moovTourStops').style.zIndex = 620;

  function call(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (bridge && bridge[name]) { bridge[name].apply(bridge, args); }
  }

  /* An offline outline layer from a bundled GeoJSON file, drawn on canvas in its own pane;
   * `done` receives the number of features once it is drawn. */
  function drawOutlines(url, pane, options, done) {
    fetch(url)
      .then(function (response) { return response.json(); })
      .then(function (geojson) {
        L.geoJSON(geojson, Object.assign({
          pane: pane, renderer: L.canvas({ pane: pane, padding: 0.5 }), interactive: false
        }, options)).addTo(map);
        done(geojson.features.length);
      });
  }

  /* Offline basemap: Natural Earth countries, under the tiles, always there. */
  drawOutlines('basemap/countries-50m.geojson', 'moovBasemap', {
    attribution: 'Natural Earth',
    style: { color: '#8c8c8c', weight: 0.8, fillColor: '#f2efe9', fillOpacity: 1 }
  }, function (count) { state.basemapFeatures = count; });
  /* French départements: thin grey outlines, no fill, in a pane of their own over the countries
   * (whichever file loads first) and under the tiles, so online tiles cover them too. */
  drawOutlines('basemap/fr-departements.geojson', 'moovBorders', {
    style: { color: '#b4b4b4', weight: 0.7, fill: false }
  }, function (count) { state.basemapDepartements = count; });

  var points = new MoovPoints.Layer().addTo(map);
  var highlight = L.layerGroup().addTo(map);
  var tiles = null;
  var legend = new MoovWidgets.Legend().addTo(map);
  var tour = new MoovTour.Layer({
    onStop: function (id) { call('tourStopClicked', id); }
  }).addTo(map);
  var tools = new MoovTools(map, points, {
    onArea: function (ids) { call('areaSelected', JSON.stringify(ids)); },
    onPosition: function (id, lat, lon) { call('positionChosen', id, lat, lon); },
    onModeChange: function (mode) {
      state.mode = mode;
      selectTools.showMode(mode);
      call('modeChanged', mode || '');
    }
  });
  var selectTools = new MoovWidgets.SelectTools(function (mode) {
    tools.setMode(tools.mode === mode ? null : mode);
  }).addTo(map);
  legend.setLabels(labels);
  selectTools.setLabels(labels);

  function openPopup(i) {
    var content = MoovWidgets.popupContent(points.idAt(i), points.labelAt(i));
    state.popup = content;
    L.popup({ offset: [0, -4], maxWidth: 320 }).setLatLng(points.latLngAt(i)).setContent(content).openOn(map);
    call('requestDetails', points.idAt(i));
  }

  map.on('click', function (e) {
    if (tools.consumeClick(e)) { return; }
    var i = points.hitTest(e.containerPoint, 2);
    if (i < 0) { return; }
    openPopup(i);
    call('markerClicked', points.idAt(i));
  });

  /* Hover: pointer cursor and the company name, looked up once per frame at most. */
  var hover = { frame: null, index: -1, point: null, tooltip: null };
  map.on('mousemove', function (e) {
    hover.point = e.containerPoint;
    if (hover.frame) { return; }
    hover.frame = L.Util.requestAnimFrame(function () {
      hover.frame = null;
      var i = points.hitTest(hover.point, 2);
      if (i === hover.index) { return; }
      hover.index = i;
      map.getContainer().classList.toggle('moov-hover', i >= 0);
      if (hover.tooltip) { hover.tooltip.remove(); hover.tooltip = null; }
      if (i >= 0) {
        hover.tooltip = L.tooltip({ direction: 'top', offset: [0, -6] })
          .setLatLng(points.latLngAt(i)).setContent(MoovWidgets.tooltipContent(points.labelAt(i)))
          .addTo(map);
      }
    });
  });
  map.on('mouseout', function () {
    if (hover.tooltip) { hover.tooltip.remove(); hover.tooltip = null; }
    hover.index = -1;
  });
  map.on('moveend', function () {
    var c = map.getCenter();
    call('viewChanged', c.lat, c.lng, map.getZoom());
  });

  function drawHighlight() {
    highlight.clearLayers();
    var i = state.highlight === null ? -1 : points.indexOf(state.highlight);
    if (i < 0) { return false; }
    var ll = points.latLngAt(i);
    var renderer = L.svg({ pane: 'moovHighlight' });
    var ring = { pane: 'moovHighlight', renderer: renderer, interactive: false, fill: false, radius: 12 };
    L.circleMarker(ll, L.extend({}, ring, { color: '#111', weight: 6 })).addTo(highlight);
    L.circleMarker(ll, L.extend({}, ring, { color: '#ffd43b', weight: 3, className: 'moov-highlight' })).addTo(highlight);
    return true;
  }

  function setTiles(cfg) {
    if (tiles) { tiles.remove(); tiles = null; }
    state.tiles = !!cfg.enabled;
    if (cfg.enabled) {
      tiles = L.tileLayer(cfg.url, {
        maxZoom: 19, maxNativeZoom: cfg.maxZoom || 19, attribution: cfg.attribution, keepBuffer: 1
      }).addTo(map);
    }
  }

  /* Calls that refer to points wait while a set of points is on its way, so that
   * set_points followed at once by set_visible applies the filter to the new set. */
  var loads = { inFlight: 0, queue: [] };
  function afterLoad(fn) {
    return function () {
      var args = arguments;
      if (loads.inFlight) { loads.queue.push(function () { fn.apply(null, args); }); return null; }
      return fn.apply(null, args);
    };
  }
  function loadDone() {
    loads.inFlight--;
    while (!loads.inFlight && loads.queue.length) { loads.queue.shift()(); }
  }

  window.moov = {
    configure: function (cfg) {
      L.extend(labels, cfg.labels || {});
      legend.setLabels(labels);
      legend.setCount(points.count());
      selectTools.setLabels(labels);
      if (cfg.tiles) { setTiles(cfg.tiles); }
      if (cfg.view) { map.setView([cfg.view.lat, cfg.view.lon], cfg.view.zoom, { animate: false }); }
    },
    setPoints: function (token, data, startedAt) {
      var t0 = performance.now();
      var fetchMs = startedAt === undefined ? 0 : t0 - startedAt;
      if (startedAt === undefined) { startedAt = t0; }
      var n = points.setData(data);
      var loaded = performance.now() - t0;
      legend.setCount(n);
      drawHighlight();
      points.once('drawn', function (info) {
        // The frame after the one that drew the canvas: the pixels are on screen.
        L.Util.requestAnimFrame(function () {
          call('painted', token, JSON.stringify({
            count: n, fetchMs: fetchMs, loadMs: loaded, drawMs: info.ms, drawn: info.drawn,
            pageMs: performance.now() - startedAt
          }));
        });
      });
      return n;
    },
    loadPoints: function (token, url) {
      var t0 = performance.now();
      state.latestToken = token;
      loads.inFlight++;
      return fetch(url)
        .then(function (response) {
          if (!response.ok) { throw new Error('points ' + token + ': HTTP ' + response.status); }
          return response.json();
        })
        .then(function (data) {
          // A newer set may have been asked for while this one was on its way.
          if (token === state.latestToken) { window.moov.setPoints(token, data, t0); }
        })
        .catch(function (error) {
          if (token === state.latestToken) { console.error(String(error)); }
        })
        .then(loadDone);
    },
    updatePoint: afterLoad(function (p) {
      points.upsert(p);
      legend.setCount(points.visibleCount());
      if (p.id === state.highlight) { drawHighlight(); }
    }),
    setVisible: afterLoad(function (flags) {
      legend.setCount(points.setVisible(flags));
      drawHighlight();
    }),
    removePoint: afterLoad(function (id) {
      points.remove(id);
      legend.setCount(points.visibleCount());
      if (id === state.highlight) { drawHighlight(); }
    }),
    highlight: afterLoad(function (id, pan) {
      state.highlight = id;
      if (!drawHighlight()) { state.highlight = null; return false; }
      if (pan) {
        var ll = points.latLngAt(points.indexOf(id));
        map.setView(ll, Math.max(map.getZoom(), 11));
      }
      return true;
    }),
    showDetails: function (id, details) {
      // The popup still open (an older one may be fading out).
      var box = state.popup;
      if (box && box.isConnected && box.getAttribute('data-id') === id) {
        MoovWidgets.fillDetails(box, details, labels, function (phone) { call('dial', phone); });
      }
    },
    setMode: function (mode, placeId) { tools.setMode(mode, placeId); },
    setDragEnabled: function (enabled) { tools.setDragEnabled(enabled); },
    setTiles: setTiles,
    setView: function (lat, lon, zoom) { map.setView([lat, lon], zoom, { animate: false }); },
    fitPoints: function () {
      var n = points.count();
      if (!n) { return; }
      var bounds = L.latLngBounds([]);
      for (var i = 0; i < n; i++) { bounds.extend(points.latLngAt(i)); }
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 12, animate: false });
    },
    /* The planned tour (see tour-layer.js); null clears it. Returns the stops drawn. */
    setTour: function (data, fit) {
      var n = tour.setData(data || { days: [] });
      map.getContainer().classList.toggle('moov-touring', n > 0);
      if (data && fit) { window.moov.fitTour(); }
      return n;
    },
    fitTour: function () {
      var bounds = tour.bounds();
      if (bounds) { map.fitBounds(bounds, { padding: [36, 36], maxZoom: 13, animate: false }); }
      return !!bounds;
    },
    focusStop: function (id, pan) { return tour.focus(id, pan); },
    tourState: function () { return tour.describe(); },
    project: function (lat, lon) {
      var p = map.latLngToContainerPoint([lat, lon]);
      return { x: p.x, y: p.y };
    },
    kindOf: function (id) {
      var i = points.indexOf(id);
      return i < 0 ? null : points.kindAt(i);
    },
    popupText: function () {
      return state.popup && state.popup.isConnected ? state.popup.textContent : null;
    },
    visibleIds: function () {
      var ids = [];
      for (var i = 0; i < points.count(); i++) { if (points.isShown(i)) { ids.push(points.idAt(i)); } }
      return ids;
    },
    pointPosition: function (id) {
      var i = points.indexOf(id);
      if (i < 0) { return null; }
      var p = points.containerPointOf(i);
      return { x: p.x, y: p.y };
    },
    state: function () {
      var c = map.getCenter();
      return {
        count: points.count(), shown: points.visibleCount(), zoom: map.getZoom(), lat: c.lat, lon: c.lng,
        highlight: state.highlight, basemapFeatures: state.basemapFeatures,
        basemapDepartements: state.basemapDepartements, tiles: state.tiles,
        mode: state.mode, lastDraw: points.lastDraw || null
      };
    }
  };

  if (window.qt && window.QWebChannel) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      call('pageReady');
    });
  }
})();
