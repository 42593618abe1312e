//! Geographic coordinates: longitude and latitude, the Web Mercator
//! projection to the map's world units and back, and the datums (WGS84,
//! GCJ-02). Nothing here knows pixels, layouts or the data.

pub mod datum;
pub mod great_circle;
pub mod projection;
pub mod trig;
