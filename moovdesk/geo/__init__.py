"""Geography: the offline gazetteer (postal code + city to coordinates) and the map tile cache."""
