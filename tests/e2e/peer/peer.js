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

// Industry checkboxes with the app's test hooks, so the benchmark's filter
// timing runs here unchanged: a change takes that industry's markers out
// of the cluster group or puts them back (markercluster's batch calls),
// then marks `map:filtered` as the app does.
const byIndustry = new Map(manifest.industries.map((i) => [i.id, []]));
const filters = document.getElementById("filters");
for (const industry of manifest.industries) {
  const label = document.createElement("label");
  const box = document.createElement("input");
  Object.assign(box, { type: "checkbox", checked: true });
  box.dataset.testid = "filter-industry";
  box.dataset.industryId = industry.id;
  box.addEventListener("change", () => {
    const markers = byIndustry.get(industry.id) ?? [];
    if (box.checked) cluster.addLayers(markers);
    else cluster.removeLayers(markers);
    performance.mark("map:filtered");
  });
  label.append(box, industry.zh);
  filters.append(label);
}

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
      byIndustry.get(f.properties.industry)?.push(marker);
      return marker.bindPopup(() => {
        const name = document.createElement("p");
        name.textContent = f.properties.name;
        return name;
      });
    }),
);
map.addLayer(cluster);
performance.mark("map:ready");
