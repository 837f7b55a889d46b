"""The world map's country outlines, from the countryinfo package (MIT; outlines derived from Natural Earth).

Built from the installed package on first request and kept, so the dashboard's map needs no tile server and no
download: 173 countries, about 250 kB of GeoJSON (100 kB gzipped).
"""

from __future__ import annotations

import functools
import json


@functools.cache
def world_geojson() -> bytes:
    """A GeoJSON FeatureCollection: one feature per country, ``id`` its ISO3 code, ``properties.name``."""
    import countryinfo

    features = []
    for country in countryinfo.all_countries():
        for feature in (country.geo_json() or {}).get("features") or []:
            features.append(
                {
                    "type": "Feature",
                    "id": country.iso().get("alpha3"),
                    "properties": {"name": country.name()},
                    "geometry": feature["geometry"],
                }
            )
    features.sort(key=lambda feature: feature["id"] or "")
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")).encode()
