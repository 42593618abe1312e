// Reads the manifest named by `?data=` (else the app's default data), then
// its boundaries and projects, as the app does.
const manifestUrl = new URL(new URLSearchParams(location.search).get("data") || "../data/map.json", location.href);
const getJson = (url) => fetch(url).then((r) => r.json());

const manifest = await getJson(manifestUrl);
document.getElementById("title").textContent = manifest.title.zh;
const [boundaries, projects] = await Promise.all([
  getJson(new URL(manifest.boundaries, manifestUrl)),
  getJson(new URL(manifest.projects, manifestUrl)),
]);
const colors = Object.fromEntries(manifest.industries.map((i) => [i.id, i.color]));

const map = L.map("map", { maxZoom: 18 });
const districts = L.geoJSON(boundaries, { style: { color: "#5b6775", weight: 1, fillOpacity: 0.08 } }).addTo(map);
map.fitBounds(districts.getBounds());
const cluster = L.markerClusterGroup();
cluster.addLayers(
  projects.features
    .filter((f) => f.geometry?.type === "Point")
    .map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ className: "pin", iconSize: [12, 12] }),
        title: f.properties.name,
      });
      marker.on("add", () => (marker.getElement().style.background = colors[f.properties.industry] ?? "#555"));
      return marker.bindPopup(() => {
        const name = document.createElement("p");
        name.textContent = f.properties.name;
        return name;
      });
    }),
);
map.addLayer(cluster);
performance.mark("map:ready");
