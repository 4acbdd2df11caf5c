/* The benchmark floor: a bare Leaflet page that draws the same points as L.circleMarker on
 * Leaflet's own canvas renderer, the plainest fast way Leaflet offers. Same `moov` calls as
 * map.js for what the benchmark uses. */
(function () {
  'use strict';
  var bridge = null;
  var map = L.map('map', { center: [46.6, 2.4], zoom: 6, preferCanvas: true });
  var renderer = L.canvas({ padding: 0.1 });
  var group = L.layerGroup().addTo(map);

  window.moov = {
    configure: function (cfg) {
      if (cfg.view) { map.setView([cfg.view.lat, cfg.view.lon], cfg.view.zoom, { animate: false }); }
    },
    setPoints: function (token, data) {
      var t0 = performance.now();
      group.clearLayers();
      var n = data.ids.length;
      for (var i = 0; i < n; i++) {
        group.addLayer(L.circleMarker([data.lat[i] / 1e5, data.lon[i] / 1e5], {
          renderer: renderer, radius: 4, weight: 1, color: '#fff',
          fillColor: data.kind.charCodeAt(i) & 1 ? '#e03c10' : '#1864c8', fillOpacity: 1
        }));
      }
      var loaded = performance.now() - t0;
      // Leaflet's canvas renderer draws on the next animation frame; report the one after.
      L.Util.requestAnimFrame(function () {
        L.Util.requestAnimFrame(function () {
          if (bridge) { bridge.painted(token, JSON.stringify({ count: n, loadMs: loaded })); }
        });
      });
      return n;
    },
    loadPoints: function (token, url) {
      return fetch(url).then(function (r) { return r.json(); }).then(function (data) {
        window.moov.setPoints(token, data);
      });
    },
    state: function () { return { count: group.getLayers().length, zoom: map.getZoom() }; }
  };

  new QWebChannel(qt.webChannelTransport, function (channel) {
    bridge = channel.objects.bridge;
    bridge.pageReady();
  });
})();
