"""Places: an offline gazetteer from packaged data (countries, cities)."""
